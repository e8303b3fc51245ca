import { detectSheet } from "../../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../../src/domain/issues/issue";
import { sheet } from "../../detect/helpers";
import type { CellValue } from "../../../../src/domain/model/raw";

/**
 * The insatser as columns ("Post | Jobbstöd | Bryggan | Unga vuxna | Summa" over the rows Budget and Utfall). Before:
 * detected as a Budget sheet whose only column was the row labels ("Budget 2014" read as an amount header), SAKNAD_KOLUMN
 * and nothing read. Now (detect/transposed.ts, transposed-view.ts) each insats column is an insats, the Summa column is
 * checked against them row by row (RADSUMMA_STAMMER_INTE), and every message points at the user's cell.
 */
function transposed(sum: [number, number] = [4820, 4580]): CellValue[][] {
  return [
    ["Projekt 2014 (tkr)"],
    ["Post", "Jobbstöd", "Bryggan", "Unga vuxna", "Summa"],
    ["Budget", 1640, 2200, 980, sum[0]],
    ["Utfall", 1512, 2057, 1011, sum[1]],
  ];
}

function read(rows: CellValue[][]) {
  const s = sheet("Projekt", rows);
  const issues: Issue[] = [];
  const m = detectSheet(s);
  return { m, r: readMappedTable(s, m, issues), issues };
}

describe("insatser as columns", () => {
  it("each insats column is an insats with its budget and utfall; Summa is no insats", () => {
    const { m, r, issues } = read(transposed());
    expect(m.kind).toBe("utfall");
    expect(m.columns.map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:matt",
      "B:insatskolumn",
      "C:insatskolumn",
      "D:insatskolumn",
      "E:radsumma",
    ]);
    expect(issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(Object.fromEntries(r.budget.map((b) => [b.post, b.budget]))).toEqual({
      Jobbstöd: 1_640_000,
      Bryggan: 2_200_000,
      "Unga vuxna": 980_000,
    });
    expect(Object.fromEntries(r.utfall.map((u) => [u.post, u.utfall]))).toEqual({
      Jobbstöd: 1_512_000,
      Bryggan: 2_057_000,
      "Unga vuxna": 1_011_000,
    });
    expect(r.utfall.every((u) => u.period.label === "2014")).toBe(true);
    // The insats' source is its header cell in the user's sheet.
    expect(r.utfall.find((u) => u.post === "Bryggan")?.source.cell).toBe("C2");
    const info = issues.find((i) => i.code === "INSATSER_SOM_KOLUMNER")!;
    expect(info.severity).toBe("info");
    expect(info.message).toMatch(/3 kolumner läses som var sin insats/);
  });

  it("a Summa that differs from the insats columns: RADSUMMA_STAMMER_INTE at the Summa cell with both figures", () => {
    const { r, issues } = read(transposed([4820, 4590]));
    const fel = issues.filter((i) => i.code === "RADSUMMA_STAMMER_INTE");
    expect(fel.map((i) => i.cell)).toEqual(["E4"]);
    expect(fel[0].message).toMatch(/Summa säger 4\s590 tkr men insatskolumnerna ger 4\s580 tkr på raden Utfall/);
    expect(r.utfall.some((u) => u.post === "Summa")).toBe(false);
  });

  it("an unreadable amount is reported at the user's cell (column of the insats, row of the measure)", () => {
    const rows = transposed();
    rows[3][2] = "2 057 kr?";
    const { issues } = read(rows);
    expect(issues.filter((i) => i.code === "OLASBART_TAL").map((i) => i.cell)).toEqual(["C4"]);
    // The row's Summa is not checked against a sum that lacks the unreadable cell.
    expect(issues.filter((i) => i.code === "RADSUMMA_STAMMER_INTE")).toEqual([]);
  });

  it("no year in the labels, the title or the name: a fel at each label asks for it; nothing is read without a period", () => {
    const { r, issues } = read([
      ["Post", "Jobbstöd", "Bryggan", "Unga vuxna"],
      ["Budget", 1640, 2200, 980],
      ["Utfall", 1512, 2057, 1011],
    ]);
    const fel = issues.filter((i) => i.severity === "fel");
    expect(fel.map((i) => [i.code, i.cell])).toEqual([
      ["SAKNAT_VARDE", "A2"],
      ["SAKNAT_VARDE", "A3"],
    ]);
    expect(fel[1].message).toMatch(/Raden Utfall anger inget år/);
    expect(r.utfall).toEqual([]);
    expect(r.budget).toEqual([]);
  });

  it("an ordinary Insats | Budget | Utfall table is not taken as transposed", () => {
    const { m } = read([
      ["Insats", "Budget 2014", "Utfall 2014"],
      ["Jobbstöd", 1640, 1512],
      ["Bryggan", 2200, 2057],
    ]);
    expect(m.columns.some((c) => c.role === "matt" || c.role === "insatskolumn")).toBe(false);
  });

  it.each([
    ["quarters without a year", ["", "Q1", "Q2", "Q3", "Q4"]],
    ["the förbund's result summary", ["", "Intäkter", "Kostnader", "Resultat", "Summa"]],
    ["months", ["Post", "Jan", "Feb", "Mar", "Apr"]],
  ])("%s as columns over Budget and Utfall rows are no insatser", (_name, header) => {
    const { m } = read([header, ["Budget", 100, 200, 300, 400], ["Utfall", 90, 180, 270, 360]]);
    expect(m.columns.some((c) => c.role === "insatskolumn")).toBe(false);
  });

  it("a sheet of years as columns (Post | 2023 | 2024) is not insatser as columns", () => {
    const { m } = read([
      ["Post", "2023", "2024"],
      ["Budget", 1640, 1700],
      ["Utfall", 1512, 1600],
    ]);
    expect(m.columns.some((c) => c.role === "insatskolumn")).toBe(false);
  });
});
