import * as ExcelJS from "exceljs";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { writePlansToXlsx } from "../../src/xlsx/write-plans-to-xlsx";

describe("writePlansToXlsx", () => {
  it("returns new bytes with the plan sheets added and leaves the input bytes unchanged", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Utfall").getCell("A1").value = "Post";
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const copy = input.slice();
    const { bytes, report } = await writePlansToXlsx(input, [
      { kind: "valideringsrapport", key: "", name: "Valideringsrapport", rows: [["Inga fel"]] },
    ]);
    expect(report.written.map((w) => w.name)).toEqual(["Valideringsrapport"]);
    expect(input).toEqual(copy);
    const sheets = await readWorkbookXlsx(bytes, { includeOwnOutput: true });
    expect(sheets.map((s) => s.name)).toEqual(["Utfall", "Valideringsrapport", "FinsamRegister"]);
  });
});
