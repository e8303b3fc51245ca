import { cfFormula } from "../../src/excel/cf-formula";
import { createExcelHost } from "../../src/excel";
import { kvotPlan, userWorkbook } from "./fixtures";

describe("conditional-format thresholds as locale-free formulas (issue 16, finding 2)", () => {
  it.each([
    ["0.8", "=4/5"],
    ["1", "=1"],
    ["1.25", "=5/4"],
    ["-0.05", "=-1/20"],
    ["0,9", "=9/10"],
    ["0", "=0"],
    ["=B2", "=B2"],
    ["$B$2", "=$B$2"],
  ])("%s → %s", (input, formula) => expect(cfFormula(input)).toBe(formula));

  it("the kvot report's hög/låg rules reach Excel as =1 and =4/5", async () => {
    const sim = userWorkbook();
    await createExcelHost(sim).apply([kvotPlan()]);
    const rules = sim.sheet("Förbrukningskvot 2024-06-30")!.conditionalFormats.map((c) => c.rule);
    expect(rules).toEqual([
      { formula1: "=1", operator: "GreaterThan" },
      { formula1: "=4/5", operator: "LessThan" },
    ]);
  });
});
