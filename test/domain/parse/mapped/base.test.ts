import { correctColumn } from "../../../../src/domain/detect/edit";
import { detectWorkbook } from "../../../../src/domain/detect/detect-workbook";
import { parseBase } from "../../../../src/domain/parse/base/parse-base";
import { validateBase } from "../../../../src/domain/validate";
import { uppsala2024Sheets } from "../../fixtures/uppsala-2024-sheets";
import { sheet } from "../../detect/helpers";

const strip = (x: unknown) => JSON.parse(JSON.stringify(x));

describe("parseBase with a mapping", () => {
  it("reads the standard template exactly as parseBase without a mapping (records, cells, issues)", () => {
    const sheets = uppsala2024Sheets();
    const plain = parseBase(sheets);
    const mapped = parseBase(sheets, detectWorkbook(sheets));
    expect(strip(mapped.base)).toEqual(strip(plain.base));
    expect(mapped.issues.filter((i) => i.code !== "ENHET_GISSAD")).toEqual(plain.issues);
    expect(mapped.layout).toEqual(plain.layout);
  });

  it("without an Insatser sheet, a name with its owner in parentheses on the Utfall sheet is the Budget sheet's insats", () => {
    const sheets = [
      sheet("Budget", [
        ["Insats", "Budget 2021 (tkr)"],
        ["Framsteget", "2 460"],
        ["Bryggan", "1 627"],
      ]),
      sheet("Utfall", [
        ["Insats", "Utfall 2021 (tkr)"],
        ["Framsteget (Håbo, AF)", "2 423"],
        ["Bryggan (Östhammar)", "1 617"],
      ]),
    ];
    const { base } = parseBase(sheets, detectWorkbook(sheets));
    expect(base.insatser.map((i) => i.insats)).toEqual(["Framsteget", "Bryggan"]);
    expect(base.utfall.map((u) => [u.post, u.utfall])).toEqual([
      ["Framsteget", 2_423_000],
      ["Bryggan", 1_617_000],
    ]);
  });

  it("a column the user maps drives parsing (a header no synonym knows)", () => {
    const sheets = [
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (kr)"],
        ["Jobbcentrum", "Individ", "Enköpings kommun", "2024-01-01", "2024-12-31", 2_652_000],
      ]),
      sheet("Utfall", [
        ["Resultatenhet", "Period", "Utfall (kr)"],
        ["Jobbcentrum", "2024-H1", 955_000],
      ]),
    ];
    const detected = detectWorkbook(sheets);
    const before = parseBase(sheets, detected);
    expect(before.base.utfall).toEqual([]);
    const corrected = correctColumn(detected, "Utfall", "A", { role: "post", header: "Resultatenhet" });
    const after = parseBase(sheets, corrected);
    expect(after.base.utfall.map((u) => [u.post, u.period.label, u.utfall, u.source.cell])).toEqual([
      ["Jobbcentrum", "2024-H1", 955_000, "A2"],
    ]);
  });

  it("a changed layout is reported (LAYOUT_ANDRAD) and read afresh, never with the stale mapping", () => {
    const original = [
      sheet("Utfall", [
        ["Post", "Period", "Utfall (kr)"],
        ["A", "2024-Q1", 100],
      ]),
    ];
    const mapping = detectWorkbook(original);
    const moved = [
      sheet("Utfall", [
        ["Period", "Post", "Utfall (kr)"],
        ["2024-Q1", "A", 100],
      ]),
    ];
    const r = parseBase(moved, mapping);
    expect(r.issues.map((i) => i.code)).toContain("LAYOUT_ANDRAD");
    expect(r.base.utfall.map((u) => [u.post, u.utfall])).toEqual([["A", 100]]);
  });

  it("links posts through aliases from an Alias sheet and from the mapping", () => {
    const sheets = [
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (kr)"],
        ["Individsamverkansteam", "Individ", "Mölndals stad", "2024-01-01", "2024-12-31", 1_200_000],
      ]),
      sheet("Utfall", [
        ["Post", "Period", "Utfall (kr)"],
        ["Individ -samverkansteam", "2024-Q1", 100_000],
        ["Individuella Verkansteamet", "2024-Q2", 200_000],
        ["IST", "2024-Q3", 50_000],
      ]),
      sheet("Alias", [
        ["Namn", "Insats"],
        ["Individuella Verkansteamet", "Individsamverkansteam"],
      ]),
    ];
    const mapping = { ...detectWorkbook(sheets), alias: [{ namn: "IST", insats: "Individsamverkansteam" }] };
    const r = parseBase(sheets, mapping);
    // A spelling that is only close is not linked silently: validateBase suggests it (OKAND_POST), the pane offers an alias.
    expect(r.base.utfall.map((u) => u.post)).toEqual(["Individ -samverkansteam", "Individsamverkansteam", "Individsamverkansteam"]);
    const plain = parseBase(sheets);
    expect(plain.base.utfall.map((u) => u.post)).toEqual(["Individ -samverkansteam", "Individsamverkansteam", "IST"]);
    const unknown = validateBase(r.base).filter((i) => i.code === "OKAND_POST");
    expect(unknown.map((i) => i.message)).toEqual([expect.stringContaining("Menade du 'Individsamverkansteam'?")]);
  });

  it("without an Insatser sheet, insatser come from the owner rows with dates spanning their figures", () => {
    const sheets = [
      sheet("Tabell", [
        ["Insats", "Ägare", "Utfall 2024-06-30 (tkr)", "Budget 2024 (tkr)"],
        ["Bryggan", "Östhammars kommun", "871", "1 860"],
      ]),
    ];
    const r = parseBase(sheets, detectWorkbook(sheets));
    expect(r.base.insatser.map((i) => [i.insats, i.start, i.slut, i.budgetPerAr[2024]])).toEqual([
      ["Bryggan", "2024-01-01", "2024-12-31", 1_860_000],
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["INSATSER_HARLEDDA", "DATUM_ANTAGNA", "TYP_ANTAGEN"]));
  });
});
