/**
 * Issue 16, finding 1: in Excel a reference follows the worksheet object — renaming the old report and deleting
 * it after the new one takes its name leaves a user's `='Förbrukningskvot 2024-06-30'!D9` as `#REF!` for good.
 * The simulator rewrites references on rename and delete like Excel (src/excel-sim/sheet-refs.ts), so this
 * test fails on a host that replaces report sheets by new ones, and passes when it rewrites them in place.
 */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import type { SheetPlan } from "../../src/domain/model";
import { kvotPlan, userWorkbook, validationPlan } from "./fixtures";

const SUMMARY = "Sammanställning";

/** A third report: the budget overview with one total. */
function budgetPlan(total: number): SheetPlan {
  return {
    kind: "driftsredovisning",
    key: "2024",
    name: "Driftsredovisning 2024",
    rows: [
      ["Driftsredovisning 2024"],
      [],
      ["Post", "Belopp"],
      ["Insatser", total - 100],
      ["Administration", 100],
      ["Summa", { formula: "=SUM(B4:B5)", value: total }],
    ],
    tables: [{ name: "Driftsredovisning", range: "A3:B6" }],
    charts: [{ type: "ColumnClustered", dataRange: "A3:B5", seriesBy: "Columns", title: "Drift", anchor: "D3" }],
  };
}

/** The kvot report with `total` as its summed utfall (B9). */
const kvot = (utfall: number): SheetPlan => {
  const plan = kvotPlan();
  const rows = plan.rows.map((r) => [...r]);
  rows[5] = ["Jobbcentrum", utfall - 1804000 - 199000, 1326000, { formula: '=IF(C6=0,"",B6/C6)', value: 0 }];
  return { ...plan, rows };
};

const validation = (text: string): SheetPlan =>
  validationPlan({ rows: [["Valideringsrapport"], [], ["Allvar", "Blad", "Cell", "Meddelande"], ["fel", "Utfall", "D4", text]] });

const userFormulas = [
  ["Kvot utfall", "='Förbrukningskvot 2024-06-30'!B9"],
  ["Första felet", "=Valideringsrapport!D4"],
  ["Drift summa", "='Driftsredovisning 2024'!B6"],
];

async function addSummary(sim: ExcelSim): Promise<void> {
  await sim.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add(SUMMARY);
    ws.getRange("A1:B3").formulas = userFormulas;
    await ctx.sync();
  });
}

describe("re-running reports in place keeps the user's formulas that point at them", () => {
  it("three reports re-run twice: the summary's formulas are unchanged and show the new figures", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvot(2958000), validation("Första körningen"), budgetPlan(1000)]);
    await addSummary(sim);
    const ids = ["Förbrukningskvot 2024-06-30", "Valideringsrapport", "Driftsredovisning 2024"].map((n) => sim.sheet(n)!.id);
    expect(sim.sheet(SUMMARY)!.values.map((r) => r[1])).toEqual([2958000, "Första körningen", 1000]);

    await host.apply([kvot(3100000), validation("Andra körningen"), budgetPlan(2000)]);
    await host.apply([kvot(3300000), validation("Tredje körningen"), budgetPlan(3000)]);

    const summary = sim.sheet(SUMMARY)!;
    expect(summary.formulas.map((r) => r[1])).toEqual(userFormulas.map((r) => r[1]));
    expect(summary.values.map((r) => r[1])).toEqual([3300000, "Tredje körningen", 3000]);
    // the same worksheet objects, still in their places, with one table and one chart each
    expect(["Förbrukningskvot 2024-06-30", "Valideringsrapport", "Driftsredovisning 2024"].map((n) => sim.sheet(n)!.id)).toEqual(ids);
    expect(sim.sheet("Driftsredovisning 2024")!.tables.map((t) => t.name)).toEqual(["Driftsredovisning"]);
    expect(sim.sheet("Driftsredovisning 2024")!.charts).toHaveLength(1);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")!.conditionalFormats).toHaveLength(2);
    expect(sim.sheetNames().some((n) => n.startsWith("~finsam-"))).toBe(false);
  });

  it("a shorter re-run leaves nothing of the old content behind", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    await host.apply([
      kvotPlan({ rows: [["Kort"]], tables: [], charts: [], conditionalFormats: [], dataValidations: [], freeze: undefined, styles: [] }),
    ]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    // the plan's one cell and Finsam's marker beside it (src/domain/plan/output-marker.ts)
    expect(s.values).toEqual([["Kort", "Finsam-rapport: forbrukningskvot | 2024-06-30"]]);
    expect(s.tables).toEqual([]);
    expect(s.charts).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect(s.dataValidations).toEqual([]);
    expect(s.freeze).toBeNull();
  });
});

describe("the simulator ties references to the sheet object, like Excel", () => {
  it("a rename rewrites references, a delete turns them into #REF! for good", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Rapport", values: [[5]] },
      { name: "Min", formulas: [["='Rapport'!A1*2", '="Rapport!A1"']] },
    ]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Rapport").name = "Gammal rapport";
      await ctx.sync();
    });
    expect(sim.sheet("Min")!.formulas[0]).toEqual(["='Gammal rapport'!A1*2", '="Rapport!A1"']);
    expect(sim.sheet("Min")!.values[0][0]).toBe(10);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("Rapport").getRange("A1").values = [[7]];
      ctx.workbook.worksheets.getItem("Gammal rapport").delete();
      await ctx.sync();
    });
    expect(sim.sheet("Min")!.formulas[0][0]).toBe("=#REF!A1*2");
    expect(sim.sheet("Min")!.values[0][0]).toBe("#REF!");
  });
});
