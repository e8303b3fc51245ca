import { escapeText, gridAddress, gridBytes, planCellBlocks, splitRows, toExcelInput, utf8Bytes } from "../../src/excel/blocks";
import { kvotPlan } from "./fixtures";

describe("cell blocks", () => {
  it("writes a report as one formulas block, not one range per cell or row", () => {
    const blocks = planCellBlocks(kvotPlan().rows);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 0, col: 0, kind: "formulas" });
    expect(blocks[0].data).toHaveLength(9);
    expect(blocks[0].data.every((r) => r.length === 4)).toBe(true);
    expect(blocks[0].data[5][3]).toBe('=IF(C6=0,"",B6/C6)');
    expect(blocks[0].data[3]).toEqual(["", "", "", ""]);
  });

  it("uses values for blocks without formulas and splits at long runs of empty rows", () => {
    const rows = [["a", 1], ...Array.from({ length: 10 }, () => []), ["b", { formula: "=1+1", value: 2 }], ["c"]];
    const blocks = planCellBlocks(rows);
    expect(blocks.map((b) => [b.row, b.kind, b.data.length, gridAddress(b.row, b.col, b.data)])).toEqual([
      [0, "values", 1, "A1:B1"],
      [11, "formulas", 2, "A12:B13"],
    ]);
  });

  it("returns no writes for an empty plan", () => {
    expect(planCellBlocks([[], [null, ""]])).toEqual([]);
  });

  it("protects text Excel would reinterpret with an apostrophe", () => {
    expect(["=A1", "-5", "+46", "1 234", "2024-06-30", "72 %", "TRUE", "juni 2024", "'x"].map(escapeText)).toEqual([
      "'=A1",
      "'-5",
      "'+46",
      "'1 234",
      "'2024-06-30",
      "'72 %",
      "'TRUE",
      "'juni 2024",
      "''x",
    ]);
    expect(["Jobbcentrum", "2024-Q2", "Insats 7", "Summa"].map(escapeText)).toEqual(["Jobbcentrum", "2024-Q2", "Insats 7", "Summa"]);
    expect(toExcelInput({ formula: "SUM(A1:A2)", value: 3 })).toEqual({ input: "=SUM(A1:A2)", formula: true });
    expect(toExcelInput(Number.POSITIVE_INFINITY).input).toBe("");
  });

  it("splits large grids by rows within the byte budget", () => {
    const data = Array.from({ length: 1000 }, (_, i) => [`rad ${i}`, i]);
    const parts = splitRows(10, data, 5000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.data)).toEqual(data);
    expect(parts[1].row).toBe(10 + parts[0].data.length);
    for (const p of parts) expect(gridBytes(p.data)).toBeLessThanOrEqual(5000);
  });

  it("counts UTF-8 bytes", () => {
    expect(utf8Bytes("aå€😀")).toBe(1 + 2 + 3 + 4);
  });
});
