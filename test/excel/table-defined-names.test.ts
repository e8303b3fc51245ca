/**
 * Issue 16 finding 9: Excel refuses a table name equal to a defined name of the workbook (names share one
 * namespace). The simulator refuses it too; the host picks another name.
 */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { kvotPlan } from "./fixtures";

describe("table names against the workbook's defined names", () => {
  it("the simulator refuses a table named like a defined name (any case) and lists the names", async () => {
    const sim = ExcelSim.fromSheets(
      [
        {
          name: "Blad1",
          values: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
      { names: [{ name: "Forbrukningskvot", formula: "=Blad1!$A$1" }] },
    );
    const names = await sim.run(async (ctx) => {
      const n = ctx.workbook.names.load("items/name");
      await ctx.sync();
      return n.items.map((i) => i.name);
    });
    expect(names).toEqual(["Forbrukningskvot"]);
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Blad1").tables.add(ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2"), true).name =
          "FÖRBRUKNINGSKVOT".replace("Ö", "O");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("the host gives the report's table another name when a defined name has it", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Budget", values: [["Post"]] }], {
      names: [{ name: "Forbrukningskvot", formula: "=Budget!$A$1" }],
    });
    const report = await createExcelHost(sim).apply([kvotPlan()]);
    expect(report.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30"]);
    const table = sim.sheet("Förbrukningskvot 2024-06-30")!.tables.map((t) => t.name);
    expect(table).toHaveLength(1);
    expect(table[0].toLowerCase()).not.toBe("forbrukningskvot");
    expect(table[0]).toMatch(/^Forbrukningskvot/);
  });
});
