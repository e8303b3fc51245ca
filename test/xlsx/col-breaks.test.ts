import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/domain/model";
import { withColumnBreaks } from "../../src/xlsx/col-breaks";
import { topLevelChildren } from "../../src/xlsx/charts/xml-scan";
import { writePlansToXlsx } from "../../src/xlsx/write-plans-to-xlsx";

/** A 20-column report with row and column page breaks and a chart (its <drawing> must come after colBreaks). */
function widePlan(columnBreaks: number[]): SheetPlan {
  const header = ["Insats", ...Array.from({ length: 19 }, (_, c) => `Kolumn ${c + 1}`)];
  const rows = [
    ["Bred rapport"],
    [],
    [],
    [],
    header,
    ...Array.from({ length: 40 }, (_, r) => [`Insats ${r}`, ...header.slice(1).map(() => r)]),
  ];
  return {
    kind: "bred",
    key: "",
    name: "Bred rapport",
    rows,
    columnWidths: Array.from({ length: 20 }, () => 60),
    charts: [{ type: "ColumnClustered", dataRange: "A5:B10", seriesBy: "Columns", title: "Diagram", anchor: "A48" }],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: false, scale: 80, rowBreaks: [30], columnBreaks },
  };
}

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target =
    new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1];
  return zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
}

describe("column page breaks in the .xlsx package", () => {
  it.each([[[7]], [[7, 14]], [[3, 9, 15]]])("writes <colBreaks> %j after rowBreaks and before drawing", async (breaks) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Utfall").getCell("A1").value = "Post";
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const { bytes } = await writePlansToXlsx(input, [widePlan(breaks)]);
    const xml = await sheetXml(bytes, "Bred rapport");
    const names = topLevelChildren(xml).map((c) => c.name);
    expect(names).toContain("colBreaks");
    expect(names.indexOf("colBreaks")).toBe(names.indexOf("rowBreaks") + 1);
    expect(names.indexOf("colBreaks")).toBeLessThan(names.indexOf("drawing"));
    const element = /<colBreaks[^>]*>.*<\/colBreaks>/.exec(xml)![0];
    expect(element).toContain(`count="${breaks.length}" manualBreakCount="${breaks.length}"`);
    expect([...element.matchAll(/<brk id="(\d+)" max="1048575" man="1"\/>/g)].map((m) => Number(m[1]))).toEqual(breaks);
    // The other sheet has none.
    expect(await sheetXml(bytes, "Utfall")).not.toContain("colBreaks");
  });

  it("puts colBreaks at the end of a sheet without later elements, and leaves a sheet that has them as it is", () => {
    const bare = '<worksheet xmlns="x"><sheetData/><pageSetup paperSize="9"/></worksheet>';
    expect(withColumnBreaks(bare, [4])).toBe(
      '<worksheet xmlns="x"><sheetData/><pageSetup paperSize="9"/><colBreaks count="1" manualBreakCount="1"><brk id="4" max="1048575" man="1"/></colBreaks></worksheet>',
    );
    const withTable = '<worksheet xmlns="x"><sheetData/><rowBreaks count="1"/><tableParts count="1"/></worksheet>';
    expect(withColumnBreaks(withTable, [2])).toMatch(/<rowBreaks count="1"\/><colBreaks [^>]*>.*<\/colBreaks><tableParts/);
    const done = withColumnBreaks(bare, [4]);
    expect(withColumnBreaks(done, [5])).toBe(done);
  });
});
