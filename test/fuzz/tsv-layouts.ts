import fc from "fast-check";
import type { CellValue, RawSheet } from "../../src/domain/model";
import { parseSvNumber } from "../../src/domain/text/sv-number";
import { tsvRows, UPPSALA_TSV } from "../fixtures/bad/uppsala-tsv";
import { cellValue } from "./cells";
import { originArb } from "./sheets";

/**
 * The published Uppsala layouts as sheets, mutated: some cells overwritten with chaos, some rows deleted, numbers
 * typed as numbers or left as text ("1 326"), the sheet placed anywhere on the grid.
 */

const SHEET_NAME: Record<string, string> = {
  "uppsala-2021-avslutningsanledningar": "Tabell 8",
  "uppsala-2021-prognos-och-utfall-budget": "Prognos och utfall",
  "uppsala-2021-utfall-for-deltagare": "Tabell 6",
  "uppsala-2024-driftsredovisning": "Driftsredovisning",
  "uppsala-2024-ekonomisk-information": "Ekonomisk information",
  "uppsala-2024-insatser": "Insatser",
  "uppsala-2024-medlemsavgifter": "Medlemsavgifter",
  "uppsala-2024-utfall-och-budget-q1-q2": "Utfall Q1-Q2",
};

/** Text that reads as a number becomes the number (what Excel stores when "1 326" is typed). */
function asTyped(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const p = parseSvNumber(v);
  return p.kind === "number" && p.unitFactor === undefined ? p.value : v;
}

export const tsvSheetArb: fc.Arbitrary<RawSheet> = fc
  .tuple(
    fc.constantFrom(...Object.keys(UPPSALA_TSV)),
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(60), fc.nat(8), cellValue), { maxLength: 6 }),
    fc.array(fc.nat(60), { maxLength: 3 }),
  )
  .chain(([name, typed, edits, deletions]) => {
    const rows = tsvRows(name).map((r) => (typed ? r.map(asTyped) : r));
    for (const [r, c, v] of edits) if (rows.length > 0) rows[r % rows.length][c % rows[r % rows.length].length] = v;
    for (const d of deletions) if (rows.length > 1) rows.splice(d % rows.length, 1);
    const width = Math.max(1, ...rows.map((r) => r.length));
    return originArb(rows.length, width).map((origin): RawSheet => ({ name: SHEET_NAME[name] ?? name, origin, values: rows }));
  });
