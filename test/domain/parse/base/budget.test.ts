import type { Issue } from "../../../../src/domain/issues/issue";
import { parseBudget } from "../../../../src/domain/parse/base/budget";
import { sheet } from "../sheet-helper";

function parse(rows: (string | number | null)[][]) {
  const issues: Issue[] = [];
  return { ...parseBudget(sheet("Budget", rows), issues), issues };
}

const HEADER = ["Post", "Kategori", "År", "Budget TSEK", "Prognos TSEK"];

describe("parseBudget", () => {
  it("reads the long layout in kronor (Uppsala Ekonomisk information 2024, TSEK)", () => {
    const { budget, issues } = parse([
      HEADER,
      ["Medlemsavgifter", "Intäkt", 2024, "23 322", "23 322"],
      ["Jobbcentrum", "Kostnad", "2024", "2 652", "2 652"],
      ["Förtroendevalda", "Kostnader", 2024, 800, 450],
      ["Förvaltning", "kostnad", 2025, "4 022", null],
    ]);
    expect(issues).toEqual([]);
    expect(budget.map((b) => [b.post, b.kategori, b.ar, b.budget, b.prognos])).toEqual([
      ["Medlemsavgifter", "intakt", 2024, 23322000, 23322000],
      ["Jobbcentrum", "kostnad", 2024, 2652000, 2652000],
      ["Förtroendevalda", "kostnad", 2024, 800000, 450000],
      ["Förvaltning", "kostnad", 2025, 4022000, undefined],
    ]);
    expect(budget[1].source).toEqual({ sheet: "Budget", cell: "A3" });
  });

  it("reads the wide layout (Budget 2024, Prognos 2024, Prel 2025)", () => {
    const { budget, issues } = parse([
      ["EKONOMISK INFORMATION, belopp i TSK"],
      ["Post", "Kategori", "Budget 2024", "Prognos 2024", "Prel 2025"],
      ["Medlemsavgifter", "Intäkt", "23 322", "23 322", "23 428"],
      ["Förvaltning", "Kostnad", "3 822", "3 850", "4 022"],
    ]);
    expect(issues).toEqual([]);
    expect(budget.map((b) => [b.post, b.ar, b.budget, b.prognos])).toEqual([
      ["Medlemsavgifter", 2024, 23322000, 23322000],
      ["Medlemsavgifter", 2025, 23428000, undefined],
      ["Förvaltning", 2024, 3822000, 3850000],
      ["Förvaltning", 2025, 4022000, undefined],
    ]);
  });

  it("reads costs written negative (Uppsala) as positive with one info; intäkter keep their sign", () => {
    const { budget, issues } = parse([
      HEADER,
      ["Medlemsavgifter", "Intäkt", 2024, "11 661", null],
      ["Styrelse", "Kostnad", 2024, -400, -177],
      ["Kansli", "Kostnad", 2024, "−1 911", null],
    ]);
    expect(budget.map((b) => b.budget)).toEqual([11661000, 400000, 1911000]);
    expect(budget[1].prognos).toBe(177000);
    expect(issues).toEqual([expect.objectContaining({ severity: "info", code: "NEGATIVA_KOSTNADER", cell: "D1" })]);
  });

  it("reports OKAND_KATEGORI with a suggestion and skips the row", () => {
    const { budget, issues } = parse([HEADER, ["Styrelse", "Kostand", 2024, 400, null]]);
    expect(budget).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "OKAND_KATEGORI", sheet: "Budget", cell: "B2" })]);
    expect(issues[0].message).toContain('Menade du "Kostnad"?');
  });

  it("reports NEGATIV_BUDGET at the budget cell for a lone negative budget", () => {
    const { budget, issues } = parse([HEADER, ["Styrelse", "Kostnad", 2024, 400, null], ["Kansli", "Kostnad", 2024, -5, null]]);
    expect(budget[1].budget).toBe(-5000);
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "NEGATIV_BUDGET", sheet: "Budget", cell: "D3" })]);
  });

  it("skips rows with an unreadable year or amount and reports the cell", () => {
    const { budget, issues } = parse([
      HEADER,
      ["Styrelse", "Kostnad", "tjugo", 400, null],
      ["Kansli", "Kostnad", 2024, "?", null],
      ["Förvaltning", "Kostnad", 2024, "#DIV/0!", null],
      ["Övrigt", "Kostnad", 2024, 10, "ca 5"],
    ]);
    expect(budget.map((b) => [b.post, b.prognos])).toEqual([["Övrigt", undefined]]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["fel", "OLASBART_TAL", "C2"],
      ["fel", "OLASBART_TAL", "D3"],
      ["fel", "EXCEL_FEL", "D4"],
      ["varning", "OLASBART_TAL", "E5"],
    ]);
  });

  it("reports SAKNAD_KOLUMN for each missing column", () => {
    const { budget, issues } = parse([[], ["Post", "År", "Budget"], ["Styrelse", 2024, 400]]);
    expect(budget).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SAKNAD_KOLUMN", sheet: "Budget", cell: "A2" })]);
  });

  it("checks the Mölndal 2016 total: rows add to 17 705 while the total says 17 703", () => {
    const { budget, issues } = parse([
      ["Budget 2016 (tkr)"],
      HEADER,
      ["Förtroendevalda", "Kostnad", 2016, 600, null],
      ["Förvaltning", "Kostnad", 2016, "3 105", null],
      ["Insatser", "Kostnad", 2016, "14 000", null],
      ["Summa kostnader", null, null, "17 703", null],
    ]);
    expect(budget).toHaveLength(3);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SUMMA_STAMMER_INTE", sheet: "Budget", cell: "D6" })]);
    expect(issues[0].message).toContain("17\u00a0703 tkr");
    expect(issues[0].message).toContain("17\u00a0705 tkr");
  });
});
