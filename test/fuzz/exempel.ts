import fc from "fast-check";
import type { CellValue, RawSheet } from "../../src/domain/model";
import { isoToSerial } from "../../src/domain/text/sv-date";
import { EXEMPEL_MODULER } from "../fixtures/build-fixtures";
import { headerRowNumber, isRawFixtureSheet, type AnyFixtureSheet, type FixtureCell } from "../fixtures/exempel/sheet-spec";
import { cellValue } from "./cells";

/**
 * The example workbook (Uppsala 2024: Insatser, Budget, Utfall, Inställningar, Rekvisitioner, a rekvisition form,
 * Deltagare, Medlemmar, Ekonomisk information) as the RawSheet[] a host would read, and random MUTATIONS of it:
 * cells overwritten with chaos, rows deleted, duplicated or swapped, sheets renamed, moved on the grid or dropped.
 * Mutating a coherent workbook drives the fuzzer past parsing into every compute and plan step.
 */

function fixtureCell(c: FixtureCell): { value: CellValue; formula: string | null } {
  if (c === null || typeof c !== "object") return { value: c, formula: null };
  if ("date" in c) return { value: isoToSerial(c.date), formula: null };
  return { value: c.result, formula: c.formula.startsWith("=") ? c.formula : `=${c.formula}` };
}

/** One fixture sheet as read by a host: the title rows, the header row and the data rows from A1. */
export function fixtureToRaw(s: AnyFixtureSheet): RawSheet {
  if (isRawFixtureSheet(s)) return { name: s.name, origin: { row: 0, col: 0 }, values: s.rows.map((r) => r.slice()) };
  const top: CellValue[][] = s.subtitle ? [[s.title], [s.subtitle], []] : [[s.title], []];
  if (top.length !== headerRowNumber(s) - 1) throw new Error(`unexpected header row of ${s.name}`);
  const cells = s.rows.map((r) => r.map(fixtureCell));
  const values = [...top, s.header.slice(), ...cells.map((r) => r.map((c) => c.value))];
  const formulas = [...top.map(() => []), s.header.map(() => null), ...cells.map((r) => r.map((c) => c.formula))];
  const width = Math.max(...values.map((r) => r.length));
  const pad = <T>(rows: T[][], fill: T): T[][] => rows.map((r) => [...r, ...new Array<T>(width - r.length).fill(fill)]);
  const numberFormats = values.map((r, i) => r.map((_, j) => (i >= top.length + 1 ? (s.formats?.[j] ?? null) : null)));
  return {
    name: s.name,
    origin: { row: 0, col: 0 },
    values: pad(values, null),
    formulas: pad(formulas, null),
    numberFormats: pad(numberFormats, null),
  };
}

/** The example workbook as RawSheet[] (with or without its two realistic mistakes). */
export function exempelSheets(mistakes = true): RawSheet[] {
  return EXEMPEL_MODULER.flatMap((m) => m({ mistakes })).map(fixtureToRaw);
}

type Mutation =
  | { kind: "cell"; sheet: number; row: number; col: number; value: CellValue }
  | { kind: "deleteRow" | "duplicateRow"; sheet: number; row: number }
  | { kind: "swapRows"; sheet: number; row: number; other: number }
  | { kind: "rename"; sheet: number; name: string }
  | { kind: "move"; sheet: number; origin: { row: number; col: number } }
  | { kind: "drop"; sheet: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant("cell" as const), sheet: fc.nat(20), row: fc.nat(60), col: fc.nat(14), value: cellValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom("deleteRow" as const, "duplicateRow" as const), sheet: fc.nat(20), row: fc.nat(60) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapRows" as const), sheet: fc.nat(20), row: fc.nat(60), other: fc.nat(60) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      sheet: fc.nat(20),
      name: fc.constantFrom("Blad1", "utfall", "Budget 2024", "Deltagare 2", "Medlem", "Rekv X", "Insats"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("move" as const),
      sheet: fc.nat(20),
      origin: fc.record({ row: fc.nat(1_048_000), col: fc.nat(16_000) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), sheet: fc.nat(20) }) },
);

/** Applies mutations to fresh copies of the sheets (the originals are never changed). */
export function mutate(base: readonly RawSheet[], mutations: readonly Mutation[]): RawSheet[] {
  let sheets = base.map((s) => ({
    ...s,
    values: s.values.map((r) => r.slice()),
    formulas: s.formulas?.map((r) => r.slice()),
    numberFormats: s.numberFormats?.map((r) => r.slice()),
  }));
  for (const m of mutations) {
    if (sheets.length === 0) break;
    const s = sheets[m.sheet % sheets.length];
    const rows = s.values.length;
    const row = rows === 0 ? 0 : ("row" in m ? m.row : 0) % rows;
    if (m.kind === "cell" && rows > 0) {
      s.values[row][m.col % Math.max(1, s.values[row].length + 1)] = m.value;
    } else if (m.kind === "deleteRow" && rows > 0) {
      for (const g of [s.values, s.formulas, s.numberFormats]) g?.splice(row, 1);
    } else if (m.kind === "duplicateRow" && rows > 0) {
      for (const g of [s.values, s.formulas, s.numberFormats] as (unknown[][] | undefined)[]) g?.splice(row, 0, g[row].slice());
    } else if (m.kind === "swapRows" && rows > 0) {
      const o = m.other % rows;
      for (const g of [s.values, s.formulas, s.numberFormats] as (unknown[][] | undefined)[]) if (g) [g[row], g[o]] = [g[o], g[row]];
    } else if (m.kind === "rename" && !sheets.some((x) => x.name.toLowerCase() === m.name.toLowerCase())) {
      s.name = m.name;
    } else if (m.kind === "move") {
      const width = Math.max(1, ...s.values.map((r) => r.length));
      s.origin = { row: Math.min(m.origin.row, 1_048_576 - Math.max(1, rows)), col: Math.min(m.origin.col, 16_384 - width) };
    } else if (m.kind === "drop") {
      sheets = sheets.filter((x) => x !== s);
    }
  }
  return sheets;
}

export const mutationsArb = (max = 6): fc.Arbitrary<Mutation[]> => fc.array(mutationArb, { minLength: 1, maxLength: max });
