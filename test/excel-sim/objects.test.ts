import { ExcelSim, type SimRequestContext } from "../../src/excel-sim";

const data = () =>
  ExcelSim.fromSheets([
    {
      name: "Kvot",
      values: [
        ["Insats", "Utfall", "Budget"],
        ["Jobbcentrum", 955, 1326],
        ["Framsteget", 1804, 1940],
      ],
    },
    {
      name: "Annat",
      values: [
        ["Namn", "Belopp"],
        ["x", 1],
      ],
    },
  ]);

describe("tables", () => {
  it("creates tables with unique workbook-wide names, styles and fixed-up headers", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Kvot").tables.add("Kvot!A1:C3", true);
      t.name = "Kvoter";
      t.style = "TableStyleLight9";
      const other = ctx.workbook.worksheets.getItem("Annat").tables.add("Annat!A1:B2", true);
      other.name = "KVOTER";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists", debugInfo: { errorLocation: "Table.name" } });
      const all = ctx.workbook.tables.load("items/name,items/worksheet/name,count");
      await ctx.sync();
      expect(all.items.map((x) => [x.name, x.worksheet.name])).toEqual([
        ["Kvoter", "Kvot"],
        ["Table2", "Annat"],
      ]);
      expect(all.count).toBe(2);
    });
    expect(sim.sheet("Kvot")?.tables).toEqual([
      { name: "Kvoter", range: "A1:C3", style: "TableStyleLight9", showHeaders: true, showTotals: false },
    ]);
  });

  it("refuses overlapping tables, bad names and unknown styles", async () => {
    const sim = data();
    const attempt = (f: (ctx: SimRequestContext) => void) =>
      sim.run(async (ctx) => {
        f(ctx);
        await ctx.sync();
      });
    await attempt((ctx) => void ctx.workbook.worksheets.getItem("Kvot").tables.add("Kvot!A1:C3", true));
    await expect(attempt((ctx) => void ctx.workbook.worksheets.getItem("Kvot").tables.add("Kvot!B2:D4", true))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((ctx) => void (ctx.workbook.tables.getItem("Table1").name = "A1"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((ctx) => void (ctx.workbook.tables.getItem("Table1").name = "Med mellanslag"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((ctx) => void (ctx.workbook.tables.getItem("Table1").style = "Fancy"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("refuses a range of another sheet with InvalidReference", async () => {
    const sim = data();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Kvot").tables.add(ctx.workbook.worksheets.getItem("Annat").getRange("A1:B2") as never, true);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidReference" });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Kvot").freezePanes.freezeAt(ctx.workbook.worksheets.getItem("Annat").getRange("A1:B2"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidReference" });
  });

  it("names empty and duplicate header cells like Excel", async () => {
    const sim = ExcelSim.fromSheets([
      {
        name: "A",
        values: [
          ["Kvot", "", "kvot"],
          [1, 2, 3],
        ],
      },
    ]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").tables.add("A!A1:C2", true);
      await ctx.sync();
    });
    expect(sim.sheet("A")?.values[0]).toEqual(["Kvot", "Column2", "kvot2"]);
  });

  it("drops a sheet's tables with the sheet", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Annat").tables.add("Annat!A1:B2", true).name = "Ta";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Annat").delete();
      ctx.workbook.worksheets.getItem("Kvot").tables.add("Kvot!A1:C3", true).name = "Ta";
      await ctx.sync();
    });
    expect(sim.sheet("Kvot")?.tables[0].name).toBe("Ta");
  });
});

describe("conditional formats", () => {
  it("adds CellValue rules with fill and font colour and validates the rule", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("Kvot").getRange("C2:C3").conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#FFC7CE";
      cf.cellValue.format.font.color = "#9C0006";
      cf.cellValue.rule = { formula1: "=1", operator: "GreaterThan" };
      await ctx.sync();
      const bad = ctx.workbook.worksheets.getItem("Kvot").getRange("B2").conditionalFormats.add("CellValue");
      bad.cellValue.rule = { formula1: "=4/5", operator: "Between" };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      // a bare decimal is not a formula: refused like a locale-dependent threshold would misbehave in Excel
      const bare = ctx.workbook.worksheets.getItem("Kvot").getRange("B2").conditionalFormats.add("CellValue");
      bare.cellValue.rule = { formula1: "0.8", operator: "LessThan" };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ctx.workbook.worksheets.getItem("Kvot").getRange("B2").conditionalFormats.add("DataBar");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "NotImplemented" });
    });
    expect(sim.sheet("Kvot")?.conditionalFormats[0]).toEqual({
      range: "C2:C3",
      type: "CellValue",
      rule: { formula1: "=1", operator: "GreaterThan" },
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
  });
});

describe("charts", () => {
  it("adds a chart with title, position and size; its source follows sheet renames", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Kvot");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Columns");
      chart.title.text = "Förbrukning";
      chart.setPosition("E2");
      chart.width = 400;
      ws.name = "Kvot 2024";
      await ctx.sync();
      ws.charts.add("Spaghetti" as "Pie", ws.getRange("A1:B2"));
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sim.sheet("Kvot 2024")?.charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "'Kvot 2024'!A1:C3",
        seriesBy: "Columns",
        title: "Förbrukning",
        anchor: "E2",
        width: 400,
        height: 216,
      },
    ]);
  });
});

describe("page layout, freeze panes, data validation", () => {
  it("stores print settings and validates them", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Kvot").pageLayout;
      p.orientation = "Landscape";
      p.paperSize = "A4";
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintArea("A1:C3");
      p.setPrintTitleRows("$1:$1");
      await ctx.sync();
      p.setPrintTitleRows("A1:B1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      p.zoom = { scale: 500 };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sim.sheet("Kvot")?.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:C3",
      printTitleRows: "1:1",
    });
  });

  it("stores margins in points and the footer of every page; refuses a negative margin and a footer over 255 characters", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Kvot").pageLayout;
      p.leftMargin = 36;
      p.footerMargin = 21.6;
      const f = p.headersFooters.defaultForAllPages;
      f.leftFooter = '&8&"Arial,Regular"Samordningsförbundet Uppsala län';
      f.rightFooter = "Sida &P av &N";
      await ctx.sync();
      p.load("leftMargin,topMargin");
      f.load("leftFooter,rightFooter,centerFooter");
      await ctx.sync();
      expect([p.leftMargin, p.topMargin]).toEqual([36, 54]);
      expect([f.leftFooter, f.centerFooter, f.rightFooter]).toEqual([
        '&8&"Arial,Regular"Samordningsförbundet Uppsala län',
        "",
        "Sida &P av &N",
      ]);
      p.topMargin = -1;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      // 255 counted as Excel stores it: "&L…&R…" with every code; the right section already takes 15
      f.leftFooter = "x".repeat(255 - 2 - 15);
      await ctx.sync();
      f.leftFooter = "x".repeat(255 - 2 - 15 + 1);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sim.sheet("Kvot")?.pageLayout.footer.right).toBe("Sida &P av &N");
    expect(sim.sheet("Kvot")?.pageLayout.footer.left).toHaveLength(238);
  });

  it("adds page breaks before the top-left cell of a range, and rejects what Excel rejects", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Kvot");
      ws.verticalPageBreaks.add("C1");
      ws.verticalPageBreaks.add(ws.getRange("B2:C3"));
      ws.verticalPageBreaks.add("C5");
      ws.horizontalPageBreaks.add("A3");
      await ctx.sync();
      ws.verticalPageBreaks.add("A1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.horizontalPageBreaks.add("B1");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.verticalPageBreaks.add("inte en adress");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.verticalPageBreaks.add(ctx.workbook.worksheets.getItem("Annat").getRange("C1"));
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
    expect(sim.sheet("Kvot")?.pageLayout).toMatchObject({ columnBreaks: [1, 2], rowBreaks: [2] });
  });

  it("freezes rows, columns or both", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kvot").freezePanes.freezeRows(4);
      ctx.workbook.worksheets.getItem("Annat").freezePanes.freezeAt("A1:B3");
      await ctx.sync();
    });
    expect(sim.sheet("Kvot")?.freeze).toEqual({ rows: 4, columns: 0 });
    expect(sim.sheet("Annat")?.freeze).toEqual({ rows: 3, columns: 2 });
  });

  it("sets list validation with an error alert and rejects empty sources", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Kvot").getRange("D2:D3").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
      dv.errorAlert = { message: "Välj Ja eller Nej", showAlert: true, style: "Stop", title: "Ogiltigt" };
      await ctx.sync();
      dv.load("type,rule");
      await ctx.sync();
      expect(dv.type).toBe("List");
      ctx.workbook.worksheets.getItem("Kvot").getRange("E2").dataValidation.rule = { list: { inCellDropDown: true, source: "" } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sim.sheet("Kvot")?.dataValidations).toEqual([
      {
        range: "D2:D3",
        rule: { list: { inCellDropDown: true, source: "Ja,Nej" } },
        errorAlert: { message: "Välj Ja eller Nej", showAlert: true, style: "Stop", title: "Ogiltigt" },
      },
    ]);
  });
});

describe("settings and custom properties", () => {
  it("adds, overwrites, reads and deletes workbook settings", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("finsam.outputs", "[]");
      ctx.workbook.settings.add("finsam.outputs", '[{"id":"x"}]');
      const s = ctx.workbook.settings.getItemOrNullObject("finsam.outputs").load("value");
      const none = ctx.workbook.settings.getItemOrNullObject("annat").load("value");
      await ctx.sync();
      expect(s.value).toBe('[{"id":"x"}]');
      expect(none.isNullObject).toBe(true);
      ctx.workbook.settings.getItem("saknas").load("value");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(sim.snapshot().settings).toEqual({ "finsam.outputs": '[{"id":"x"}]' });
    await sim.run(async (ctx) => {
      ctx.workbook.settings.getItem("finsam.outputs").delete();
      await ctx.sync();
    });
    expect(sim.snapshot().settings).toEqual({});
  });

  it("keeps sheet custom properties with case-insensitive keys", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      const props = ctx.workbook.worksheets.getItem("Kvot").customProperties;
      props.add("Finsam.Kind", "kvot");
      props.add("finsam.kind", "drift");
      const p = props.getItemOrNullObject("FINSAM.KIND").load("key,value");
      const items = props.load("items/key");
      await ctx.sync();
      expect([p.key, p.value, items.items.length]).toEqual(["finsam.kind", "drift", 1]);
    });
    expect(sim.sheet("Kvot")?.customProperties).toEqual({ "finsam.kind": "drift" });
  });
});

describe("application", () => {
  it("records screen-updating suspension per sync and reads the calculation mode", async () => {
    const sim = data();
    await sim.run(async (ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      ctx.application.load("calculationMode");
      await ctx.sync();
      expect(ctx.application.calculationMode).toBe("Automatic");
      await ctx.sync();
    });
    expect(sim.lastRun?.screenUpdatingSuspendedSyncs).toBe(1);
  });
});

describe("TableCollection.add with an address string", () => {
  it("reads an address without a sheet name on the ACTIVE sheet, as Office.js documents, so it fails on another sheet's collection", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Aktiv", values: [["a"]] },
      {
        name: "Annat",
        values: [
          ["x", "y"],
          [1, 2],
        ],
      },
    ]);
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Annat").tables.add("A1:B2", true);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Annat");
      ws.tables.add(ws.getRange("A1:B2"), true);
      await ctx.sync();
    });
    expect(sim.sheet("Annat")!.tables).toHaveLength(1);
  });
});
