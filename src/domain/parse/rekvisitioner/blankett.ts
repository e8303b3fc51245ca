import type { CellValue, RawSheet } from "../../model/raw";
import type { Kostnadsslag } from "../../model/records";
import { cellAddress, matchQuality, normalizeHeader, normalizeSpecs, type NormalizedSpec } from "../../text/header";
import { parseSvNumber } from "../../text/sv-number";
import { unitInText } from "../../text/units";
import {
  cellText,
  ClaimBuilder,
  claimPosition,
  KOSTNADSSLAG,
  rangeOf,
  readAmount,
  type Rekvisition,
  type RekvisitionFalt,
} from "./rekvisitioner";

/**
 * The rekvisition form ("blankett"): one sheet per claim, as insatser send them. A small form such as
 *
 *   Rekvisition av medel – Samordningsförbundet Uppsala län
 *   Insats:      Jobbcentrum - Din väg framåt
 *   Period:      2024-Q1
 *   Inkommen:    2024-04-12
 *   Kostnadsslag | Belopp (kr)
 *   Personal     | 500 000
 *   Lokal        |  80 000
 *   Övrigt       |  83 000
 *   Summa        | 663 000
 *
 * A label is a cell whose text (before any ":") names a field; its value is the text after the ":" in the same
 * cell, else the first non-empty cell to its right; in a row of labels only ("Personal | Lokal | Övrigt | Summa")
 * each value is the cell below its label. Labels may stand anywhere on the sheet. When a field's label
 * occurs more than once, the occurrence with a readable value wins (then the more specific label: "Summa" before
 * "Belopp", "Inkommen" before "Datum"; then the upper one). Amounts are kronor unless a label or heading on
 * the form names another unit ("Belopp (tkr)") — text that carries its own unit ("663 tkr") is read as written.
 */

const FIELD_SPECS: NormalizedSpec[] = normalizeSpecs([
  {
    key: "insats",
    synonyms: [
      "Insats",
      "Insatsens namn",
      "Insatsnamn",
      "Namn på insats",
      "Namn på insatsen",
      "Samverkansinsats",
      "Projekt",
      "Projektnamn",
    ],
  },
  {
    key: "period",
    synonyms: [
      "Period",
      "Period (kvartal/halvår)",
      "Avser period",
      "Rekvisitionsperiod",
      "Redovisningsperiod",
      "Kvartal",
      "Halvår",
      "Avser",
    ],
  },
  {
    key: "inkommen",
    synonyms: ["Inkommen", "Inkom", "Inkommen datum", "Datum inkommen", "Inkommen till förbundet", "Ankomstdatum", "Mottagen", "Datum"],
  },
  {
    key: "belopp",
    synonyms: [
      "Summa",
      "Totalt",
      "Summa rekvirerat",
      "Summa rekvirerat belopp",
      "Summa kostnader",
      "Totalt rekvirerat",
      "Att betala",
      "Rekvirerat belopp",
      "Belopp",
      "Summa att rekvirera",
      "Att rekvirera",
      "Rekvireras",
    ],
    prefix: true,
  },
  {
    key: "personal",
    synonyms: [
      "Personal",
      "Personalkostnader",
      "Lönekostnader",
      "Löner",
      "Lön",
      "Löner inkl. sociala avgifter",
      "Lönekostnader inkl. sociala avgifter",
      "Personalkostnader inkl. sociala avgifter",
    ],
    prefix: true,
  },
  { key: "lokal", synonyms: ["Lokal", "Lokaler", "Lokalkostnader", "Lokalkostnad", "Hyra", "Lokalhyra"], prefix: true },
  { key: "ovrigt", synonyms: ["Övrigt", "Övriga", "Övriga kostnader", "Övr kostnader"], prefix: true },
]);

const AMOUNT_FIELDS = new Set<string>(["belopp", ...KOSTNADSSLAG]);
/** Columns of an Excel sheet (A … XFD): a label in XFD has no cell to its right. */
const EXCEL_COLUMNS = 16_384;
/** How far down the sheet labels are looked for. */
const MAX_ROWS = 60;

interface LabelHit {
  field: RekvisitionFalt;
  /** Matched only by its beginning ("Löner inkl. sociala avgifter"): kept only with a numeric value. */
  prefix?: boolean;
  /** Index of the synonym that matched (lower = more specific). */
  rank: number;
  r: number;
  c: number;
  /** Where the value is: the label cell itself (text after ":") or a cell to its right; undefined when none. */
  value?: { r: number; c: number; v: CellValue };
}

function labelOf(text: string): { label: string; inline: string } {
  const i = text.indexOf(":");
  return i < 0 ? { label: text, inline: "" } : { label: text.slice(0, i), inline: text.slice(i + 1).trim() };
}

/**
 * The field a label names: an exact synonym (or synonym + unit, "Belopp (tkr)") first; else, for the amount
 * fields only, a label that begins with one ("Löner inkl. sociala avgifter", "Summa att rekvirera", "Hyra jan–mar").
 */
function matchField(label: string): { field: RekvisitionFalt; rank: number; prefix?: boolean } | undefined {
  const h = normalizeHeader(label);
  if (h === "") return undefined;
  const exact = matchAt(h, 2);
  if (exact) return exact;
  const prefix = matchAt(h, 1);
  return prefix && { ...prefix, prefix: true };
}

function matchAt(h: string, quality: number): { field: RekvisitionFalt; rank: number } | undefined {
  for (const spec of FIELD_SPECS) {
    if (matchQuality(h, spec) < quality) continue;
    const rank = spec.normalized.findIndex((s) => h === s || h.startsWith(s));
    return { field: spec.key as RekvisitionFalt, rank };
  }
  return undefined;
}

/** Every labelled field on the sheet, with where its value is. */
function findLabels(sheet: RawSheet): LabelHit[] {
  const hits: LabelHit[] = [];
  const rows = Math.min(sheet.values.length, MAX_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const { label, inline } = labelOf(v.trim());
      const m = matchField(label);
      if (!m) continue;
      const hit: LabelHit = { ...m, r, c };
      if (inline !== "") hit.value = { r, c, v: inline };
      else {
        for (let k = c + 1; k < row.length; k++) {
          const t = cellText(row[k]);
          if (t === "") continue;
          // Another label ("Insats | Period | Belopp" as a header row) is not a value.
          if (!isLabel(row[k])) hit.value = { r, c: k, v: row[k] };
          break;
        }
      }
      hits.push(hit);
      if (hit.value && hit.value.c > c) c = hit.value.c;
    }
  }
  valuesBelowLabelRows(sheet, hits);
  return hits.filter((h) => !h.prefix || (h.value !== undefined && isNumeric(h.value.v)));
}

function isLabel(v: CellValue | undefined): boolean {
  return typeof v === "string" && matchField(labelOf(v.trim()).label) !== undefined;
}

/**
 * A row of two or more labels with no values beside them ("Personal | Lokal | Övrigt | Summa") and ONE row of
 * values under it is a header: each label's value is the cell directly below it (when that is not a label too).
 */
function valuesBelowLabelRows(sheet: RawSheet, hits: LabelHit[]): void {
  const perRow = new Map<number, LabelHit[]>();
  for (const h of hits) perRow.set(h.r, [...(perRow.get(h.r) ?? []), h]);
  for (const [r, row] of perRow) {
    if (row.length < 2 || row.some((h) => h.value)) continue;
    // A list has more rows under its header; a form has one row of values.
    if (row.some((h) => cellText(sheet.values[r + 2]?.[h.c]) !== "")) continue;
    for (const h of row) {
      const v = sheet.values[r + 1]?.[h.c];
      if (cellText(v) !== "" && !isLabel(v)) h.value = { r: r + 1, c: h.c, v: v ?? null };
    }
  }
}

function isNumeric(v: CellValue): boolean {
  return parseSvNumber(v).kind === "number";
}

/** The best occurrence of a field: with a value, numeric for amounts, most specific label, upper first. */
function best(hits: LabelHit[], field: RekvisitionFalt): LabelHit | undefined {
  const amount = AMOUNT_FIELDS.has(field);
  const score = (h: LabelHit): number[] => [h.value ? 0 : 1, amount && h.value && isNumeric(h.value.v) ? 0 : 1, h.rank, h.r, h.c];
  let out: LabelHit | undefined;
  for (const h of hits) {
    if (h.field !== field) continue;
    if (!out || compare(score(h), score(out)) < 0) out = h;
  }
  return out;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The unit named on the form outside the values (a heading "Belopp (tkr)", a title "… i TSEK"), default kronor. */
function formUnit(sheet: RawSheet, valueCells: Set<string>): number {
  const rows = Math.min(sheet.values.length, MAX_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (valueCells.has(`${r},${c}`)) continue;
      const u = unitInText(row[c]);
      if (u !== undefined) return u;
    }
  }
  return 1;
}

/**
 * Reads one rekvisition form. Returns null when the sheet is not a form: it needs an Insats label with a value
 * and a Period or Summa/Belopp label. Missing or unreadable fields become the claim's problems.
 */
export function parseRekvisitionBlankett(sheet: RawSheet, sheetIndex: number): Rekvisition | null {
  const hits = findLabels(sheet);
  const insats = best(hits, "insats");
  if (!insats?.value) return null;
  const period = best(hits, "period");
  const belopp = best(hits, "belopp");
  if (!period && !belopp) return null;
  const valueCells = new Set(hits.filter((h) => h.value && h.value.c !== h.c).map((h) => `${h.value!.r},${h.value!.c}`));
  const factor = formUnit(sheet, valueCells);
  const used = [insats, period, belopp, best(hits, "inkommen"), ...KOSTNADSSLAG.map((k) => best(hits, k))].filter(
    (h): h is LabelHit => h !== undefined,
  );
  const r1 = Math.min(...used.map((h) => h.r));
  const r2 = Math.max(...used.map((h) => h.value?.r ?? h.r));
  const c1 = Math.min(...used.map((h) => h.c));
  const c2 = Math.max(...used.map((h) => h.value?.c ?? h.c));
  const b = new ClaimBuilder(sheet, "blankett", claimPosition(sheetIndex, insats.r), rangeOf(sheet, r1, c1, r2, c2));
  /** The value's cell; the cell right of the label when the value is missing. */
  const at = (h: LabelHit): string =>
    h.value
      ? cellAddress(sheet, h.value.r, h.value.c)
      : cellAddress(sheet, h.r, sheet.origin.col + h.c + 1 < EXCEL_COLUMNS ? h.c + 1 : h.c);
  b.insats(insats.value.v, at(insats));
  b.period(period?.value?.v ?? null, period ? at(period) : at(insats));
  const amountOf = (h: LabelHit) => (h.value ? readInline(sheet, h, factor) : ({ kind: "empty" } as const));
  b.belopp(belopp ? amountOf(belopp) : { kind: "empty" }, belopp ? at(belopp) : at(insats));
  const inkommen = best(hits, "inkommen");
  if (inkommen) b.inkommen(inkommen.value?.v ?? null, at(inkommen));
  for (const slag of KOSTNADSSLAG as readonly Kostnadsslag[]) {
    const h = best(hits, slag);
    if (h) b.kostnadsslag(slag, amountOf(h), at(h));
  }
  return b.claim;
}

/** Reads an amount from a label hit: from its own cell (text after ":") or from the value cell. */
function readInline(sheet: RawSheet, h: LabelHit, factor: number) {
  const v = h.value!;
  if (v.c !== h.c) return readAmount(sheet, v.r, v.c, factor);
  const probe: RawSheet = { name: sheet.name, origin: sheet.origin, values: [[v.v]] };
  return readAmount(probe, 0, 0, factor);
}
