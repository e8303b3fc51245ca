import { ExcelSim } from "../../src/excel-sim";

const blank = () => ExcelSim.fromSheets([{ name: "Blad1" }, { name: "Min flik" }]);

async function write(sim: ExcelSim, address: string, prop: "values" | "formulas" | "numberFormat", data: unknown) {
  await sim.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Blad1").getRange(address);
    (range as unknown as Record<string, unknown>)[prop] = data;
    await ctx.sync();
  });
}

describe("range shape checks", () => {
  it.each([
    ["values", "A1:B2", [[1, 2]]],
    ["values", "A1:B2", [[1], [2]]],
    ["formulas", "A1:B1", [["=1"]]],
    ["numberFormat", "A1:A2", [["0"], ["0", "0"]]],
    ["values", "A1", 5],
  ] as const)("rejects %s on %s with a wrong shape", async (prop, address, data) => {
    const sim = blank();
    await expect(write(sim, address, prop, data)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.sheet("Blad1")?.values).toEqual([]);
  });

  it("rejects non-string number formats and unsupported cell types", async () => {
    const sim = blank();
    await expect(write(sim, "A1", "numberFormat", [[5]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "A1", "values", [[{ a: 1 }]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "A1", "values", [[Number.NaN]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects invalid addresses", async () => {
    const sim = blank();
    await expect(write(sim, "A0", "values", [[1]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "XFE1", "values", [[1]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(sim, "'Min flik'!A1", "values", [[1]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("typed input", () => {
  it("parses text like Excel: formulas, numbers, dates, percentages, booleans; apostrophe keeps text", async () => {
    const sim = blank();
    await write(sim, "A1:H1", "values", [["=1+2", "12.5", "2024-06-30", "72%", "TRUE", "'2024-06-30", "'=A1", "1 234"]]);
    const s = sim.sheet("Blad1")!;
    expect(s.values[0]).toEqual([3, 12.5, 45473, 0.72, true, "2024-06-30", "=A1", "1 234"]);
    expect(s.formulas[0][0]).toBe("=1+2");
    expect(s.numberFormats[0].slice(2, 4)).toEqual(["yyyy-mm-dd", "0%"]);
  });

  it('leaves cells unchanged where the array holds null; "" clears', async () => {
    const sim = blank();
    await write(sim, "A1:C1", "values", [["a", "b", "c"]]);
    await write(sim, "A1:C1", "values", [[null, "", "C"]]);
    expect(sim.sheet("Blad1")?.values).toEqual([["a", "", "C"]]);
  });

  it("reads formulas as their text and constants as themselves", async () => {
    const sim = blank();
    await write(sim, "A1:C1", "formulas", [[2, "=A1*3", "text"]]);
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:D1").load("formulas,values,numberFormat,text");
      await ctx.sync();
      expect(r.formulas).toEqual([[2, "=A1*3", "text", ""]]);
      expect(r.values).toEqual([[2, 6, "text", ""]]);
      expect(r.numberFormat).toEqual([["General", "General", "General", "General"]]);
      expect(r.text).toEqual([["2", "6", "text", ""]]);
    });
  });
});

describe("addresses", () => {
  it("quotes sheet names that need it, like Excel", async () => {
    const sim = blank();
    await sim.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Min flik").getRange("b2:c3").load("address");
      const b = ctx.workbook.worksheets.getItem("Blad1").getRange("$C$7").load("address");
      const c = ctx.workbook.worksheets.getItem("Blad1").getCell(1, 2).getResizedRange(1, 1).load("address");
      await ctx.sync();
      expect([a.address, b.address, c.address]).toEqual(["'Min flik'!B2:C3", "Blad1!C7", "Blad1!C2:D3"]);
    });
  });
});

describe("select and selection", () => {
  it("activates the sheet and selects the range", async () => {
    const sim = blank();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Min flik").getRange("C7").select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(sel.address).toBe("'Min flik'!C7");
    });
    expect(sim.snapshot().activeSheet).toBe("Min flik");
    expect(sim.snapshot().selection).toBe("Min flik!C7");
  });
});

describe("range formats", () => {
  it("stores font, fill, alignment, wrap, borders and widths; reads uniform values or null", async () => {
    const sim = blank();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Blad1");
      const r = ws.getRange("A1:B1");
      r.format.font.bold = true;
      r.format.font.color = "#C00000";
      r.format.fill.color = "#FFF2CC";
      r.format.horizontalAlignment = "Right";
      r.format.wrapText = true;
      r.format.borders.getItem("EdgeTop").style = "Continuous";
      ws.getRange("B:C").format.columnWidth = 90;
      await ctx.sync();
      const mixed = ws.getRange("A1:A2").load("format/font/bold");
      const same = ws.getRange("A1:B1").load("format/font/bold,format/fill/color,format/columnWidth");
      const widths = ws.getRange("B1:C1").load("format/columnWidth");
      await ctx.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(same.format.font.bold).toBe(true);
      expect(same.format.fill.color).toBe("#FFF2CC");
      expect(same.format.columnWidth).toBeNull();
      expect(widths.format.columnWidth).toBe(90);
    });
    expect(sim.sheet("Blad1")?.columnWidths).toEqual({ B: 90, C: 90 });
  });

  it("rejects bad format values", async () => {
    const sim = blank();
    for (const set of [
      (f: { font: { color: string } }) => (f.font.color = "röd!"),
      (f: { horizontalAlignment: string }) => (f.horizontalAlignment = "Middle"),
    ])
      await expect(
        sim.run(async (ctx) => {
          set(ctx.workbook.worksheets.getItem("Blad1").getRange("A1").format as never);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
