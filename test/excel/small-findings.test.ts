/** Issue 16, finding 9: the smaller differences between the simulator and Excel. */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { kvotPlan, userWorkbook } from "./fixtures";

describe("smaller Excel rules", () => {
  it("cuts a data-validation error text at 225 characters (Excel refuses longer)", async () => {
    const sim = userWorkbook();
    const long = "Välj Ja eller Nej. ".repeat(20);
    await createExcelHost(sim).apply([kvotPlan({ dataValidations: [{ range: "E6:E8", list: ["Ja", "Nej"], errorMessage: long }] })]);
    const dv = sim.sheet("Förbrukningskvot 2024-06-30")!.dataValidations[0] as { errorAlert?: { message: string; title: string } };
    expect(dv.errorAlert?.message).toHaveLength(225);
    expect(dv.errorAlert?.title.length).toBeLessThanOrEqual(32);
  });

  it("writes text with a leading +, - or @ as text (Excel would make it a formula)", async () => {
    const sim = userWorkbook();
    await createExcelHost(sim).apply([
      kvotPlan({
        rows: [["-avdrag"], ["+46 70 123"], ["@kansliet"], ["- 5 %"]],
        tables: [],
        charts: [],
        conditionalFormats: [],
        dataValidations: [],
      }),
    ]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    expect(s.values.slice(0, 4).map((r) => r[0])).toEqual(["-avdrag", "+46 70 123", "@kansliet", "- 5 %"]);
    expect(s.formulas.slice(0, 4).map((r) => r[0])).toEqual([null, null, null, null]);
  });

  it("the simulator turns typed -text into a formula, like Excel", async () => {
    const sim = ExcelSim.fromSheets([{ name: "A" }]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:A2").values = [["-abc"], ["-5"]];
      await ctx.sync();
    });
    expect(sim.sheet("A")!.formulas.map((r) => r[0])).toEqual(["=-abc", null]);
    expect(sim.sheet("A")!.values[1][0]).toBe(-5);
  });
});
