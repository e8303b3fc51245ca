import fc from "fast-check";
import type { RawSheet } from "../../src/domain/model";
import type { PipelineOptions, ReportModule } from "../../src/domain/reports/types";
import { deltagareModule } from "../../src/domain/reports/deltagare";
import { reportModules } from "../../src/domain/reports";
import { rekvisitionerModule } from "../../src/domain/reports/rekvisitioner";
import { blankettSheet, chaosSheet, ekonomiskInformationSheet, layoutSheet, uppfoljningSheet } from "./sheets";

/**
 * Whole workbooks and run options for pipeline fuzzing. Sheet names are made unique (Excel's rule,
 * case-insensitive), as every host delivers them.
 */

/** Every report module, registered or not yet: the fuzz suite runs them all. */
export const ALL_MODULES: ReportModule[] = [
  ...reportModules,
  ...[deltagareModule, rekvisitionerModule].filter((m) => !reportModules.some((r) => r.kind === m.kind)),
];

const anySheet: fc.Arbitrary<RawSheet> = fc.oneof(
  { weight: 3, arbitrary: layoutSheet("insatser") },
  { weight: 2, arbitrary: layoutSheet("budget") },
  { weight: 1, arbitrary: layoutSheet("budgetWide") },
  { weight: 3, arbitrary: layoutSheet("utfall") },
  { weight: 1, arbitrary: layoutSheet("utfallFranTill") },
  { weight: 2, arbitrary: layoutSheet("installningar") },
  { weight: 1, arbitrary: layoutSheet("medlemmar") },
  { weight: 1, arbitrary: layoutSheet("rekvisitioner") },
  { weight: 1, arbitrary: layoutSheet("deltagare") },
  { weight: 1, arbitrary: blankettSheet },
  { weight: 1, arbitrary: uppfoljningSheet },
  { weight: 1, arbitrary: ekonomiskInformationSheet },
  { weight: 1, arbitrary: chaosSheet() },
);

/** Unique names, first spelling kept: "Utfall", "UTFALL" → "Utfall", "UTFALL 2". */
export function uniqueNames(sheets: RawSheet[]): RawSheet[] {
  const seen = new Set<string>();
  return sheets.map((s, i) => {
    let name = s.name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${s.name.slice(0, 28)} ${k}`;
    if (seen.has(name.toLowerCase())) name = `Blad${i}`;
    seen.add(name.toLowerCase());
    return name === s.name ? s : { ...s, name };
  });
}

export function workbookArb(maxSheets = 5): fc.Arbitrary<RawSheet[]> {
  return fc.array(anySheet, { minLength: 1, maxLength: maxSheets }).map(uniqueNames);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A report period as the task pane allows it (från ≤ till), Publicering off or with any threshold. */
export const optionsArb: fc.Arbitrary<PipelineOptions> = fc
  .tuple(
    fc.date({ min: new Date("2016-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }),
    fc.integer({ min: 0, max: 800 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: fc.record({ threshold: fc.constantFrom(5, 3) }) },
      { weight: 1, arbitrary: fc.record({ threshold: fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double()) }) },
    ),
  )
  .map(([tillDate, back, publicering]): PipelineOptions => {
    const till = iso(tillDate);
    const franDate = new Date(tillDate.getTime() - back * 86_400_000);
    const fran = back % 3 === 0 ? `${till.slice(0, 4)}-01-01` : iso(franDate);
    return { fran: fran <= till ? fran : till, till, idag: "2024-11-24", publicering };
  });
