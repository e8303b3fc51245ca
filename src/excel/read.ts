/**
 * Reading the user's sheets in one Excel.run with 2 syncs:
 *  sync 1 — worksheet names, ids and visibility, and the register of the add-in's own output
 *           (the "FinsamRegister" sheet, or the legacy setting; see registry.ts);
 *  sync 2 — the used range (values only) of every candidate sheet: address, values, number
 *           formats (and formulas when asked). Output sheets (whichever host wrote them), the
 *           register sheet, temporary "~finsam-" sheets and very hidden sheets are skipped.
 * Only if Excel refuses the response as too large (ResponsePayloadSizeLimitExceeded, Excel on
 * the web) are the used ranges read again in row chunks of about `cellBudget` cells per sync.
 */
import { a1Range, parseRange, type CellValue, type RawSheet } from "../domain/model";
import { errorCode } from "./errors";
import { isTempSheetName } from "./naming";
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./office-api";
import { isRegisterSheet, resolveOutputs } from "../domain/plan/output-registry";
import { loadRegister, registerState } from "./registry";

export interface ReadOptions {
  formulas: boolean;
  /** Cells per sync when a read has to be chunked. */
  cellBudget: number;
}

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

const empty = (name: string, formulas: boolean): RawSheet => rawSheet(name, { row: 0, col: 0 }, [], formulas);

export async function readWorkbook(context: ExcelContext, options: ReadOptions): Promise<RawSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  const load = loadRegister(context);
  await context.sync();
  const sheets = worksheets.items.filter((s) => !isRegisterSheet(s.name)).map((s) => ({ id: s.id, name: s.name }));
  const own = new Set(resolveOutputs(registerState(load).entries, sheets).map((r) => sheets[r.index].id));
  const candidates = worksheets.items.filter(
    (s) => !own.has(s.id) && !isRegisterSheet(s.name) && !isTempSheetName(s.name) && s.visibility !== "VeryHidden",
  );
  const props = options.formulas ? "address,values,numberFormat,formulas" : "address,values,numberFormat";
  const used = candidates.map((s) => s.getUsedRangeOrNullObject(true).load(props));
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    return readInChunks(context, candidates, options);
  }
  return candidates.map((s, i) => {
    const r = used[i];
    if (r.isNullObject) return empty(s.name, options.formulas);
    return rawSheet(s.name, originOf(r.address), [r], options.formulas);
  });
}

/** The fallback read: used-range sizes first, then row chunks packed into syncs of ~cellBudget cells. */
async function readInChunks(context: ExcelContext, sheets: ExcelWorksheet[], options: ReadOptions): Promise<RawSheet[]> {
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"));
  await context.sync();
  const props = options.formulas ? "values,numberFormat,formulas" : "values,numberFormat";
  const parts: Grid[][] = sheets.map(() => []);
  type Chunk = { sheet: number; r1: number; r2: number; c1: number; c2: number };
  const chunks: Chunk[] = [];
  sheets.forEach((_, i) => {
    const u = used[i];
    if (u.isNullObject) return;
    const o = originOf(u.address);
    const rows = Math.max(1, Math.floor(options.cellBudget / u.columnCount));
    for (let r = 0; r < u.rowCount; r += rows)
      chunks.push({ sheet: i, r1: o.row + r, r2: o.row + Math.min(u.rowCount, r + rows) - 1, c1: o.col, c2: o.col + u.columnCount - 1 });
  });
  // Batches of about `budget` cells per sync. When Excel refuses a batch's response as too large (text-heavy sheets:
  // 100 000 cells of 80-character text are ~9 MB), the budget is halved and the batch's chunks are split to fit,
  // down to one row per sync; only a single row over the limit fails the read.
  let budget = options.cellBudget;
  const cellsOf = (c: Chunk) => (c.r2 - c.r1 + 1) * (c.c2 - c.c1 + 1);
  const fit = (c: Chunk): Chunk[] => {
    const rows = Math.max(1, Math.floor(budget / (c.c2 - c.c1 + 1)));
    const out: Chunk[] = [];
    for (let r = c.r1; r <= c.r2; r += rows) out.push({ ...c, r1: r, r2: Math.min(c.r2, r + rows - 1) });
    return out;
  };
  /** One sync; the error instead of a throw, so a refused response can be retried smaller. */
  const trySync = async (): Promise<unknown> => {
    try {
      await context.sync();
      return null;
    } catch (e) {
      return e ?? new Error("sync failed");
    }
  };
  const queue = [...chunks];
  while (queue.length > 0) {
    const batch: { chunk: Chunk; range: ExcelRange }[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + cellsOf(queue[0]) <= budget)) {
      const chunk = queue.shift()!;
      batch.push({ chunk, range: sheets[chunk.sheet].getRange(a1Range(chunk.r1, chunk.c1, chunk.r2, chunk.c2)).load(props) });
      cells += cellsOf(chunk);
    }
    const refused = await trySync();
    if (refused) {
      const oneRow = batch.length === 1 && batch[0].chunk.r1 === batch[0].chunk.r2;
      if (errorCode(refused) !== "ResponsePayloadSizeLimitExceeded" || oneRow) throw refused;
      budget = Math.max(1, Math.floor(cells / 2));
      queue.unshift(...batch.flatMap((b) => fit(b.chunk)));
      continue;
    }
    for (const b of batch) parts[b.chunk.sheet].push(b.range);
  }
  return sheets.map((s, i) =>
    used[i].isNullObject ? empty(s.name, options.formulas) : rawSheet(s.name, originOf(used[i].address), parts[i], options.formulas),
  );
}
