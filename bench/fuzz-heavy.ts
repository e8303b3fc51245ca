/**
 * Heavy fuzzing (not part of the unit-test run): bigger grids and many more cases than test/fuzz.
 *
 *   npx tsx bench/fuzz-heavy.ts [runs-per-property=20000] [seed]
 *
 * Every sheet parser gets `runs` sheets of up to 40 rows × 16 columns; the whole pipeline gets runs/10 random
 * workbooks of up to 8 sheets and runs/50 mutations of the example workbook. Prints the cases run per property
 * and the first counterexample of any failure (exit code 1).
 */
import fc from "fast-check";
import type { RawSheet } from "../src/domain/model";
import type { Issue } from "../src/domain/issues";
import { detectSheet } from "../src/domain/detect/detect-sheet";
import { detectWorkbook } from "../src/domain/detect/detect-workbook";
import { parseMapping, serializeMapping } from "../src/domain/model/mapping-schema";
import { parseBase } from "../src/domain/parse/base/parse-base";
import { parseBeslutsutrymmeSheet } from "../src/domain/parse/beslutsutrymme-sheet";
import { parseBudget } from "../src/domain/parse/base/budget";
import { parseDeltagare } from "../src/domain/parse/deltagare/deltagare";
import { parseInsatser } from "../src/domain/parse/base/insatser";
import { parseInstallningar } from "../src/domain/parse/base/installningar";
import { parseMedlemmar } from "../src/domain/parse/medlemmar";
import { parseRekvisitionBlankett } from "../src/domain/parse/rekvisitioner/blankett";
import { parseRekvisitionerLista } from "../src/domain/parse/rekvisitioner/rekvisitioner";
import { parseUppfoljningstabell } from "../src/domain/parse/deltagare/uppfoljningstabell";
import { parseUtfall } from "../src/domain/parse/base/utfall";
import { validateDeltagare } from "../src/domain/validate/deltagare";
import { exempelSheets, mutate, mutationsArb } from "../test/fuzz/exempel";
import { badDates, issueViolations, noThrow, nonFiniteNumbers } from "../test/fuzz/invariants";
import { pipelineViolations } from "../test/fuzz/pipeline-check";
import { blankettSheet, chaosSheet, ekonomiskInformationSheet, layoutSheet, uppfoljningSheet } from "../test/fuzz/sheets";
import { tsvSheetArb } from "../test/fuzz/tsv-layouts";
import { optionsArb, workbookArb } from "../test/fuzz/workbooks";

const runs = Number(process.argv[2] ?? 20_000);
const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3]);
const BIG = { maxRows: 40, maxCols: 16 };
let failed = false;
let total = 0;

function property(name: string, numRuns: number, prop: fc.IProperty<[unknown, ...unknown[]]>): void {
  const t = Date.now();
  const out = fc.check(prop, { numRuns, seed });
  total += out.numRuns;
  const ms = Date.now() - t;
  if (out.failed) {
    failed = true;
    process.stdout.write(
      `✗ ${name}: ${out.numRuns} cases, FAILED (seed ${seed}, path ${out.counterexamplePath})\n  ${String(out.errorInstance ?? "").slice(0, 600)}\n  ${fc.stringify(out.counterexample).slice(0, 1500)}\n`,
    );
  } else process.stdout.write(`✓ ${name}: ${out.numRuns} cases in ${ms} ms\n`);
}

function parser(name: string, own: fc.Arbitrary<RawSheet>, parse: (s: RawSheet, issues: Issue[]) => unknown): void {
  const sheets = fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: chaosSheet(BIG) });
  property(
    name,
    runs,
    fc.property(sheets, (s) => {
      const issues: Issue[] = [];
      let out: unknown;
      const v = [...noThrow(() => void (out = parse(s, issues)))];
      v.push(...issueViolations(issues, [s]), ...nonFiniteNumbers(out), ...badDates(out));
      if (v.length > 0) throw new Error(v.join("\n"));
    }) as fc.IProperty<[unknown, ...unknown[]]>,
  );
}

parser("parseInsatser", layoutSheet("insatser", 40), (s, i) => parseInsatser(s, i));
parser("parseBudget", fc.oneof(layoutSheet("budget", 40), layoutSheet("budgetWide", 40)), (s, i) => parseBudget(s, i));
parser("parseUtfall", fc.oneof(layoutSheet("utfall", 40), layoutSheet("utfallFranTill", 40)), (s, i) => parseUtfall(s, i, () => 1));
parser("parseInstallningar", layoutSheet("installningar", 40), (s, i) => parseInstallningar(s, i));
parser("parseMedlemmar", layoutSheet("medlemmar", 40), (s, i) => {
  const r = parseMedlemmar(s);
  if (r) i.push(...r.issues);
  return r?.medlemmar;
});
parser("parseRekvisitionerLista", layoutSheet("rekvisitioner", 40), (s, i) => {
  const r = parseRekvisitionerLista(s, 0);
  if (r) i.push(...r.issues, ...r.rekvisitioner.flatMap((k) => k.problem));
  return r?.rekvisitioner.map(({ problem: _p, ...k }) => k);
});
parser("parseRekvisitionBlankett", blankettSheet, (s, i) => {
  const r = parseRekvisitionBlankett(s, 0);
  if (r) i.push(...r.problem);
  return r && { ...r, problem: [] };
});
parser("parseDeltagare", layoutSheet("deltagare", 40), (s, i) => {
  const p = parseDeltagare(s);
  i.push(...p.issues, ...validateDeltagare(p.tabell, s, []).issues);
  return p.tabell.rader;
});
parser("parseUppfoljningstabell", uppfoljningSheet, (s, i) => {
  const r = parseUppfoljningstabell(s);
  i.push(...r.issues);
  return r.tabell;
});
parser("parseBeslutsutrymmeSheet", ekonomiskInformationSheet, (s, i) => {
  const r = parseBeslutsutrymmeSheet(s, { ingaende: 6_360_000 });
  if (r) i.push(...r.issues);
  return r?.model;
});

property(
  "detectSheet",
  runs,
  fc.property(fc.oneof(tsvSheetArb, chaosSheet(BIG), layoutSheet("utfall", 40)), (s) => {
    const m = detectSheet(s);
    if (parseMapping(serializeMapping({ version: 1, sheets: [m], alias: [] })).kind !== "ok")
      throw new Error("mapping does not round-trip");
  }) as fc.IProperty<[unknown, ...unknown[]]>,
);

property(
  "detectWorkbook + parseBase(mapping)",
  Math.ceil(runs / 10),
  fc.property(workbookArb(6), (book) => {
    const parsed = parseBase(book, detectWorkbook(book));
    const v = [...issueViolations(parsed.issues, book), ...nonFiniteNumbers(parsed.base), ...badDates(parsed.base)];
    if (v.length > 0) throw new Error(v.join("\n"));
  }) as fc.IProperty<[unknown, ...unknown[]]>,
);

property(
  "runPipeline (random workbooks)",
  Math.ceil(runs / 10),
  fc.property(workbookArb(8), optionsArb, (sheets, options) => {
    const v = pipelineViolations(sheets, options);
    if (v.length > 0) throw new Error(v.join("\n"));
  }) as fc.IProperty<[unknown, ...unknown[]]>,
);

const base = exempelSheets(true);
property(
  "runPipeline (mutated example workbook)",
  Math.ceil(runs / 50),
  fc.property(mutationsArb(12), optionsArb, (mutations, options) => {
    const v = pipelineViolations(mutate(base, mutations), options);
    if (v.length > 0) throw new Error(v.join("\n"));
  }) as fc.IProperty<[unknown, ...unknown[]]>,
);

process.stdout.write(`fuzz-heavy: ${total} cases, seed ${seed}${failed ? ", FAILURES" : ", no failures"}\n`);
process.exitCode = failed ? 1 : 0;
