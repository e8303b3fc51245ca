import { ExcelSim } from "../../src/excel-sim";

describe("ExcelSim", () => {
  it("builds a workbook from RawSheet-like data, with origin, formulas and number formats", () => {
    const sim = ExcelSim.fromSheets([
      {
        name: "Budget",
        origin: { row: 1, col: 1 },
        values: [
          ["Post", "Belopp"],
          ["Jobbcentrum", 2652000],
          ["Summa", null],
        ],
        formulas: [
          [null, null],
          [null, null],
          [null, "=SUM(C3:C3)"],
        ],
        numberFormats: [
          [null, null],
          [null, "#,##0"],
          [null, "#,##0"],
        ],
      },
    ]);
    const s = sim.sheet("budget")!;
    expect(s.values).toEqual([
      ["", "", ""],
      ["", "Post", "Belopp"],
      ["", "Jobbcentrum", 2652000],
      ["", "Summa", 2652000],
    ]);
    expect(s.formulas[3][2]).toBe("=SUM(C3:C3)");
    expect(s.numberFormats[2][2]).toBe("#,##0");
  });

  it("starts with one sheet Blad1 when given none", () => {
    expect(new ExcelSim().sheetNames()).toEqual(["Blad1"]);
  });

  it("tells listeners after each sync that changed the workbook", async () => {
    const sim = new ExcelSim();
    const seen: string[][] = [];
    const stop = sim.onChange((s) => seen.push(s.sheetNames()));
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      ctx.workbook.worksheets.add("Ny");
      await ctx.sync();
    });
    stop();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("Tyst");
      await ctx.sync();
    });
    expect(seen).toEqual([["Blad1", "Ny"]]);
  });

  it("snapshots every sheet as plain data", async () => {
    const sim = ExcelSim.fromSheets([{ name: "A", values: [["x"]] }], { settings: { nyckel: "värde" } });
    const snap = sim.snapshot();
    expect(snap).toMatchObject({ activeSheet: "A", selection: null, settings: { nyckel: "värde" }, calculationMode: "Automatic" });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0]).toMatchObject({ name: "A", position: 0, visibility: "Visible", values: [["x"]], freeze: null });
  });
});
