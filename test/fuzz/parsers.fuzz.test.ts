import fc from "fast-check";
import type { RawSheet } from "../../src/domain/model";
import type { Issue } from "../../src/domain/issues";
import { parseBeslutsutrymmeSheet } from "../../src/domain/parse/beslutsutrymme-sheet";
import { parseBudget } from "../../src/domain/parse/base/budget";
import { parseDeltagare } from "../../src/domain/parse/deltagare/deltagare";
import { findBaseSheets } from "../../src/domain/parse/base/find-sheets";
import { parseInsatser } from "../../src/domain/parse/base/insatser";
import { parseInstallningar } from "../../src/domain/parse/base/installningar";
import { parseMedlemmar } from "../../src/domain/parse/medlemmar";
import { parseRekvisitionBlankett } from "../../src/domain/parse/rekvisitioner/blankett";
import { parseRekvisitionerLista } from "../../src/domain/parse/rekvisitioner/rekvisitioner";
import { parseUppfoljningstabell } from "../../src/domain/parse/deltagare/uppfoljningstabell";
import { parseUtfall } from "../../src/domain/parse/base/utfall";
import { validateDeltagare } from "../../src/domain/validate/deltagare";
import { badDates, issueViolations, noThrow, none, nonFiniteNumbers } from "./invariants";
import { check } from "./runs";
import { blankettSheet, chaosSheet, ekonomiskInformationSheet, layoutSheet, uppfoljningSheet, type LayoutKind } from "./sheets";

/**
 * Fuzzing every sheet parser with 10 000 small sheets each: three in four look like the parser's own layout
 * (its header synonyms, title, group and sum rows) with messy cells, one in four is a random grid anywhere on
 * the sheet. Every parser must return (never throw), keep every number finite and every date real, and report
 * each problem as an issue with a code, the sheet's name and a valid A1 address.
 */

const RUNS = 10_000;

function mixed(kind: LayoutKind | fc.Arbitrary<RawSheet>): fc.Arbitrary<RawSheet> {
  const own = typeof kind === "string" ? layoutSheet(kind) : kind;
  return fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: chaosSheet() });
}

/** Runs `parse` on a fuzzed sheet and checks the invariants of its records and issues. */
function fuzzParser(name: string, sheets: fc.Arbitrary<RawSheet>, parse: (s: RawSheet, issues: Issue[]) => unknown): void {
  check(
    name,
    fc.property(sheets, (sheet) => {
      const issues: Issue[] = [];
      let out: unknown;
      none(
        noThrow(() => void (out = parse(sheet, issues))),
        name,
      );
      none([...issueViolations(issues, [sheet]), ...nonFiniteNumbers(out), ...badDates(out)], name);
    }),
    RUNS,
  );
}

describe("fuzz: sheet parsers (10 000 sheets each)", () => {
  it("parseInsatser", () => fuzzParser("parseInsatser", mixed("insatser"), (s, issues) => parseInsatser(s, issues)));

  it("parseBudget (long and wide layouts)", () =>
    fuzzParser("parseBudget", fc.oneof(mixed("budget"), layoutSheet("budgetWide")), (s, issues) => parseBudget(s, issues)));

  it("parseUtfall (Period or Från/Till)", () =>
    fuzzParser("parseUtfall", fc.oneof(mixed("utfall"), layoutSheet("utfallFranTill")), (s, issues) =>
      parseUtfall(s, issues, (post) => ((post.length % 3) - 1) as -1 | 0 | 1),
    ));

  it("parseInstallningar", () => fuzzParser("parseInstallningar", mixed("installningar"), (s, issues) => parseInstallningar(s, issues)));

  it("parseMedlemmar", () =>
    fuzzParser("parseMedlemmar", mixed("medlemmar"), (s, issues) => {
      const r = parseMedlemmar(s);
      if (r) issues.push(...r.issues);
      return r?.medlemmar;
    }));

  it("parseRekvisitionerLista", () =>
    fuzzParser("parseRekvisitionerLista", mixed("rekvisitioner"), (s, issues) => {
      const r = parseRekvisitionerLista(s, 0);
      if (r) issues.push(...r.issues, ...r.rekvisitioner.flatMap((k) => k.problem));
      return r?.rekvisitioner.map(({ problem: _p, ...k }) => k);
    }));

  it("parseRekvisitionBlankett", () =>
    fuzzParser("parseRekvisitionBlankett", mixed(blankettSheet), (s, issues) => {
      const r = parseRekvisitionBlankett(s, 1);
      if (r) issues.push(...r.problem);
      return r && { ...r, problem: [] };
    }));

  it("parseDeltagare + validateDeltagare", () =>
    fuzzParser("parseDeltagare", mixed("deltagare"), (s, issues) => {
      const p = parseDeltagare(s);
      const v = validateDeltagare(p.tabell, s, []);
      issues.push(...p.issues, ...v.issues);
      return p.tabell.rader;
    }));

  it("parseUppfoljningstabell", () =>
    fuzzParser("parseUppfoljningstabell", mixed(uppfoljningSheet), (s, issues) => {
      const r = parseUppfoljningstabell(s);
      issues.push(...r.issues);
      return r.tabell;
    }));

  it("parseBeslutsutrymmeSheet", () =>
    fuzzParser("parseBeslutsutrymmeSheet", mixed(ekonomiskInformationSheet), (s, issues) => {
      const r = parseBeslutsutrymmeSheet(s, { ingaende: 6_360_000 });
      if (r) issues.push(...r.issues);
      return r?.model;
    }));

  it("findBaseSheets picks distinct sheets of the workbook", () =>
    check(
      "findBaseSheets",
      fc.property(fc.array(fc.oneof(mixed("insatser"), mixed("budget"), mixed("utfall"), chaosSheet()), { maxLength: 4 }), (sheets) => {
        let found: ReturnType<typeof findBaseSheets> = {};
        none(
          noThrow(() => void (found = findBaseSheets(sheets))),
          "findBaseSheets",
        );
        const picked = Object.values(found);
        if (new Set(picked).size !== picked.length || picked.some((s) => !sheets.includes(s!)))
          throw new Error("a sheet picked twice or not from the workbook");
      }),
      RUNS / 4,
    ));
});
