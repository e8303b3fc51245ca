import { ExcelSim } from "../../src/excel-sim";
import { evaluate, parseFormula, type Scalar } from "../../src/excel-sim/formula";

const cells: Record<string, Scalar> = { A1: 955, B1: 1326, C1: 0, D1: "text", E1: null };
const env = {
  cell: (_sheet: string | undefined, r: number, c: number): Scalar => cells[`${"ABCDE"[c]}${r + 1}`] ?? null,
};
const calc = (f: string): unknown => {
  const v = evaluate(parseFormula(f), env);
  return v && typeof v === "object" ? v.code : v;
};

describe("formula engine", () => {
  it.each([
    ["=A1/B1", 955 / 1326],
    ["=SUM(A1:B1)", 2281],
    ["=SUM(A1:E1, 10)", 2291],
    ['=IF(C1=0,"",A1/C1)', ""],
    ['=IF(B1=0,"",A1/B1)', 955 / 1326],
    ["=A1/C1", "#DIV/0!"],
    ["=D1+1", "#VALUE!"],
    ["=-2^2", 4],
    ["=(1+2)*3-4/2", 7],
    ["=50%", 0.5],
    ['="a"&"b"&A1', "ab955"],
    ["=E1+1", 1],
    ["=E1=0", true],
    ["=ROUND(2.345,2)", 2.35],
    ["=MAX(A1:B1)-MIN(A1:B1)", 371],
    ["=AVERAGE(A1:B1)", 1140.5],
    ["=IFERROR(A1/C1,0)", 0],
    ["=ABS(-3)", 3],
    ["=#REF!+1", "#REF!"],
  ])("%s → %p", (formula, expected) => {
    const v = calc(formula);
    if (typeof expected === "number") expect(v).toBeCloseTo(expected, 12);
    else expect(v).toBe(expected);
  });

  it("rejects functions and syntax outside the subset", () => {
    expect(() => parseFormula("=VLOOKUP(A1,B1:C3,2,FALSE)")).not.toThrow();
    expect(() => evaluate(parseFormula("=VLOOKUP(A1,B1:C3,2,FALSE)"), env)).toThrow();
    expect(() => parseFormula("=A1 +* 2")).toThrow();
  });
});

describe("recalculation in the simulator", () => {
  it("computes formula values, follows changes and cross-sheet references, leaves unsupported ones null", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Utfall", values: [["Utfall", 955000]] },
      { name: "Kvot", formulas: [["=Utfall!B1/2", "=SUM(A1:A1)*2", "=TODAY()", "='Saknat blad'!A1"]] },
    ]);
    expect(sim.sheet("Kvot")?.values[0]).toEqual([477500, 955000, null, "#REF!"]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Utfall").getRange("B1").values = [[1000]];
      await ctx.sync();
    });
    expect(sim.sheet("Kvot")?.values[0].slice(0, 2)).toEqual([500, 1000]);
  });

  it("waits in Manual calculation mode until calculate()", async () => {
    const sim = ExcelSim.fromSheets([{ name: "A", values: [[1]], formulas: [[null, "=A1*10"]] }]);
    await sim.run(async (ctx) => {
      ctx.application.calculationMode = "Manual";
      ctx.workbook.worksheets.getItem("A").getRange("A1").values = [[2]];
      await ctx.sync();
      expect(sim.sheet("A")?.values[0][1]).toBe(10);
      ctx.application.calculate();
      await ctx.sync();
    });
    expect(sim.sheet("A")?.values[0][1]).toBe(20);
  });

  it("gives 0 for circular references instead of hanging", () => {
    const sim = ExcelSim.fromSheets([{ name: "A", formulas: [["=B1+1", "=A1+1"]] }]);
    const [a, b] = sim.sheet("A")!.values[0];
    expect(typeof a).toBe("number");
    expect(typeof b).toBe("number");
  });
});
