/**
 * Reading the user's sheets in one Excel.run — 2 syncs for an ordinary workbook, and 1 + ⌈bytes / ~4 MB⌉ for a
 * large one:
 *  sync 1 — worksheet names, ids and visibility, the register of the add-in's own output (the "FinsamRegister"
 *           sheet, or the legacy setting; see registry.ts), and the size of every sheet's used range, found
 *           without knowing the names by walking `worksheets.getFirst()` → `getNextOrNullObject()` (up to
 *           WALK_LIMIT sheets; a workbook with more sheets costs one more sync for the rest);
 *  sync 2… — the values and number formats (and formulas when asked) of every candidate sheet. Output sheets
 *           (whichever host wrote them), the register sheet, temporary "~finsam-" sheets and very hidden sheets
 *           are skipped. Sheets are read in row chunks packed into syncs of about `responseBudget` bytes:
 *           estimated bytes = cells × bytes per cell, DEFAULT_BYTES_PER_CELL until a chunk of the sheet has
 *           been read, then the size measured on a sample of its rows. A workbook under the budget is one sync.
 * If Excel still refuses a response as too large (ResponsePayloadSizeLimitExceeded or GeneralException, Excel on the
 * web: 5 MB) or answers `values: null` (over ~5 M cells), the bytes per cell of the refused sheets are doubled and
 * their chunks read again half as large, down to one row.
 */
import { a1Range, parseRange, type CellValue, type RawSheet } from "../domain/model";
import { checkSheetExtent } from "../domain/issues/limits";
import { sheetFrom1904 } from "../domain/text/date-system";
import { errorCode, ExcelHostError } from "./errors";

/**
 * Excel refuses a read that is too large with ResponsePayloadSizeLimitExceeded, and on Excel on the web also with
 * GeneralException (issue 16; office-js issues on large `values` reads).
 */
/** A GeneralException counts as "too large" only for a read estimated at this many bytes or more (a small read that fails is not about size). */
export const GENERAL_EXCEPTION_SIZE = 1_000_000;
import { isTempSheetName } from "./naming";
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./office-api";
import { isRegisterSheet } from "../domain/plan/output-registry";
import { loadRegister, registerState, resolveWithMarkers } from "./registry";

export interface ReadOptions {
  formulas: boolean;
  /** Response bytes per sync to aim at (Excel on the web refuses responses over 5 MB). */
  responseBudget: number;
  /** Receives Finsam's own output sheets found in sync 1 (kind, key, current name), so nobody needs a sync for them. */
  onOutputs?: (outputs: { kind: string; key: string; name: string }[]) => void;
}

/** Sheets whose used range is sized in sync 1 (the walk costs ~4 small operations per sheet). */
export const WALK_LIMIT = 50;
/** Estimated response bytes per cell before a sheet's own size is known: values + number format ("General"). */
export const DEFAULT_BYTES_PER_CELL = 20;
/** … and with formulas (a constant's formula is the constant again). */
export const DEFAULT_BYTES_PER_CELL_WITH_FORMULAS = 30;

/** The last sync of a read may take this much more than the budget (4.4 MB of ~4 MB; Excel's limit is 5 MB). */
const LAST_SYNC_SLACK = 1.1;

/** "Blad1!B2:D9", "'Min flik'!C3" → 0-based top-left cell of the range. */
export function originOf(address: string): { row: number; col: number } {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const r = parseRange(ref);
  return r ? { row: r.row1, col: r.col1 } : { row: 0, col: 0 };
}

const toCell = (v: unknown): CellValue =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : v === null || v === undefined ? "" : String(v);

const toFormula = (v: unknown): string | null => (typeof v === "string" && v.startsWith("=") ? v : null);

const toFormat = (v: unknown): string | null => (typeof v === "string" ? v : null);

interface Grid {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
}

function rawSheet(name: string, origin: { row: number; col: number }, parts: Grid[], formulas: boolean): RawSheet {
  const sheet: RawSheet = {
    name,
    origin,
    values: parts.flatMap((p) => p.values.map((row) => row.map(toCell))),
    numberFormats: parts.flatMap((p) => p.numberFormat.map((row) => row.map(toFormat))),
  };
  if (formulas) sheet.formulas = parts.flatMap((p) => (p.formulas ?? []).map((row) => row.map(toFormula)));
  return sheet;
}

/** UTF-8 bytes of the JSON of `v`. */
function jsonSize(v: unknown): number {
  const s = JSON.stringify(v) ?? "null";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Response bytes per cell of a read chunk, measured on up to ~200 evenly spaced rows. */
export function measuredBytesPerCell(grid: Grid, formulas: boolean): number {
  const rows = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  if (rows === 0 || width === 0) return 0;
  const step = Math.max(1, Math.floor(rows / 200));
  let bytes = 0;
  let cells = 0;
  for (let r = 0; r < rows; r += step) {
    bytes += jsonSize(grid.values[r]) + jsonSize(grid.numberFormat[r]) + 2;
    if (formulas && grid.formulas) bytes += jsonSize(grid.formulas[r]) + 1;
    cells += width;
  }
  return bytes / cells;
}

/** A candidate sheet with a used range: where it is and how much of it is still to be read. */
interface Plan {
  index: number;
  r1: number;
  c1: number;
  rows: number;
  cols: number;
  /** Rows read so far (from r1). */
  done: number;
  bytesPerCell: number;
}

export async function readWorkbook(context: ExcelContext, options: ReadOptions): Promise<RawSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  const load = loadRegister(context);
  // the date system, asked without writing: DATE(1904,1,1) is 0 in a 1904 workbook, 1462 in a 1900 one (issue 16 finding 7)
  const dateProbe = context.workbook.functions?.date(1904, 1, 1).load("value");
  const walked: { sheet: ExcelWorksheet; used: ExcelRange }[] = [];
  for (let i = 0, s = worksheets.getFirst(); i < WALK_LIMIT; i++, s = s.getNextOrNullObject()) {
    walked.push({ sheet: s.load("id"), used: s.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount") });
  }
  await context.sync();
  const sheets = worksheets.items.filter((s) => !isRegisterSheet(s.name)).map((s) => ({ id: s.id, name: s.name }));
  const marked = await resolveWithMarkers(context, registerState(load).entries, sheets);
  options.onOutputs?.(marked.resolved.map((r) => ({ kind: r.entry.kind, key: r.entry.key, name: sheets[r.index].name })));
  const own = new Set(marked.resolved.map((r) => sheets[r.index].id));
  const candidates = worksheets.items.filter(
    (s) => !own.has(s.id) && !isRegisterSheet(s.name) && !isTempSheetName(s.name) && s.visibility !== "VeryHidden",
  );
  const sized = new Map(walked.filter((w) => !w.sheet.isNullObject).map((w) => [w.sheet.id, w.used]));
  const used = candidates.map((s) => sized.get(s.id));
  if (used.some((u) => u === undefined)) {
    // More sheets than the walk covered: size the rest in one more sync.
    used.forEach((u, i) => void (used[i] = u ?? candidates[i].getUsedRangeOrNullObject(true).load("address,rowCount,columnCount")));
    await context.sync();
  }
  const perCell = options.formulas ? DEFAULT_BYTES_PER_CELL_WITH_FORMULAS : DEFAULT_BYTES_PER_CELL;
  const plans: Plan[] = [];
  // Extents first (issues/limits.ts): a sheet past the limits is not read at all — not one chunk — and reaches
  // the pipeline as `tooLarge`, which reports STORLEK_OVER_GRANS for it; the other sheets are read as usual.
  const tooLarge = new Map<number, NonNullable<RawSheet["tooLarge"]>>();
  used.forEach((u, index) => {
    if (!u || u.isNullObject) return;
    const o = originOf(u.address);
    if (checkSheetExtent({ name: candidates[index].name, rows: u.rowCount, columns: u.columnCount, firstRow: o.row })) {
      tooLarge.set(index, { rows: u.rowCount, columns: u.columnCount, firstRow: o.row });
      return;
    }
    plans.push({ index, r1: o.row, c1: o.col, rows: u.rowCount, cols: u.columnCount, done: 0, bytesPerCell: perCell });
  });
  const parts = await readChunks(context, candidates, plans, options);
  const date1904 = dateProbe?.value === 0;
  return candidates.map((s, i) => {
    const big = tooLarge.get(i);
    if (big) return { name: s.name, origin: { row: 0, col: 0 }, values: [], tooLarge: big };
    const u = used[i];
    const origin = u && !u.isNullObject ? originOf(u.address) : { row: 0, col: 0 };
    const sheet = rawSheet(s.name, origin, parts[i], options.formulas);
    // a 1904 workbook's dates moved to the 1900 system the domain reads (date-system.ts)
    return date1904 ? sheetFrom1904(sheet) : sheet;
  });
}

/** One sync; the error instead of a throw, so a refused response can be retried smaller. */
async function trySync(context: ExcelContext): Promise<unknown> {
  try {
    await context.sync();
    return null;
  } catch (e) {
    return e ?? new Error("sync failed");
  }
}

/**
 * Reads every plan's rows in chunks: each sync takes, sheet after sheet, as many rows as fit in the budget
 * (at least one row), so small sheets share one sync and a large one is split over several.
 */
async function readChunks(context: ExcelContext, sheets: ExcelWorksheet[], plans: Plan[], options: ReadOptions): Promise<Grid[][]> {
  const props = options.formulas ? "values,numberFormat,formulas" : "values,numberFormat";
  const parts: Grid[][] = sheets.map(() => []);
  const budget = options.responseBudget;
  for (;;) {
    const batch: { plan: Plan; rows: number; range: ExcelRange }[] = [];
    // What is left when it is at most ~10 % over the budget goes in one sync rather than leaving a tiny last one.
    const rest = plans.reduce((sum, p) => sum + (p.rows - p.done) * p.cols * p.bytesPerCell, 0);
    let left = rest <= budget * LAST_SYNC_SLACK ? rest * 1.001 + 1 : budget; // (margin for rounding)
    for (const plan of plans) {
      const remaining = plan.rows - plan.done;
      if (remaining === 0) continue;
      const rowBytes = plan.cols * plan.bytesPerCell;
      const rows = Math.min(remaining, Math.floor(left / rowBytes));
      if (rows < 1 && batch.length > 0) break;
      const take = Math.max(1, rows);
      const r1 = plan.r1 + plan.done;
      const address = a1Range(r1, plan.c1, r1 + take - 1, plan.c1 + plan.cols - 1);
      batch.push({ plan, rows: take, range: sheets[plan.index].getRange(address).load(props) });
      left -= take * rowBytes;
      if (left <= 0) break;
    }
    if (batch.length === 0) return parts;
    const refused = await trySync(context);
    const oneRow = batch.length === 1 && batch[0].rows === 1;
    if (refused) {
      const asked = batch.reduce((sum, b) => sum + b.rows * b.plan.cols * b.plan.bytesPerCell, 0);
      const code = errorCode(refused);
      const sizeRelated = code === "ResponsePayloadSizeLimitExceeded" || (code === "GeneralException" && asked >= GENERAL_EXCEPTION_SIZE);
      if (!sizeRelated || oneRow) throw refused;
      for (const b of batch) b.plan.bytesPerCell *= 2; // the estimate was too low: ask for half as many cells
      continue;
    }
    // Excel on the web can answer a read of more than ~5 M cells with values: null: read those parts smaller
    const empty = batch.filter((b) => !Array.isArray(b.range.values) || !Array.isArray(b.range.numberFormat));
    if (empty.length > 0) {
      if (oneRow)
        throw new ExcelHostError("Arbetsboken kunde inte läsas: Excel skickade inga värden för en rad (för stort blad).", "NullValues");
      for (const b of batch) b.plan.bytesPerCell *= 2;
      continue;
    }
    for (const { plan, rows, range } of batch) {
      parts[plan.index].push(range);
      plan.done += rows;
      if (plan.done < plan.rows) plan.bytesPerCell = Math.max(1, measuredBytesPerCell(range, options.formulas));
    }
  }
}
