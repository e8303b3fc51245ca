/**
 * Issue 16 finding 7: a workbook saved in the 1904 date system (old Mac workbooks) stores every date
 * 1 462 days lower. The add-in asks Excel without writing — `workbook.functions.date(1904,1,1)` is 0
 * in the 1904 system and 1462 in the 1900 system (ExcelApi 1.2) — and moves the serials under a date
 * format back to the 1900 system before the domain sees them.
 */
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";

const DATUM = [45292, 45473, 45657]; // 2024-01-01, 2024-06-30, 2024-12-31 in the 1900 system

function workbook(date1904: boolean): ExcelSim {
  const shift = date1904 ? 1462 : 0;
  return ExcelSim.fromSheets(
    [
      {
        name: "Rekvisitioner",
        values: [["Datum", "Belopp", "Period till"], ...DATUM.map((d) => [d - shift, 1462, d - shift])],
        numberFormats: [[], ...DATUM.map(() => ["yyyy-mm-dd", "#,##0", "d mmm yyyy"])],
      },
    ],
    { date1904 },
  );
}

describe("the 1904 date system", () => {
  it("is told by workbook.functions.date(1904,1,1) in the simulator: 0 in 1904, 1462 in 1900", async () => {
    for (const [flag, want] of [
      [true, 0],
      [false, 1462],
    ] as const) {
      const sim = workbook(flag);
      const got = await sim.run(async (ctx) => {
        const r = ctx.workbook.functions.date(1904, 1, 1).load("value");
        await ctx.sync();
        return r.value;
      });
      expect(got).toBe(want);
    }
  });

  it("reads a 1904 workbook with the same dates as the 1900 one, and amounts unchanged, in the same syncs", async () => {
    const h1900 = createExcelHost(workbook(false));
    const h1904 = createExcelHost(workbook(true));
    const a = await h1900.readSheets();
    const b = await h1904.readSheets();
    expect(b).toEqual(a);
    expect(b[0].values[1]).toEqual([45292, 1462, 45292]);
    expect(h1904.lastSyncs).toBe(h1900.lastSyncs);
  });
});

describe("writing into a 1904 workbook", () => {
  it("stores the plan's dates 1 462 days lower, so Excel shows the same day; amounts and formulas unchanged", async () => {
    const plan = {
      kind: "rekvisitionskontroll",
      key: "2024-06-30",
      name: "Rekvisitionskontroll",
      rows: [
        ["Inkom", "Belopp", "Summa"],
        [45473, 1462, { formula: "=B2", value: 1462 }],
      ],
      styles: [
        { range: "A2", numberFormat: "yyyy-mm-dd" },
        { range: "B2:C2", numberFormat: "#,##0" },
      ],
    };
    const s1900 = workbook(false);
    const s1904 = workbook(true);
    await createExcelHost(s1900).apply([plan]);
    await createExcelHost(s1904).apply([plan]);
    expect(s1900.sheet("Rekvisitionskontroll")!.values[1].slice(0, 3)).toEqual([45473, 1462, 1462]);
    expect(s1904.sheet("Rekvisitionskontroll")!.values[1].slice(0, 3)).toEqual([45473 - 1462, 1462, 1462]);
  });
});
