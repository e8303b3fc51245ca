import { ExcelSim } from "../../src/excel-sim";

const twoSheets = () => ExcelSim.fromSheets([{ name: "Insatser" }, { name: "Utfall", visibility: "Hidden" }]);

async function addSheet(sim: ExcelSim, name: string): Promise<string | undefined> {
  try {
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    });
    return undefined;
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe("sheet-name rules", () => {
  it.each([
    ["a".repeat(32), "InvalidArgument"],
    ["Budget/2024", "InvalidArgument"],
    ["Q[1]", "InvalidArgument"],
    ["Vad?", "InvalidArgument"],
    ["A:B", "InvalidArgument"],
    ["Stjärna*", "InvalidArgument"],
    ["Back\\slash", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["'citat", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["INSATSER", "ItemAlreadyExists"],
    ["utfall", "ItemAlreadyExists"],
  ])("rejects %j with %s", async (name, code) => {
    const sim = twoSheets();
    expect(await addSheet(sim, name)).toBe(code);
    expect(sim.sheetNames()).toEqual(["Insatser", "Utfall"]);
  });

  it("accepts 31 characters, Swedish letters and dashes", async () => {
    const sim = twoSheets();
    expect(await addSheet(sim, "Förbrukningskvot 2024-06-30 (2)")).toBeUndefined();
    expect(await addSheet(sim, "Ö".repeat(31))).toBeUndefined();
    expect(sim.sheetNames()).toHaveLength(4);
  });

  it("applies the same rules to renames; renaming to another case of its own name is fine", async () => {
    const sim = twoSheets();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Insatser").name = "UTFALL";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists", debugInfo: { errorLocation: "Worksheet.name" } });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Insatser").name = "INSATSER";
      await ctx.sync();
    });
    expect(sim.sheetNames()[0]).toBe("INSATSER");
  });
});

describe("worksheet collection", () => {
  it("gives isNullObject for getItemOrNullObject only after a sync", async () => {
    const sim = twoSheets();
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Saknas");
      const found = ctx.workbook.worksheets.getItemOrNullObject("insatser");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      found.load("name");
      missing.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Insatser");
      expect(() => missing.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("walks the sheets in tab order with getFirst and getNextOrNullObject, a null object after the last (and after a null)", async () => {
    const sim = ExcelSim.fromSheets([{ name: "A" }, { name: "B", visibility: "Hidden" }, { name: "C" }]);
    await sim.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getFirst().load("name");
      const second = first.getNextOrNullObject().load("name");
      const third = second.getNextOrNullObject().load("name");
      const fourth = third.getNextOrNullObject().load("name");
      const fifth = fourth.getNextOrNullObject();
      const visibleNext = first.getNextOrNullObject(true).load("name");
      await ctx.sync();
      expect([first.name, second.name, third.name]).toEqual(["A", "B", "C"]);
      expect(second.isNullObject).toBe(false);
      expect(fourth.isNullObject).toBe(true);
      expect(fifth.isNullObject).toBe(true);
      expect(visibleNext.name).toBe("C");
    });
  });

  it("getFirst(true) skips hidden sheets; getNext fails with ItemNotFound after the last sheet", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Dold", visibility: "Hidden" }, { name: "Synlig" }]);
    await sim.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getFirst(true).load("name");
      const next = ctx.workbook.worksheets.getFirst().getNext().load("name");
      await ctx.sync();
      expect(first.name).toBe("Synlig");
      expect(next.name).toBe("Synlig");
    });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Synlig").getNext().load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("gives every workbook its own sheet ids, like Excel's GUIDs (a reloaded file gets new ones)", () => {
    const ids = (sim: ExcelSim) => sim.snapshot().sheets.map((s) => s.id);
    const [a, b] = [twoSheets(), twoSheets()];
    expect(ids(a).every((id) => /^\{[0-9A-F]{8}-0001-0000-0000-[0-9A-F]{12}\}$/.test(id))).toBe(true);
    expect(new Set([...ids(a), ...ids(b)]).size).toBe(4);
  });

  it("finds a sheet by id after a rename", async () => {
    const sim = twoSheets();
    const id = sim.snapshot().sheets[0].id;
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Insatser").name = "Mina insatser";
      const byId = ctx.workbook.worksheets.getItem(id).load("name");
      await ctx.sync();
      expect(byId.name).toBe("Mina insatser");
    });
  });

  it("keeps a proxy on its sheet across renames, and fails on it once deleted", async () => {
    const sim = twoSheets();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Tillfällig");
      ws.name = "Slutlig";
      ws.getRange("A1").values = [["x"]];
      await ctx.sync();
      expect(sim.sheet("Slutlig")?.values).toEqual([["x"]]);
      ws.delete();
      await ctx.sync();
      ws.getRange("A1").values = [["y"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("moves, hides, activates and refuses to delete the last visible sheet", async () => {
    const sim = twoSheets();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Ny");
      ws.position = 0;
      ws.activate();
      await ctx.sync();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name,position");
      await ctx.sync();
      expect([active.name, active.position]).toEqual(["Ny", 0]);
    });
    expect(sim.snapshot().activeSheet).toBe("Ny");
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Ny").delete();
      await ctx.sync();
    });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Insatser").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(sim.sheetNames()).toEqual(["Insatser", "Utfall"]);
  });
});

describe("used range", () => {
  it("is a null object on a blank sheet and the bounding box of values otherwise", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Tom" },
      { name: "Data", values: [["Rubrik"], [], [null, null, 5]], origin: { row: 3, col: 1 } },
    ]);
    await sim.run(async (ctx) => {
      const blank = ctx.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject(true).load("address");
      const data = ctx.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true).load("address,values,rowCount,columnCount");
      await ctx.sync();
      expect(blank.isNullObject).toBe(true);
      expect(data.address).toBe("Data!B4:D6");
      expect([data.rowCount, data.columnCount]).toEqual([3, 3]);
      expect(data.values).toEqual([
        ["Rubrik", "", ""],
        ["", "", ""],
        ["", "", 5],
      ]);
    });
  });

  it("is a null object when the worksheet itself is one (no ItemNotFound, no extra sync)", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Data", values: [["a"]] }]);
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Saknas");
      const used = missing.getUsedRangeOrNullObject(true).load("values");
      const found = ctx.workbook.worksheets.getItemOrNullObject("data").getUsedRangeOrNullObject(true).load("values");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(found.values).toEqual([["a"]]);
    });
    expect(sim.lastRun?.syncs).toBe(1);
  });

  it("counts formatted cells only when valuesOnly is false", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Data", values: [["a"]] }]);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C5").numberFormat = [["0%"]];
      const all = ws.getUsedRangeOrNullObject(false).load("address");
      const values = ws.getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      expect(all.address).toBe("Data!A1:C5");
      expect(values.address).toBe("Data!A1");
    });
  });
});
