import type { RawSheet } from "../../src/domain/model";
import type { Issue } from "../../src/domain/issues";
import { kvotAv } from "../../src/domain/compute/forbrukningskvot";
import { largestRemainder } from "../../src/domain/compute/largest-remainder";
import { parseBeslutsutrymmeSheet } from "../../src/domain/parse/beslutsutrymme-sheet";
import { parseBudget } from "../../src/domain/parse/base/budget";
import { parseInsatser } from "../../src/domain/parse/base/insatser";
import { parseMedlemmar } from "../../src/domain/parse/medlemmar";
import { parseDeltagare } from "../../src/domain/parse/deltagare/deltagare";
import { parseArIOffentligForsorjning } from "../../src/domain/parse/deltagare/varden";
import { parsePeriod } from "../../src/domain/text/period";
import { findPersonnummerInText } from "../../src/domain/text/personnummer";
import { parseRekvisitionBlankett } from "../../src/domain/parse/rekvisitioner/blankett";
import { parseRekvisitionerLista } from "../../src/domain/parse/rekvisitioner/rekvisitioner";
import { parseSvDate } from "../../src/domain/text/sv-date";
import { parseSvNumber } from "../../src/domain/text/sv-number";
import { parseUppfoljningstabell } from "../../src/domain/parse/deltagare/uppfoljningstabell";
import { PERSONNUMMER_DOLT, runPipeline } from "../../src/domain/pipeline/pipeline";
import { maskPersonnummer } from "../../src/domain/plan/valideringsrapport";
import { isExcelAddress, nonFiniteNumbers, personnummerLeaks } from "./invariants";

/**
 * Regression tests: one explicit case for every crash or wrong result the fuzz suite found, each with the fix
 * it needed (file and change in the comment). Each case failed before its fix.
 */

const sheet = (name: string, values: RawSheet["values"], origin = { row: 0, col: 0 }): RawSheet => ({ name, origin, values });
const codes = (issues: readonly Issue[]) => issues.map((i) => `${i.code}@${i.cell}`);

describe("fuzz regressions", () => {
  it('"constructor 2024" is no month (sv-date.ts: SV_MONTHS has a null prototype)', () => {
    expect(parsePeriod("constructor 2024").kind).toBe("error");
    expect(parsePeriod("jan-constructor 2024").kind).toBe("error");
    expect(parseSvDate("1 constructor 2024").kind).toBe("error");
    expect(parseSvDate("constructor 2024").kind).toBe("error");
    expect(parsePeriod("maj 2024")).toMatchObject({ kind: "period", value: { from: "2024-05-01", to: "2024-05-31" } });
  });

  it("the Valideringsrapport masks a personnummer glued to letters (valideringsrapport.ts uses the parser's detector too)", () => {
    for (const text of ["A19121212-1212", "Anna19121212-1212x", "a121212-1212", "19121212-1212A"]) {
      expect(findPersonnummerInText(maskPersonnummer(text))).toBeNull();
    }
    expect(maskPersonnummer("Rad 12: 19121212-1212")).toBe("Rad 12: [personnummer dolt]");
  });

  it("an amount text whose unit overflows is no number (sv-number.ts: a non-finite scaled value is an error)", () => {
    expect(parseSvNumber(`${"9".repeat(306)} tkr`).kind).toBe("error");
  });

  it("amounts of 10^15 kr or more are unreadable, never Infinity (cell-read.ts, rekvisitioner.ts, medlemmar.ts, beslutsutrymme-sheet.ts)", () => {
    const issues: Issue[] = [];
    const ins = parseInsatser(
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (tkr)"],
        ["Bryggan", "Individ", "Östhammar", "2024-01-01", "2024-12-31", 1.7976931348623157e308],
      ]),
      issues,
    );
    expect(nonFiniteNumbers(ins.insatser)).toEqual([]);
    expect(codes(issues)).toContain("OLASBART_TAL@F2");

    const budgetIssues: Issue[] = [];
    parseBudget(
      sheet("Budget", [
        ["Post", "Kategori", "År", "Budget (tkr)"],
        ["Förvaltning", "Kostnad", 2024, 5e14],
      ]),
      budgetIssues,
    );
    expect(codes(budgetIssues)).toContain("OLASBART_TAL@D2");

    const lista = parseRekvisitionerLista(
      sheet("Rekvisitioner", [
        ["Insats", "Period", "Belopp (tkr)", "Övrigt"],
        ["Bryggan", "2024-Q1", 10, -1.797693134862316e305],
      ]),
      0,
    )!;
    expect(nonFiniteNumbers(lista.rekvisitioner[0].kostnadsslag)).toEqual([]);
    expect(codes(lista.rekvisitioner[0].problem)).toContain("REKV_OLASBART_BELOPP@D2");

    const medlem = parseMedlemmar(
      sheet("Medlemmar", [
        ["Medlem", "Typ", "Invånare", "Beslutat (tkr)"],
        ["Heby kommun", "Kommun", 14_000, 1e306],
      ]),
    )!;
    expect(codes(medlem.issues)).toContain("OLASBART_TAL@D2");

    const eko = parseBeslutsutrymmeSheet(
      sheet("Ekonomisk information", [
        ["EKONOMISK INFORMATION, belopp i TSK", "Budget 2024", "Prel 2025"],
        ["INTÄKTER"],
        ["Medlemsavgifter", 23_322, 23_428],
        ["KOSTNADER"],
        ["Förvaltning", -1.797693134862316e305, 4_022],
      ]),
    )!;
    expect(nonFiniteNumbers(eko.model)).toEqual([]);
    expect(codes(eko.issues)).toContain("OLASBART_TAL@B5");
  });

  it("a form label in column XFD without a value points at XFD, not at the non-existent XFE (rekvisition-blankett.ts)", () => {
    const form = sheet("Rekv Bryggan", [["Insats", "Bryggan"], ["Period", "2024-Q1"], ["Belopp"]], { row: 0, col: 16_382 });
    const claim = parseRekvisitionBlankett(form, 0)!;
    expect(claim.problem.map((p) => p.cell)).toEqual(["XFD3"]);
    expect(claim.problem.every((p) => isExcelAddress(p.cell))).toBe(true);
  });

  it("weights too small to scale do not divide by zero (largest-remainder.ts falls back to the float split)", () => {
    expect(largestRemainder(1000, [5e-324])).toEqual([1000]);
    expect(largestRemainder(1000, [5e-324, 1])).toEqual([0, 1000]);
  });

  it("a budget too tiny to divide by gives no kvot, never ±Infinity (forbrukningskvot.ts kvotAv)", () => {
    expect(kvotAv(955_000, 5e-324)).toBeUndefined();
    expect(kvotAv(-1, -5e-324)).toBeUndefined();
    expect(kvotAv(955_000, 1_326_000)).toBeCloseTo(0.72, 2);
  });

  it('BESLUTSUTRYMME_NEGATIVT names a real sheet or none, not the list "Budget, Insatser" (reports/beslutsutrymme.ts)', () => {
    const sheets = [
      sheet("Budget", [
        ["Post", "Kategori", "År", "Budget"],
        ["Medlemsavgifter", "Intäkt", 2024, 100],
        ["Förvaltning", "Kostnad", 2024, 5_000],
      ]),
      sheet("Inställningar", [
        ["Inställning", "Värde"],
        ["Ackumulerat överskott", 0],
      ]),
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
        ["Bryggan", "Individ", "Östhammar", "2024-01-01", "2024-12-31"],
      ]),
    ];
    const r = runPipeline(sheets, { fran: "2024-01-01", till: "2024-12-31", idag: "2024-11-24" });
    const negativt = r.issues.find((i) => i.code === "BESLUTSUTRYMME_NEGATIVT");
    expect(negativt).toBeDefined();
    expect(negativt!.sheet).toBe("");
  });

  it("Fördelning kvinnor/män of a table whose total is 5e-324 is not checked (deltagare-tabellkontroll.ts)", () => {
    const t = sheet("Tabell 6", [
      ["Tabell 6. Utfall för deltagare"],
      [],
      ["Individinsatser", "Inregistrerade perioden", null, null],
      [null, "K", "M", "S: a"],
      ["Bryggan", "", -1, 5e-324],
      ["Summa:", 0, 0, 0],
      [],
      ["Fördelning kvinnor/män: 42% 42%"],
    ]);
    expect(
      parseUppfoljningstabell(t)
        .issues.map((i) => i.message)
        .join(" "),
    ).not.toMatch(/Infinity/);
  });

  it("a year typed as a number in Start/Slut is that year, not an Excel serial in 1905 (cell-read.ts date fast path)", () => {
    const issues: Issue[] = [];
    const ins = parseInsatser(
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
        ["Bryggan", "Individ", "Östhammar", 2024, 2025],
      ]),
      issues,
    );
    expect(ins.insatser.map((i) => [i.start, i.slut])).toEqual([["2024-01-01", "2025-12-31"]]);
    expect(issues).toEqual([]);
  });

  it("no personnummer-like text reaches a report, a message or the JSON result (pipeline.ts masks plans, issues and results)", () => {
    const sheets = [
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024"],
        [191212121212, "Individ", "Anna 19121212-1212", "2024-01-01", "2024-12-31", 100_000],
      ]),
      sheet("Utfall", [
        ["Post", "Period", "Utfall"],
        ["191212121212", "2024-Q1", 20_000],
        ["121212-1212", "2024-Q1", "19121212-1212"],
      ]),
    ];
    const r = runPipeline(sheets, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-11-24" });
    expect(personnummerLeaks(r.plans, r.issues)).toEqual([]);
    expect(findPersonnummerInText(JSON.stringify(r.results))).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain(PERSONNUMMER_DOLT);
  });
  it("år i offentlig försörjning is finite and plausible (varden.ts: plausibleYears; CI seed -1196290168 found Infinity)", () => {
    for (const v of [Number.POSITIVE_INFINITY, Number.NaN, 250, "1e400", `minst ${"9".repeat(400)} år`, -1]) {
      expect(parseArIOffentligForsorjning(v)).toBeNull();
    }
    expect(parseArIOffentligForsorjning("minst 3 år")).toBe(3);
    expect(parseArIOffentligForsorjning(12)).toBe(12);
    const r = parseDeltagare(
      sheet("Deltagare 2024", [
        ["Kön", "Deltagar-ID", "Insats", "Inskriven", "Handlingsplan", "År i offentlig försörjning"],
        [null, null, null, null, 0, Number.POSITIVE_INFINITY],
      ]),
    );
    expect(nonFiniteNumbers(r)).toEqual([]);
  });
});
