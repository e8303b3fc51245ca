import type { Issue } from "../../../../src/domain/issues/issue";
import type { CellValue } from "../../../../src/domain/model/raw";
import { CellReader } from "../../../../src/domain/parse/base/cell-read";
import { parseSvNumber } from "../../../../src/domain/text/sv-number";
import { SumChecker } from "../../../../src/domain/parse/base/sum-check";
import { scanRows } from "../../../../src/domain/parse/base/table";
import { sheet } from "../sheet-helper";

/** Runs the checker over columns B and C of a driftsredovisning-like grid in tkr (header on row 1). */
function check(rows: CellValue[][]): Issue[] {
  const s = sheet("Drift", [["Post", "Budget", "Utfall"], ...rows]);
  const issues: Issue[] = [];
  const reader = new CellReader(s, issues);
  const sums = new SumChecker(reader, [1, 2], [1000, 1000]);
  scanRows(s, 0, 0, sums, (r) => {
    reader.text(r, 0, true);
    for (const [i, c] of [1, 2].entries()) {
      const p = parseSvNumber(s.values[r][c]);
      sums.add(i, p.kind === "number" ? p.value * 1000 : p.kind === "empty" ? undefined : null);
    }
  });
  return issues;
}

describe("SumChecker", () => {
  it("accepts Uppsala's 2024-06-30 driftsredovisning: block sums, a sum over two groups and a grand total", () => {
    const issues = check([
      ["Intäkter"],
      ["Medlemsavgifter", "11 661", "11 661"],
      ["Övriga rörelseintäkter", null, "12"],
      ["ESF medel", "389", "421"],
      ["Summa intäkter", "12 050", "12 094"],
      ["Administrativa kostnader"],
      ["Styrelse", "-400", "-177"],
      ["Kansli och kringkostnader", "-1 911", "-2 202"],
      ["Kansli ESF SMAIL+ISA", "-400", "-400"],
      ["Summa kansli och styrelse", "-2 711", "-2 779"],
      ["Individinriktade"],
      ["Jobbcentrum", "-1 326", "-955"],
      ["Plattform", "-1 173", "-1 138"],
      ["Framsteget 2.0", "-1 940", "-1 804"],
      ["En väg in", "-847", "-789"],
      ["Ung framtid", "-2 171", "-1 993"],
      ["Kvinna Hälsa Arbete", "-674", "-618"],
      ["Förstudie pilotprojekt", "0", "-115"],
      ["Arbetsmarknadsstödjare", "-385", "-417"],
      ["Bryggan", "-930", "-871"],
      ["Strukturinriktade"],
      ["RegExPro", "-623", "-648"],
      ["Lokussamordnare", "-180", "-199"],
      ["Lokussamordnare Älvkarleby", "-80", "-81"],
      ["Summa samverkansinsatser", "-10 329", "-9 628"],
      ["Övriga samverkansinsatser"],
      ["Ekonom projektstöd", "-220", "-196"],
      ["Verksamhetsutvecklare", "-220", "-95"],
      ["Kompetenshöjande insatser", "-50", "-16"],
      ["Summa övriga samverkansinsatser", "-490", "-307"],
      ["Totalt 2024-06-30", "-1 480", "-620"],
    ]);
    expect(issues).toEqual([]);
  });

  it("reports a sum that matches no reading of the rows above, at its cell, in the written unit", () => {
    const issues = check([
      ["Jobbcentrum", "-1 326", "-955"],
      ["Framsteget", "-1 940", "-1 804"],
      ["Summa", "-3 266", "-2 760"],
    ]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SUMMA_STAMMER_INTE", sheet: "Drift", cell: "C4" })]);
    expect(issues[0].message).toContain("\u22122\u00a0760 tkr");
    expect(issues[0].message).toContain("\u22122\u00a0759 tkr");
  });

  it("compares at the precision written: decimals in the sum cell tighten the tolerance", () => {
    expect(
      check([
        ["A", "1,4", null],
        ["B", "1,4", null],
        ["S:a", "3", null],
      ]),
    ).toEqual([]);
    expect(
      check([
        ["A", "1,4", null],
        ["B", "1,4", null],
        ["S:a", "3,0", null],
      ]).map((i) => i.cell),
    ).toEqual(["B4"]);
  });

  it("skips the check when a row above was unreadable", () => {
    expect(
      check([
        ["A", "?", null],
        ["B", "1", null],
        ["Summa", "5", null],
      ]),
    ).toEqual([]);
  });

  it("treats a keyless row of numbers that adds up as an unlabelled total (Uppsala 2021), else as data", () => {
    expect(
      check([
        ["A", "915", "1 010"],
        ["B", "637", "1 061"],
        [null, "1 552", "2 071"],
      ]),
    ).toEqual([]);
    expect(
      check([
        ["A", "915", "1 010"],
        [null, "7", "8"],
      ]).map((i) => i.code),
    ).toEqual(["SAKNAT_VARDE"]);
  });

  it("warns about an Excel error in a sum cell", () => {
    expect(
      check([
        ["A", "1", "1"],
        ["Summa", "#REF!", "1"],
      ]).map((i) => [i.severity, i.code, i.cell]),
    ).toEqual([["varning", "EXCEL_FEL", "B3"]]);
  });
});

describe("SumChecker: a total with only the sign wrong", () => {
  it("Mölndal jan–aug 2016: 'Totalt 10 238' where the rows add to −10 238 says the sign is wrong, not another sum", () => {
    const issues = check([
      ["Kostnader"],
      ["Arvoden", "-397", "-310"],
      ["Övriga personalkostnader", "-2 100", "-1 950"],
      ["Insatser", "-9 300", "-7 978"],
      ["Totalt", "-11 797", "10 238"],
    ]);
    const fel = issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(fel).toHaveLength(1);
    expect(fel[0].cell).toBe("C6");
    expect(fel[0].message).toMatch(/säger 10\u00a0238 .*ger −10\u00a0238/);
    expect(fel[0].message).toMatch(/tecknet är fel/);
    expect(fel[0].message).not.toMatch(/−158/);
  });
});
