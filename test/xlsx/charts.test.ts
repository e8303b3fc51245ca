import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/domain/model";
import { sheetsToXlsx } from "../../src/xlsx/sim-sheets";
import { workbookToXlsx } from "../../src/xlsx/charts/workbook-bytes";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";
import { writePlansToXlsx } from "../../src/xlsx/write-plans-to-xlsx";

/**
 * Charts in the written .xlsx: DrawingML parts added to ExcelJS's package (xl/charts, xl/drawings, their rels,
 * <drawing> in the sheet in schema order, content types), with formulas to the report's cells and cached values.
 */

const SHEET = "Förbrukningskvot 2024-06-30";

function plan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    kind: "forbrukningskvot",
    key: "2024-06-30",
    name: SHEET,
    rows: [
      ["Förbrukningskvot"],
      [""],
      ["Insats", "Utfall", "Periodbudget"],
      ["Jobbcentrum", 955000, 1326000],
      ["Framsteget 2.0", 1804000, 1940000],
      ["Tom & budget", { formula: "=B4+B5", value: 2759000 }, null],
      [""],
      ["", "2024", "2025", "2026"],
      ["Kvar", 1200, -300, 450.5],
    ],
    styles: [{ range: "B4:C6", numberFormat: "#,##0" }],
    tables: [{ name: "Kvot", range: "A3:C6" }],
    charts: [
      {
        type: "ColumnClustered",
        dataRange: "A3:C6",
        seriesBy: "Columns",
        title: "Utfall & budget per insats",
        anchor: "E3",
        width: 480,
        height: 280,
      },
      { type: "Line", dataRange: "A8:D9", seriesBy: "Rows", title: "Kvar per år", anchor: "E24", width: 360, height: 200 },
    ],
    columnWidths: [150, 80, 80, 80],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true, footer: { right: "Sida &P av &N" } },
    ...overrides,
  };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  return out;
}

/** The package path of a sheet by its name (workbook.xml → workbook rels). */
function sheetPath(p: Map<string, string>, name: string): string {
  const wb = p.get("xl/workbook.xml")!;
  const esc = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="(rId\\d+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(p.get("xl/_rels/workbook.xml.rels")!)![1];
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

const relsOf = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");

/** Top-level child elements of <worksheet>, in order. */
function worksheetChildren(xml: string): string[] {
  const body = xml.replace(/^[\s\S]*?<worksheet[^>]*>/, "").replace(/<\/worksheet>\s*$/, "");
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

async function planBytes(p: SheetPlan = plan()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Utfall").getCell("A1").value = "Post";
  writePlansToWorkbook(wb, [p]);
  return workbookToXlsx(wb);
}

describe("charts in the written .xlsx", () => {
  it("writes one chart part per plan chart, one drawing for the sheet, the rels and the content types", async () => {
    const p = await parts(await planBytes());
    const sheet = sheetPath(p, SHEET);
    expect([...p.keys()].filter((k) => k.startsWith("xl/charts/")).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect([...p.keys()].filter((k) => k.startsWith("xl/drawings/")).sort()).toEqual([
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const sheetRels = p.get(relsOf(sheet))!;
    const drawingRid = /Id="(rId\d+)"[^>]*relationships\/drawing"[^>]*Target="..\/drawings\/drawing1.xml"/.exec(sheetRels)?.[1];
    expect(drawingRid).toBeDefined();
    // The table's relationship is kept next to the drawing's.
    expect(sheetRels).toMatch(/relationships\/table"/);
    expect(p.get(sheet)).toContain(`<drawing r:id="${drawingRid}"/>`);
    const drawingRels = p.get("xl/drawings/_rels/drawing1.xml.rels")!;
    expect(drawingRels).toMatch(/relationships\/chart" Target="..\/charts\/chart1.xml"/);
    expect(drawingRels).toMatch(/relationships\/chart" Target="..\/charts\/chart2.xml"/);
    const types = p.get("[Content_Types].xml")!;
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it("puts <drawing> where CT_Worksheet wants it: after pageSetup/headerFooter, before tableParts", async () => {
    const p = await parts(await planBytes());
    const children = worksheetChildren(p.get(sheetPath(p, SHEET))!);
    const at = (n: string) => children.indexOf(n);
    expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
    expect(at("drawing")).toBeGreaterThan(at("headerFooter"));
    expect(at("drawing")).toBeLessThan(at("tableParts"));
    expect(children.filter((c) => c === "drawing")).toHaveLength(1);
  });

  it("anchors each chart at its plan cell with a two-cell anchor as large as the plan's size", async () => {
    const p = await parts(await planBytes());
    const drawing = p.get("xl/drawings/drawing1.xml")!;
    const anchors = [...drawing.matchAll(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g)].map((m) => m[0]);
    expect(anchors).toHaveLength(2);
    const pos = (a: string, end: "from" | "to") => {
      const m = new RegExp(
        `<xdr:${end}><xdr:col>(\\d+)</xdr:col><xdr:colOff>(\\d+)</xdr:colOff><xdr:row>(\\d+)</xdr:row><xdr:rowOff>(\\d+)</xdr:rowOff>`,
      ).exec(a)!;
      return { col: +m[1], colOff: +m[2], row: +m[3], rowOff: +m[4] };
    };
    // E3 → column 4, row 2 (0-based); 480 pt wide over default columns (48 pt) = 10 columns; 280 pt high over 15 pt rows.
    expect(pos(anchors[0], "from")).toEqual({ col: 4, colOff: 0, row: 2, rowOff: 0 });
    expect(pos(anchors[0], "to")).toEqual({ col: 14, colOff: 0, row: 20, rowOff: 10 * 12700 });
    expect(pos(anchors[1], "from")).toEqual({ col: 4, colOff: 0, row: 23, rowOff: 0 });
    expect(anchors[0]).toMatch(/<c:chart [^>]*r:id="rId1"\/>/);
    expect(anchors[0]).toContain('descr="Utfall &amp; budget per insats"');
  });

  it("writes the series by columns with formulas to the report's cells and cached values", async () => {
    const p = await parts(await planBytes());
    const chart = p.get("xl/charts/chart1.xml")!;
    const q = `'${SHEET}'`;
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain('<c:grouping val="clustered"/>');
    expect(chart).toContain("<a:t>Utfall &amp; budget per insats</a:t>");
    const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain(`<c:f>${q}!$B$3</c:f>`);
    expect(series[0]).toContain(`<c:f>${q}!$A$4:$A$6</c:f>`);
    expect(series[0]).toContain(`<c:f>${q}!$B$4:$B$6</c:f>`);
    expect(series[0]).toMatch(/<c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>Utfall<\/c:v><\/c:pt><\/c:strCache>/);
    expect(series[0]).toContain('<c:pt idx="2"><c:v>Tom &amp; budget</c:v></c:pt>');
    // The formula cell's computed value is cached.
    expect(series[0]).toContain('<c:pt idx="2"><c:v>2759000</c:v></c:pt>');
    expect(series[0]).toContain("<c:formatCode>#,##0</c:formatCode>");
    // An empty cell is left out of the cache (a gap), never a zero.
    expect(series[1]).toContain(`<c:f>${q}!$C$4:$C$6</c:f>`);
    expect(series[1]).toMatch(
      /<c:numCache><c:formatCode>[^<]*<\/c:formatCode><c:ptCount val="3"\/><c:pt idx="0"><c:v>1326000<\/c:v><\/c:pt><c:pt idx="1"><c:v>1940000<\/c:v><\/c:pt><\/c:numCache>/,
    );
  });

  it("writes the series by rows for a line chart: categories from the header row", async () => {
    const p = await parts(await planBytes());
    const chart = p.get("xl/charts/chart2.xml")!;
    expect(chart).toContain("<c:lineChart>");
    const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series).toHaveLength(1);
    expect(series[0]).toContain(`<c:f>'${SHEET}'!$A$9</c:f>`);
    expect(series[0]).toContain(`<c:f>'${SHEET}'!$B$8:$D$8</c:f>`);
    expect(series[0]).toContain(`<c:f>'${SHEET}'!$B$9:$D$9</c:f>`);
    expect(series[0]).toContain('<c:pt idx="1"><c:v>-300</c:v></c:pt>');
    expect(series[0]).toContain('<c:pt idx="2"><c:v>450.5</c:v></c:pt>');
  });

  it("writes bar, stacked and pie charts with the elements of their schema", async () => {
    const charts: SheetPlan["charts"] = [
      { type: "BarClustered", dataRange: "A3:C5", seriesBy: "Columns", title: "Liggande", anchor: "E3" },
      { type: "ColumnStacked", dataRange: "A3:C5", seriesBy: "Columns", title: "Staplad", anchor: "E20" },
      { type: "Pie", dataRange: "A3:B5", seriesBy: "Columns", title: "Paj", anchor: "E40" },
    ];
    const p = await parts(await planBytes(plan({ charts })));
    const bar = p.get("xl/charts/chart1.xml")!;
    expect(bar).toContain('<c:barDir val="bar"/>');
    // Categories top to bottom as in the table, the value axis at the foot.
    expect(bar).toMatch(/<c:catAx>[\s\S]*<c:orientation val="maxMin"\/>[\s\S]*<\/c:catAx>/);
    expect(bar).toMatch(/<c:valAx>[\s\S]*<c:crosses val="max"\/>[\s\S]*<\/c:valAx>/);
    expect(p.get("xl/charts/chart2.xml")).toMatch(/<c:grouping val="stacked"\/>[\s\S]*<c:overlap val="100"\/>/);
    const pie = p.get("xl/charts/chart3.xml")!;
    expect(pie).toContain("<c:pieChart>");
    expect(pie).not.toContain("<c:valAx>");
  });

  it("gives the chart parts numbers of their own in a workbook with several report sheets", async () => {
    const wb = new ExcelJS.Workbook();
    writePlansToWorkbook(wb, [
      plan(),
      plan({ key: "b", name: "Andra", charts: [plan().charts![0]] }),
      plan({ key: "c", name: "Utan", charts: [] }),
    ]);
    const p = await parts(await workbookToXlsx(wb));
    expect([...p.keys()].filter((k) => /^xl\/(charts|drawings)\/[^/]+$/.test(k)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    expect(p.get(sheetPath(p, "Andra"))).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(p.get(sheetPath(p, "Utan"))).not.toContain("<drawing");
    expect(p.get("xl/charts/chart3.xml")).toContain("<c:f>Andra!$B$3</c:f>");
  });

  it("no longer tells the user that the charts were left out; the file still reads back", async () => {
    const wb = new ExcelJS.Workbook();
    const report = writePlansToWorkbook(wb, [plan()]);
    expect(report.notes.filter((n) => /diagram/i.test(n))).toEqual([]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookToXlsx(wb)) as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet(SHEET)!.getCell("A4").value).toBe("Jobbcentrum");
  });

  it("keeps the charts in writePlansToXlsx (the demo's download of an opened file)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Utfall").getCell("A1").value = "Post";
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const { bytes } = await writePlansToXlsx(input, [plan()]);
    const p = await parts(bytes);
    expect(p.has("xl/charts/chart2.xml")).toBe(true);
  });

  it("keeps the simulated workbook's charts in sheetsToXlsx (the demo's Ladda ner .xlsx)", async () => {
    const bytes = await sheetsToXlsx([
      {
        name: "Data",
        values: [
          ["Insats", "Kvinnor", "Män"],
          ["Bryggan", 12, 9],
          ["Jobbcentrum", 20, 25],
        ],
      },
      {
        name: "It's a chart",
        values: [["Diagram"]],
        charts: [
          { type: "BarClustered", source: "Data!A1:C3", seriesBy: "Columns", title: "Inskrivna", anchor: "B2", width: 360, height: 216 },
        ],
      },
    ]);
    const p = await parts(bytes);
    const sheet = sheetPath(p, "It's a chart");
    expect(p.get(sheet)).toMatch(/<drawing r:id="rId\d+"\/>/);
    const chart = p.get("xl/charts/chart1.xml")!;
    expect(chart).toContain("<c:f>Data!$C$1</c:f>");
    expect(chart).toContain("<c:f>Data!$A$2:$A$3</c:f>");
    expect(chart).toContain('<c:pt idx="1"><c:v>25</c:v></c:pt>');
    expect(p.get("xl/drawings/drawing1.xml")).toContain("<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
  });
});
