import type { RawSheet } from "../../../src/domain/model";
import {
  applySizeLimits,
  checkSheetExtent,
  MAX_BELOPP,
  MAX_CELLER,
  MAX_RADER,
  rimligtBelopp,
  sheetExtent,
  STORLEK_OVER_GRANS,
} from "../../../src/domain/issues/limits";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";

const sheet = (name: string, rows: number, cols = 1, firstRow = 0): RawSheet => ({
  name,
  origin: { row: firstRow, col: 0 },
  values: Array.from({ length: rows }, () => new Array(cols).fill(1)),
});

describe("input size limits", () => {
  it("lets a sheet of exactly 200 000 rows and 5 000 000 cells through", () => {
    expect(checkSheetExtent({ name: "Deltagare", rows: MAX_RADER, columns: 25 })).toBeNull();
    expect(checkSheetExtent({ name: "Bred", rows: 1000, columns: MAX_CELLER / 1000 })).toBeNull();
  });

  it("stops 200 001 rows with a Swedish message saying the size, the limit, where the range ends and what to do", () => {
    const i = checkSheetExtent({ name: "Deltagare", rows: MAX_RADER + 1, columns: 3, firstRow: 2 });
    expect(i).toMatchObject({ severity: "fel", code: STORLEK_OVER_GRANS, sheet: "Deltagare", cell: "" });
    expect(i!.message).toContain("200\u00a0001 rader (till rad 200\u00a0003); gränsen är 200\u00a0000 rader per blad");
    expect(i!.message).toMatch(/Ta bort.*dela upp bladet/);
  });

  it("stops more than 5 000 000 cells (a used range 1 048 576 rows high is both)", () => {
    expect(checkSheetExtent({ name: "Bred", rows: 100_000, columns: 51 })!.message).toContain(
      "5\u00a0100\u00a0000 celler (100\u00a0000 rader × 51 kolumner)",
    );
    expect(checkSheetExtent({ name: "Stray", rows: 1_048_576, columns: 1 })!.message).toContain("1\u00a0048\u00a0576 rader");
  });

  it("measures a sheet read already by its rows and its widest row", () => {
    expect(sheetExtent({ name: "X", origin: { row: 4, col: 2 }, values: [[1], [1, 2, 3], []] })).toEqual({
      name: "X",
      rows: 3,
      columns: 3,
      firstRow: 4,
    });
  });

  it("applySizeLimits keeps the sheets within the limits and reports the others", () => {
    const out = applySizeLimits([sheet("Insatser", 10, 5), sheet("Logg", MAX_RADER + 1)]);
    expect(out.sheets.map((s) => s.name)).toEqual(["Insatser"]);
    expect(out.issues.map((i) => [i.code, i.sheet])).toEqual([[STORLEK_OVER_GRANS, "Logg"]]);
  });

  it("runPipeline leaves an oversized sheet out with the issue, and still runs on the rest", () => {
    const r = runPipeline([sheet("Logg", MAX_RADER + 1)], { fran: "2024-01-01", till: "2024-06-30", idag: "2024-11-24" });
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining([STORLEK_OVER_GRANS, "SAKNAT_BLAD"]));
    expect(r.plans.map((p) => p.kind)).toEqual(["valideringsrapport"]);
  });

  it("an amount is summable below 10^15 kr, not at or above it, and never when not finite", () => {
    expect(rimligtBelopp(23_322_000)).toBe(true);
    expect(rimligtBelopp(-(MAX_BELOPP - 1))).toBe(true);
    expect(rimligtBelopp(MAX_BELOPP)).toBe(false);
    expect(rimligtBelopp(Number.NaN)).toBe(false);
    expect(rimligtBelopp(Infinity)).toBe(false);
  });
});
