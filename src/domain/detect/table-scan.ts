import type { CellValue, RawSheet } from "../model/raw";
import type { InsatsTyp, Kategori } from "../model/records";
import { isFilterRow, isSumLabel } from "../text/rows";
import { parseSvNumber } from "../text/sv-number";
import { cellText } from "./header-rows";
import { isOwnerLike } from "../text/owner";
import { headingKind, isResultLabel } from "../template/vocabulary";
import { normalizeHeader } from "../text/header";

/**
 * Reads the rows of a budget, utfall or insats table into entries: data rows, headings (which set the
 * kategori, typ and group of the rows below them), sum rows, result rows ("ÅRETS BERÄKNADE RESULTAT") and
 * row pairs (Ekonomisk information: the insats' name on one row, its owner and figures on the next).
 * A row of budget not yet given to an insats ("Beslutsutrymme ej fördelat") is data, never a result row.
 * A data row without an owner whose figures equal the sum of the rows that follow is a leading total
 * (Ekonomisk information: "Samverkansinsatser 21 637" above its insatser) and is checked, never counted.
 */

export interface ScanContext {
  kategori?: Kategori;
  /** True under a heading of samverkansinsatser (Individinriktade, Strukturinriktade, Förstudie …). */
  insats: boolean;
  typ?: InsatsTyp;
  /** The nearest other heading ("Arbetslivsinriktad rehabilitering"), a candidate Inriktning. */
  grupp?: string;
  /** True under a heading of the förbund's own costs (Administrativa kostnader, Förbundsgemensamma, Övriga samverkansinsatser): never insatser. */
  forbund?: boolean;
}

export type EntryType = "data" | "sum" | "heading" | "result" | "leadtotal";

export interface Entry {
  type: EntryType;
  r: number;
  /** Post or insats name as written ("" for an unlabelled total). */
  name: string;
  /** Column of the name cell (the row above for a pair). */
  nameRow: number;
  agare?: string;
  ctx: ScanContext;
  /** Row index of the last row a leading total covers. */
  coversTo?: number;
}

export interface ScanColumns {
  post: number;
  agare?: number;
  /** Amount columns that hold figures (utfall, budget, prognos, avvikelse). */
  amounts: number[];
  /** Other key columns; a row with text in one of them is data even without figures (Insatser: Start, Slut). */
  keys: number[];
}

function filled(v: CellValue | undefined): boolean {
  return cellText(v) !== "";
}

function numberOf(v: CellValue | undefined): number | undefined {
  if (typeof v === "number") return v;
  const p = parseSvNumber(v ?? null);
  return p.kind === "number" ? p.value : undefined;
}

function contextAfter(ctx: ScanContext, text: string): ScanContext {
  switch (headingKind(text)) {
    case "intakt":
      return { kategori: "intakt", insats: false };
    case "kostnad":
      return { kategori: "kostnad", insats: false };
    case "admin":
    case "ovriga":
      return { kategori: "kostnad", insats: false, forbund: true };
    case "samverkan":
      return { kategori: "kostnad", insats: true };
    case "individ":
      return { kategori: "kostnad", insats: true, typ: "individ" };
    case "struktur":
      return { kategori: "kostnad", insats: true, typ: "struktur" };
    case "forstudie":
      return { kategori: "kostnad", insats: true, typ: "forstudie" };
    case "grupp":
      return { ...ctx, grupp: text };
    default:
      return ctx;
  }
}

/**
 * Budget the förbund has not yet given to an insats ("Beslutsutrymme ej fördelat", "Ofördelat beslutsutrymme",
 * "Ej fördelade medel"): neither an insats nor a sum nor a result — a budget row of its own, counted in the sum
 * below it (issue 14 pattern 8). Not an insats: looksLikeForbundPost names it.
 */
export function isUnallocatedLabel(text: string): boolean {
  return /ejfordela|ofordela|ejutdela|outdela|ejbeslutad|ejfor?delat/.test(normalizeHeader(text));
}

/** Scans the rows from `from`; `initial` is the context of a header cell that is itself a heading ("Individinsatser"). */
export function scanTable(sheet: RawSheet, from: number, cols: ScanColumns, initial: ScanContext): Entry[] {
  const entries: Entry[] = [];
  let ctx = initial;
  let pairMode = false;
  const hasAmounts = (row: readonly CellValue[]) => cols.amounts.some((c) => filled(row[c]));
  for (let r = from; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (!row.some(filled) || isFilterRow(row)) continue;
    const label = cellText(row[cols.post]);
    const agare = cols.agare !== undefined ? cellText(row[cols.agare]) : "";
    const firstText = row.map((v) => (typeof v === "string" ? v.trim() : "")).find((t) => t !== "") ?? "";
    if (isSumLabel(firstText)) {
      entries.push({ type: "sum", r, name: firstText, nameRow: r, ctx });
      pairMode = false;
      continue;
    }
    if (label !== "" && isResultLabel(label) && !(isUnallocatedLabel(label) && hasAmounts(row))) {
      entries.push({ type: "result", r, name: label, nameRow: r, ctx });
      pairMode = false;
      continue;
    }
    if (hasAmounts(row)) {
      if (label === "" && agare === "") {
        entries.push({ type: "sum", r, name: "", nameRow: r, ctx });
        continue;
      }
      entries.push({ type: "data", r, name: label, nameRow: r, ...(agare !== "" ? { agare } : {}), ctx });
      continue;
    }
    const keyText = cols.keys.some((c) => filled(row[c])) || agare !== "";
    if (label !== "" && keyText) {
      entries.push({ type: "data", r, name: label, nameRow: r, ...(agare !== "" ? { agare } : {}), ctx });
      continue;
    }
    if (label === "") continue;
    const kind = headingKind(label);
    if (kind === "namnpar" || kind === "agarepar") {
      pairMode = true;
      continue;
    }
    const next = sheet.values[r + 1] ?? [];
    const nextLabel = cellText(next[cols.post]);
    const pair =
      cols.agare === undefined &&
      (kind === "grupp" || (pairMode && (kind === "individ" || kind === "struktur" || kind === "forstudie"))) &&
      hasAmounts(next) &&
      !isSumLabel(nextLabel) &&
      (nextLabel === "" || isOwnerLike(nextLabel) || (pairMode && !isResultLabel(nextLabel)));
    if (pair) {
      entries.push({ type: "data", r: r + 1, name: label, nameRow: r, ...(nextLabel !== "" ? { agare: nextLabel } : {}), ctx });
      r++;
      continue;
    }
    ctx = contextAfter(ctx, label);
    entries.push({ type: "heading", r, name: label, nameRow: r, ctx });
  }
  markLeadingTotals(sheet, entries, cols.amounts);
  return entries;
}

/** How many rows a leading total may cover (keeps the search linear on long tables). */
const LEAD_REACH = 300;

/**
 * Marks data rows that sum the rows after them: no owner, figures in at least two columns, followed by a row
 * without figures (the heading or name row its block starts with), and the running sum of the following data
 * rows (sum rows and headings skipped, stopping at an Intäkter/Kostnader heading or a result row) equals the row
 * in every column it fills, after at least two and at most LEAD_REACH rows. A sum row ("Totalt") with no data or
 * sum row above it is checked the same way without the empty-row condition: a total written first.
 */
function markLeadingTotals(sheet: RawSheet, entries: Entry[], amountCols: number[]): void {
  const figures = (r: number) => amountCols.map((c) => numberOf(sheet.values[r]?.[c]) ?? 0);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    // A sum row ("Totalt") with no data row above it sums the rows below it, with or without an empty row after it
    // (unseen.ts u05: checked against the nothing above it, two false fel).
    const firstSum = e.type === "sum" && !entries.slice(0, i).some((f) => f.type === "data" || f.type === "sum" || f.type === "leadtotal");
    if ((e.type !== "data" && !firstSum) || e.agare !== undefined || e.name === "") continue;
    let next = e.r + 1;
    while (next < sheet.values.length && !(sheet.values[next] ?? []).some(filled)) next++;
    if (!firstSum && amountCols.some((c) => filled(sheet.values[next]?.[c]))) continue;
    const row = sheet.values[e.r] ?? [];
    const target = amountCols.map((c) => numberOf(row[c]));
    const cols: number[] = [];
    for (let k = 0; k < amountCols.length; k++) if (target[k] !== undefined && target[k] !== 0) cols.push(k);
    if (cols.length < 2) continue;
    const acc = amountCols.map(() => 0);
    let count = 0;
    for (let j = i + 1; j < entries.length && j <= i + LEAD_REACH; j++) {
      const f = entries[j];
      if (f.type === "result" || (f.type === "heading" && (headingKind(f.name) === "intakt" || headingKind(f.name) === "kostnad"))) break;
      if (f.type !== "data") continue;
      const v = figures(f.r);
      for (let k = 0; k < acc.length; k++) acc[k] += v[k];
      count++;
      let all = count >= 2;
      for (let q = 0; all && q < cols.length; q++) {
        const k = cols[q];
        all = Math.abs(acc[k] - target[k]!) <= 0.5 + 1e-9 * Math.abs(target[k]!);
      }
      if (all) {
        e.type = "leadtotal";
        e.coversTo = f.r;
        break;
      }
    }
  }
}
