import { detectSheet } from "../../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../../src/domain/issues/issue";
import { sheet } from "../../detect/helpers";
import type { CellValue } from "../../../../src/domain/model/raw";
import type { SheetMapping } from "../../../../src/domain/model/mapping";

/**
 * A column that says on every row whether the amount is Budget or Utfall ("Projekt | Avser | Belopp", two rows per
 * insats). Before: every amount was read as utfall and the "Avser" words became insatser, then (ac1b44b) a fel
 * MATT_PER_RAD and nothing read. Now detection maps the column as `matt` (measure-rows.ts) and the rows are read as
 * budget, utfall and prognos per insats and period (measure-view.ts), with MATT_FRAN_KOLUMN (info); two rows of one
 * insats, measure and period are MATT_DUBBLETT (fel) with both cells, never added or dropped silently.
 */
const S2014: [string, number, number][] = [
  ["Jobbstöd", 1640, 1512],
  ["Framsteget", 2200, 2057],
  ["Lotsen", 980, 1011],
];

function twoRowsPerInsats(carryName: boolean): CellValue[][] {
  const rows: CellValue[][] = [["Projekt 2014 (tkr)"], ["Projekt", "Avser", "Belopp"]];
  for (const [namn, b, u] of S2014) rows.push([namn, "Budget", b], [carryName ? namn : null, "Utfall", u]);
  return rows;
}

function read(rows: CellValue[][]) {
  const s = sheet("Projekt", rows);
  const issues: Issue[] = [];
  const m = detectSheet(s);
  const r = readMappedTable(s, m, issues);
  return { r, issues, m };
}

const byPost = (rows: readonly { post: string }[], key: "budget" | "utfall") =>
  Object.fromEntries(rows.map((x) => [x.post, (x as unknown as Record<string, number>)[key]]));

describe("the measure on each row (Budget/Utfall in a column of its own)", () => {
  it.each([
    ["two rows per insats, name on the first", twoRowsPerInsats(false)],
    ["two rows per insats, name on both", twoRowsPerInsats(true)],
  ])("%s: budget and utfall per insats in kronor, the column named in an info", (_name, rows) => {
    const { r, issues, m } = read(rows);
    expect(m.columns.find((c) => c.role === "matt")?.column).toBe("B");
    expect(issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(byPost(r.budget, "budget")).toEqual({ Jobbstöd: 1_640_000, Framsteget: 2_200_000, Lotsen: 980_000 });
    expect(byPost(r.utfall, "utfall")).toEqual({ Jobbstöd: 1_512_000, Framsteget: 2_057_000, Lotsen: 1_011_000 });
    expect(r.utfall.every((u) => u.period.from === "2014-01-01" && u.period.to === "2014-12-31")).toBe(true);
    expect(r.budget.every((b) => b.ar === 2014)).toBe(true);
    const info = issues.find((i) => i.code === "MATT_FRAN_KOLUMN")!;
    expect(info.severity).toBe("info");
    expect(info.cell).toBe("B2");
    expect(info.message).toMatch(/kolumnen Avser/);
    // The insats' source is the user's name cell, not a cell of the pivoted copy.
    expect(r.utfall.find((u) => u.post === "Lotsen")?.source.cell).toBe("A7");
  });

  it("with a period column and Prognos: budget, prognos and utfall of the year", () => {
    const { r, issues } = read([
      ["Insats", "Mått", "År", "Belopp tkr"],
      ...S2014.flatMap(([n, b, u]) => [
        [n, "Budget", 2014, b],
        [n, "Utfall", 2014, u],
        [n, "Prognos", 2014, u + 10],
      ]),
    ]);
    expect(issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(r.budget.find((b) => b.post === "Lotsen")).toMatchObject({ ar: 2014, budget: 980_000, prognos: 1_021_000 });
    expect(byPost(r.utfall, "utfall")).toEqual({ Jobbstöd: 1_512_000, Framsteget: 2_057_000, Lotsen: 1_011_000 });
  });

  it("two Budget rows for one insats and period: MATT_DUBBLETT with both cells, neither used, never added", () => {
    const rows = twoRowsPerInsats(true);
    rows.push(["Lotsen", "Budget", 1200]);
    const { r, issues } = read(rows);
    const fel = issues.filter((i) => i.code === "MATT_DUBBLETT");
    expect(fel).toHaveLength(1);
    expect(fel[0].severity).toBe("fel");
    expect(fel[0].cell).toBe("C7");
    expect(fel[0].message).toMatch(/Lotsen har två rader Budget 2014: C7 \(980\) och C9 \(1200\)/);
    expect(r.budget.find((b) => b.post === "Lotsen")).toBeUndefined();
    expect(byPost(r.budget, "budget")).toEqual({ Jobbstöd: 1_640_000, Framsteget: 2_200_000 });
  });

  it("two Utfall rows for one insats: the kvot is left empty with the reason (unreadable utfall), not added", () => {
    const rows = twoRowsPerInsats(true);
    rows.push(["Jobbstöd", "Utfall", 100]);
    const { r, issues } = read(rows);
    expect(issues.filter((i) => i.code === "MATT_DUBBLETT").map((i) => i.cell)).toEqual(["C4"]);
    expect(r.utfall.find((u) => u.post === "Jobbstöd")).toBeUndefined();
    expect(r.olasbartUtfall).toEqual([{ post: "Jobbstöd", source: { sheet: "Projekt", cell: "C4" } }]);
  });

  it("rows of one insats on different konton are parts of it and are added", () => {
    const { r, issues } = read([
      ["Projekt", "Konto", "Period", "Mått", "Belopp"],
      ["Jobbstöd", null, 2024, "Budget", 1_000_000],
      ["Jobbstöd", 5010, 202401, "Utfall", 60_000],
      ["Jobbstöd", 5610, 202401, "Utfall", 20_000],
      ["Lotsen", null, 2024, "Budget", 500_000],
      ["Lotsen", 5010, 202401, "Utfall", 30_000],
    ]);
    expect(issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(r.utfall.find((u) => u.post === "Jobbstöd")).toMatchObject({ utfall: 80_000, period: { from: "2024-01-01", to: "2024-01-31" } });
  });

  it("a wrong sum row is reported at the user's Summa cell", () => {
    const rows = twoRowsPerInsats(false);
    rows.push(["Summa", "Budget", 4820], [null, "Utfall", 4580]);
    const { r, issues } = read(rows);
    // Σ budget = 4 820 (right); Σ utfall = 4 580 (right) → no fel; then a wrong utfall sum.
    expect(issues.filter((i) => i.code === "SUMMA_STAMMER_INTE")).toEqual([]);
    expect(r.budget.some((b) => b.post === "Summa")).toBe(false);
    const wrong = twoRowsPerInsats(false);
    wrong.push(["Summa", "Budget", 4820], [null, "Utfall", 4590]);
    const bad = read(wrong).issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(bad.map((i) => i.cell)).toEqual(["C10"]);
    expect(bad[0].message).toMatch(/Summaraden säger 4\s590 tkr men raderna ovanför ger 4\s580 tkr/);
  });

  it("an unreadable amount is reported at the user's cell", () => {
    const rows = twoRowsPerInsats(true);
    rows[5] = ["Framsteget", "Utfall", "2 057 kr?"];
    const { issues } = read(rows);
    expect(issues.filter((i) => i.code === "OLASBART_TAL").map((i) => i.cell)).toEqual(["C6"]);
  });

  it("a row whose measure is not budget, utfall or prognos is a fel at that cell and is not read", () => {
    const s = sheet("Projekt", twoRowsPerInsats(true));
    const m = detectSheet(s);
    s.values[5][1] = "Avvikelse";
    const issues: Issue[] = [];
    const r = readMappedTable(s, m, issues);
    const fel = issues.filter((i) => i.severity === "fel");
    expect(fel.map((i) => [i.code, i.cell])).toEqual([["SAKNAT_VARDE", "B6"]]);
    expect(fel[0].message).toMatch(/"Avvikelse" är inget mått/);
    expect(r.utfall.find((u) => u.post === "Framsteget")).toBeUndefined();
  });

  it("a saved mapping that reads the measure column as something else: MATT_PER_RAD, nothing read", () => {
    const s = sheet("Projekt", twoRowsPerInsats(false));
    const m = detectSheet(s);
    const old: SheetMapping = {
      ...m,
      columns: m.columns.map((c) =>
        c.role === "matt" ? { ...c, role: "agare" } : c.role === "belopp" ? { ...c, measure: "utfall" as const } : c,
      ),
    };
    const issues: Issue[] = [];
    const r = readMappedTable(s, old, issues);
    expect(issues.filter((i) => i.code === "MATT_PER_RAD").map((i) => i.cell)).toEqual(["B2"]);
    expect(r.utfall).toEqual([]);
  });

  it("an owner column that happens to hold one measure-like word is not this layout", () => {
    const s = sheet("Projekt", [
      ["Projekt", "Budget 2014", "Utfall 2014", "Kommentar"],
      ["Jobbstöd", 1640, 1512, "Utfall prel."],
      ["Framsteget", 2200, 2057, null],
    ]);
    const issues: Issue[] = [];
    const m = detectSheet(s);
    readMappedTable(s, m, issues);
    expect(m.columns.some((c) => c.role === "matt")).toBe(false);
    expect(issues.filter((i) => i.code === "MATT_PER_RAD" || i.code === "MATT_FRAN_KOLUMN")).toEqual([]);
  });

  it("names that begin like a measure word (Budgetrådgivning, Utfallsanalys) are not measure cells", () => {
    const s = sheet("Projekt", [
      ["Projekt", "Budget 2014", "Utfall 2014"],
      ["Budgetrådgivning", 1640, 1512],
      ["Utfallsanalys", 2200, 2057],
      ["Budgetrådgivning", 100, 90],
    ]);
    expect(detectSheet(s).columns.some((c) => c.role === "matt")).toBe(false);
  });
});
