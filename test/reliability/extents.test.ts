import * as ExcelJS from "exceljs";
import { STORLEK_OVER_GRANS } from "../../src/domain/issues/limits";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import { readWorksheet } from "../../src/xlsx/read-workbook";
import { workbook } from "../fixtures/bad/build";
import { NOW } from "./setup";

/**
 * Issue 18 item 5 in the add-in (on the simulated Excel) and in the shared xlsx reader: a used range past the
 * limits is refused from its SIZE, before a single value is read — two cells at A1 and XFD1048576 and a
 * 1 048 576 × 16 range cost the sizing sync only, not 57 syncs of 4 MB. The sheet is a finding; the rest is read.
 */

const PERIOD = { fran: "2024-01-01", till: "2024-06-30" };

/** The clean workbook plus a sheet "Stor" with values in A1 and in `corner` (set through the Excel API). */
async function simWithCorner(corner: string): Promise<ExcelSim> {
  const sim = ExcelSim.fromSheets([...workbook(), { name: "Stor", values: [["Hörn"]] }].map((s) => ({ name: s.name, values: s.values })));
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Stor").getRange(corner).values = [[1]];
    await ctx.sync();
  });
  sim.runs.length = 0;
  return sim;
}

describe("extents are checked before reading, in the add-in", () => {
  it.each([
    ["A1 and XFD1048576 (16 384 × 1 048 576)", "XFD1048576", /1\u00a0048\u00a0576 rader/],
    ["A1 and P1048576 (16 × 1 048 576)", "P1048576", /1\u00a0048\u00a0576 rader/],
    ["A1 and XFD1000 (16 384 × 1 000, 16 million cells)", "XFD1000", /16\u00a0384\u00a0000 celler/],
  ])(
    "%s: one finding, the other sheets read, no value of the big sheet loaded",
    async (_name, corner, says) => {
      const sim = await simWithCorner(corner);
      const services = createServices(createExcelHost(sim), { now: NOW });
      const t = Date.now();
      const svar = await services.checkWorkbook(PERIOD);
      if (!svar.ok) throw new Error(svar.message);
      const storlek = svar.issues.filter((i) => i.code === STORLEK_OVER_GRANS);
      expect(storlek).toHaveLength(1);
      expect(storlek[0]).toMatchObject({ severity: "fel", sheet: "Stor", message: expect.stringMatching(says) });
      expect(svar.rapporter.map((r) => r.kind)).toContain("forbrukningskvot");
      const read = sim.runs[0];
      expect(read.responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
      expect(read.syncs).toBeLessThanOrEqual(2);
      expect(Date.now() - t).toBeLessThan(10_000);
    },
    30_000,
  );
});

describe("extents are checked before the dense grid is built, in the xlsx reader", () => {
  it("A1 and XFD1048576 read as a refused sheet (tooLarge), not a 17-billion-cell grid", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Stor");
    ws.getCell("A1").value = "Hörn";
    ws.getCell("XFD1048576").value = 1;
    const sheet = readWorksheet(ws);
    expect(sheet.values).toEqual([]);
    expect(sheet.tooLarge).toEqual({ rows: 1_048_576, columns: 16_384, firstRow: 0 });
  });
});
