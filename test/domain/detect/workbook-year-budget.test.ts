import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../src/domain/model/raw";

/**
 * A Budget sheet that names no year anywhere ("Insats | Belopp" on a sheet "Budget") beside "Utfall 2021": before,
 * SAKNAD_KOLUMN asked for an År column and no kvot was given (unseen.ts u26). When the workbook's other sheets give
 * exactly one year, the budget is that year's — with BUDGETAR_FRAN_ARBETSBOKEN (varning) at the budget column, so
 * the user sees the assumption. With two years in the workbook it stays a fel.
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1640, 1512],
  ["Framsteget", 2200, 2057],
];

const sheet = (name: string, rows: CellValue[][]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values: rows });
const budget = () => sheet("Budget", [["Insats", "Belopp"], ...FIG.map(([n, b]) => [n, b])]);
const utfall = (name: string) => sheet(name, [["Insats", "Belopp"], ...FIG.map(([n, , u]) => [n, u])]);
const run = (sheets: RawSheet[]) => runPipeline(sheets, { fran: "2021-01-01", till: "2021-12-31", idag: "2022-02-15" });

it("takes the workbook's only year for the budget, with a varning at the budget column", () => {
  const r = run([budget(), utfall("Utfall 2021")]);
  const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
  expect(Object.fromEntries((k?.rader ?? []).map((x) => [x.insats, Math.round((x.kvot ?? 0) * 100)]))).toEqual({
    Jobbstöd: 92,
    Framsteget: 94,
  });
  const v = r.issues.find((i) => i.code === "BUDGETAR_FRAN_ARBETSBOKEN");
  expect([v?.severity, v?.sheet, v?.cell]).toEqual(["varning", "Budget", "B1"]);
  expect(v?.message).toMatch(/2021/);
});

it("with two years in the workbook the budget's year stays unknown (a fel)", () => {
  const r = run([budget(), sheet("Utfall", [["Insats", "Utfall 2020", "Utfall 2021"], ...FIG.map(([n, , u]) => [n, u, u])])]);
  expect(r.issues.some((i) => i.severity === "fel" && i.sheet === "Budget")).toBe(true);
  expect(r.issues.find((i) => i.code === "BUDGETAR_FRAN_ARBETSBOKEN")).toBeUndefined();
});
