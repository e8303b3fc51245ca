import type { Issue } from "../../../../src/domain/issues/issue";
import { parseInsatser } from "../../../../src/domain/parse/base/insatser";
import { sheet } from "../sheet-helper";

const HEADER = ["Insats", "Insatsnamn", "Typ", "Inriktning", "Insatsägare", "Start", "Slut", "Budget 2024", "Budget 2025"];

function parse(rows: (string | number | null)[][], title: (string | number | null)[][] = []) {
  const issues: Issue[] = [];
  const result = parseInsatser(sheet("Insatser", [...title, HEADER, ...rows]), issues);
  return { ...result, issues };
}

describe("parseInsatser", () => {
  it("reads the template with tolerant Typ, Slut as month end and budget columns in kronor", () => {
    const { insatser, issues, budgetYears } = parse([
      [
        "Jobbcentrum",
        "Jobbcentrum – Din väg framåt",
        "Individinsats",
        "Tidiga insatser",
        "Enköpings kommun",
        "2022-01-01",
        "2024-12",
        2652000,
        "2 753 000",
      ],
      ["RegExPro", null, "Strukturinriktad", null, "Region Uppsala", 44105, "2027-12-31", "1 245 000 kr", null],
      ["Förstudie pilot", null, "Förstudie", null, "Uppsala kommun", "15/3 2024", "15.6.2024", null, null],
    ]);
    expect(issues).toEqual([]);
    expect(budgetYears).toEqual(new Set([2024, 2025]));
    expect(insatser).toHaveLength(3);
    expect(insatser[0]).toEqual({
      insats: "Jobbcentrum",
      namn: "Jobbcentrum – Din väg framåt",
      typ: "individ",
      inriktning: "Tidiga insatser",
      agare: "Enköpings kommun",
      start: "2022-01-01",
      slut: "2024-12-31",
      budgetPerAr: { 2024: 2652000, 2025: 2753000 },
      source: { sheet: "Insatser", cell: "A2" },
    });
    expect(insatser[1]).toMatchObject({ typ: "struktur", start: "2020-10-01", budgetPerAr: { 2024: 1245000 } });
    expect(insatser[2]).toMatchObject({ typ: "forstudie", start: "2024-03-15", slut: "2024-06-15", budgetPerAr: {} });
  });

  it("finds the header on row 4 under title rows and scales tkr from the title", () => {
    const { insatser, issues } = parse(
      [["Jobbcentrum", null, "Individ", null, "Enköping", "2022-01-01", "2024-12-31", "2 652", null]],
      [["Insatser 2024"], ["Belopp i tkr"], []],
    );
    expect(issues).toEqual([]);
    expect(insatser[0].source.cell).toBe("A5");
    expect(insatser[0].budgetPerAr[2024]).toBe(2652000);
  });

  it("skips group and sum rows and reads Huvudprojektägare / Kortnamn / Till och med", () => {
    const issues: Issue[] = [];
    const s = sheet("Insatser", [
      ["Kortnamn", "Typ", "Huvud-projektägare", "Startdatum", "Till och med"],
      ["Individinsatser"],
      ["Framsteget", "Individ", "Håbo kommun", "2022-01-01", "2024-12-31"],
      ["Strukturinsatser"],
      ["Lokussamordnare", "Struktur", "Uppsala kommun", "2020-01-01", "2024-12-31"],
    ]);
    const { insatser } = parseInsatser(s, issues);
    expect(issues).toEqual([]);
    expect(insatser.map((i) => [i.insats, i.agare, i.source.cell])).toEqual([
      ["Framsteget", "Håbo kommun", "A3"],
      ["Lokussamordnare", "Uppsala kommun", "A5"],
    ]);
  });

  it("reports a missing required column at the header row's first cell", () => {
    const issues: Issue[] = [];
    const s = sheet("Insatser", [["Rubrik"], ["Insats", "Typ", "Start", "Slut"], ["Jobbcentrum", "Individ", "2022-01-01", "2024-12-31"]]);
    expect(parseInsatser(s, issues).insatser).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SAKNAD_KOLUMN", sheet: "Insatser", cell: "A2" })]);
    expect(issues[0].message).toContain("Insatsägare");
  });

  it("reports DUBBLETT_INSATS at the second occurrence and keeps the first", () => {
    const { insatser, issues } = parse([
      ["Jobbcentrum", null, "Individ", null, "Enköping", "2022-01-01", "2024-12-31", 100, null],
      ["JOBBCENTRUM ", null, "Individ", null, "Enköping", "2022-01-01", "2024-12-31", 200, null],
    ]);
    expect(insatser).toHaveLength(1);
    expect(insatser[0].budgetPerAr[2024]).toBe(100);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "DUBBLETT_INSATS", sheet: "Insatser", cell: "A3" })]);
  });

  it("reports OKAND_TYP with a suggestion and keeps the insats as Övrig", () => {
    const { insatser, issues } = parse([["Jobbcentrum", null, "Indvid", null, "Enköping", "2022-01-01", "2024-12-31", null, null]]);
    expect(insatser[0].typ).toBe("ovrig");
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "OKAND_TYP", cell: "C2" })]);
    expect(issues[0].message).toContain('Menade du "Individ"?');
  });

  it("skips rows with unreadable or missing required dates and reports the cell", () => {
    const { insatser, issues } = parse([
      ["A", null, "Individ", null, "X", "2024-02-30", "2024-12-31", null, null],
      ["B", null, "Individ", null, "X", "2024-01-01", "#REF!", null, null],
      ["C", null, "Individ", null, null, "2024-01-01", "2024-12-31", null, null],
    ]);
    expect(insatser).toEqual([]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["fel", "OLASBART_DATUM", "F2"],
      ["fel", "EXCEL_FEL", "G3"],
      ["fel", "SAKNAT_VARDE", "E4"],
    ]);
  });

  it("reports SLUT_FORE_START at the Slut cell", () => {
    const { insatser, issues } = parse([["A", null, "Individ", null, "X", "2024-06-01", "2024-01-31", null, null]]);
    expect(insatser).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SLUT_FORE_START", sheet: "Insatser", cell: "G2" })]);
  });

  it("reads budgets written negative throughout as positive, with one info", () => {
    const { insatser, issues } = parse([
      ["A", null, "Individ", null, "X", "2024-01-01", "2024-12-31", -100, -50],
      ["B", null, "Individ", null, "X", "2024-01-01", "2024-12-31", "−200", 0],
    ]);
    expect(insatser.map((i) => i.budgetPerAr)).toEqual([
      { 2024: 100, 2025: 50 },
      { 2024: 200, 2025: 0 },
    ]);
    expect(issues).toEqual([expect.objectContaining({ severity: "info", code: "NEGATIVA_KOSTNADER", cell: "H1" })]);
  });

  it("keeps a single negative budget among positives and warns NEGATIV_BUDGET at its cell", () => {
    const { insatser, issues } = parse([
      ["A", null, "Individ", null, "X", "2024-01-01", "2024-12-31", 100, null],
      ["B", null, "Individ", null, "X", "2024-01-01", "2024-12-31", null, -20],
    ]);
    expect(insatser[1].budgetPerAr[2025]).toBe(-20);
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "NEGATIV_BUDGET", sheet: "Insatser", cell: "I3" })]);
  });

  it("reports an unreadable budget amount (OLASBART_TAL, varning) without inventing a 0", () => {
    const { insatser, issues } = parse([["A", null, "Individ", null, "X", "2024-01-01", "2024-12-31", "?", 10]]);
    expect(insatser[0].budgetPerAr).toEqual({ 2025: 10 });
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "OLASBART_TAL", cell: "H2" })]);
  });
});
