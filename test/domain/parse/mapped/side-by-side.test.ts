import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../../src/domain/model/raw";

/**
 * Two tables side by side on one sheet (budget in A–B, utfall in E–F, another order): Finsam reads one table per
 * sheet. Before: SAKNAD_KOLUMN, INGET_UNDERLAG and a DUBBLETT_KOLUMN calling "Insats" and "Belopp" of the right
 * table two utfall columns (unseen.ts u08) — no kvot, but no word of what the sheet is. Now TABELLER_BREDVID (fel)
 * names the sheet and both tables' first header cells and says what to do; nothing of the sheet is read.
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1640, 756],
  ["Framsteget", 2200, 1210],
  ["Lotsen", 980, 500],
];

function sheet(): RawSheet {
  const right = [...FIG].reverse();
  const rows: CellValue[][] = [
    ["Budget 2024 (tkr)", null, null, null, "Utfall januari–juni 2024 (tkr)", null],
    ["Insats", "Belopp", null, null, "Insats", "Belopp"],
    ...FIG.map(([n, b], k) => [n, b, null, null, right[k][0], right[k][2]]),
  ];
  return { name: "Budget och utfall", origin: { row: 0, col: 0 }, values: rows };
}

it("two tables side by side: a fel naming the sheet and both tables, no kvot", () => {
  const r = runPipeline([sheet()], { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" });
  const f = r.issues.find((i) => i.code === "TABELLER_BREDVID");
  expect(f?.severity).toBe("fel");
  expect(f?.sheet).toBe("Budget och utfall");
  expect(f?.cell).toBe("E2");
  expect(f?.message).toMatch(/A2.*E2/);
  const k = r.results.forbrukningskvot as { rader: unknown[] } | undefined;
  expect(k?.rader ?? []).toEqual([]);
});

it("one table with an empty separator column between its own columns is not two tables", () => {
  const rows: CellValue[][] = [
    ["Insats", null, "Budget 2024", null, "Utfall jan-jun 2024"],
    ...FIG.map(([n, b, u]) => [n, null, b, null, u]),
  ];
  const r = runPipeline([{ name: "Uppföljning", origin: { row: 0, col: 0 }, values: rows }], {
    fran: "2024-01-01",
    till: "2024-06-30",
    idag: "2024-08-15",
  });
  expect(r.issues.filter((i) => i.code === "TABELLER_BREDVID")).toEqual([]);
});
