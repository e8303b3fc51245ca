import * as ExcelJS from "exceljs";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A user sheet with every kind of cell the reader must convert, starting at B2. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Utfall");
  ws.getCell("B2").value = "Titel";
  ws.getCell("B3").value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell("B3").numFmt = "yyyy-mm-dd";
  ws.getCell("C3").value = { error: "#REF!" };
  ws.getCell("D3").value = { formula: "F3*2", result: 2469 };
  ws.getCell("E3").value = { richText: [{ text: "Fram", font: { bold: true } }, { text: "steget" }] };
  ws.getCell("F3").value = 1234.5;
  ws.getCell("F3").numFmt = '#,##0 "kr"';
  ws.getCell("G3").value = { text: "Länk", hyperlink: "https://example.org" };
  ws.getCell("H3").value = true;
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("E4").value = { formula: "F3-F3", result: 0 };
  ws.getCell("B5").value = "sammanslagen";
  ws.mergeCells("B5:C5");
  const hidden = wb.addWorksheet("Dold", { state: "hidden" });
  hidden.getCell("A1").value = 7;
  return wb;
}

describe("readWorkbookXlsx", () => {
  let sheets: Awaited<ReturnType<typeof readWorkbookXlsx>>;
  beforeAll(async () => {
    sheets = await readWorkbookXlsx(await bytes(userWorkbook()));
  });

  it("returns the used range with its origin (B2 → row 1, col 1) and a rectangular grid", () => {
    const s = sheets[0];
    expect(s.name).toBe("Utfall");
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toHaveLength(4);
    expect(s.values.every((r) => r.length === 7)).toBe(true);
  });

  it("turns dates into 1900-system serials (2024-06-30 → 45473)", () => {
    expect(sheets[0].values[1][0]).toBe(45473);
    expect(sheets[0].numberFormats?.[1][0]).toBe("yyyy-mm-dd");
  });

  it("turns error values into their text and formula cells into their cached result", () => {
    const row = sheets[0].values[1];
    expect(row[1]).toBe("#REF!");
    expect(row[2]).toBe(2469);
    expect(sheets[0].formulas?.[1][2]).toBe("=F3*2");
    expect(sheets[0].formulas?.[1][4]).toBeNull();
    expect(sheets[0].values[2][2]).toBe("#DIV/0!");
    expect(sheets[0].formulas?.[2][2]).toBe("=1/0");
    expect(sheets[0].values[2][3]).toBe(0);
  });

  it("gives rich text and hyperlinks as plain text, numbers with their format, booleans as booleans", () => {
    const row = sheets[0].values[1];
    expect(row[3]).toBe("Framsteget");
    expect(row[4]).toBe(1234.5);
    expect(sheets[0].numberFormats?.[1][4]).toBe('#,##0 "kr"');
    expect(sheets[0].numberFormats?.[1][3]).toBe("General");
    expect(row[5]).toBe("Länk");
    expect(row[6]).toBe(true);
  });

  it("gives a merged area its value only in the top-left cell, as Office.js does", () => {
    expect(sheets[0].values[3][0]).toBe("sammanslagen");
    expect(sheets[0].values[3][1]).toBe("");
  });

  it("includes hidden sheets", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Utfall", "Dold"]);
    expect(sheets[1].values).toEqual([[7]]);
  });

  it("returns an empty grid for an empty sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tom");
    const [tom] = await readWorkbookXlsx(await bytes(wb));
    expect(tom).toMatchObject({ name: "Tom", origin: { row: 0, col: 0 }, values: [] });
  });

  it("leaves out Finsam's own output and registry unless asked for them", async () => {
    const wb = userWorkbook();
    writePlansToWorkbook(wb, [{ kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30", rows: [["x"]] }]);
    const buf = await bytes(wb);
    expect((await readWorkbookXlsx(buf)).map((s) => s.name)).toEqual(["Utfall", "Dold"]);
    const all = (await readWorkbookXlsx(buf, { includeOwnOutput: true })).map((s) => s.name);
    expect(all).toEqual(["Utfall", "Dold", "Förbrukningskvot 2024-06-30", "FinsamRegister"]);
  });

  it("translates shared formulas for each cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 2 };
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 };
    const [s] = await readWorkbookXlsx(await bytes(wb));
    expect(s.formulas?.[1][1]).toBe("=A2*2");
    expect(s.values[1][1]).toBe(4);
  });

  it("gives 1900-system serials also for a workbook in the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("Blad1").getCell("A1").value = new Date(Date.UTC(2024, 5, 30));
    const [s] = await readWorkbookXlsx(await bytes(wb));
    expect(s.values[0][0]).toBe(45473);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const u8 = await bytes(userWorkbook());
    const ab = u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
    expect((await readWorkbookXlsx(ab))[0].values[1][2]).toBe(2469);
  });
});
