import { ExcelSim, SimError } from "../../src/excel-sim";

const budget = () =>
  ExcelSim.fromSheets([
    {
      name: "Budget",
      values: [
        ["Post", "Belopp"],
        ["Jobbcentrum", 2652000],
      ],
    },
  ]);

const rejection = async (p: Promise<unknown>): Promise<SimError> => {
  try {
    await p;
  } catch (e) {
    return e as SimError;
  }
  throw new Error("expected a rejection");
};

describe("request context: load before read", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Budget").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["Post", "Belopp"],
        ["Jobbcentrum", 2652000],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
    });
  });

  it("loads nested paths and collection items", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/visibility");
      const range = ctx.workbook.worksheets.getItem("Budget").getRange("A1").load("format/font/bold,address");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Budget", "Visible"]]);
      expect(sheets.items[0].id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(range.format.font.bold).toBe(false);
      expect(range.address).toBe("Budget!A1");
    });
  });

  it("rejects a load of a property that does not exist", async () => {
    const sim = budget();
    const e = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Budget").load("colour");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });
});

describe("request context: queued writes", () => {
  it("applies writes only at sync, in order", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Budget");
      sheet.getRange("C1").values = [["Ny"]];
      sheet.name = "Budget 2024";
      expect(sim.sheet("Budget")?.values[0]).toEqual(["Post", "Belopp"]);
      expect(sim.sheetNames()).toEqual(["Budget"]);
      await ctx.sync();
      expect(sim.sheetNames()).toEqual(["Budget 2024"]);
      expect(sim.sheet("Budget 2024")?.values[0]).toEqual(["Post", "Belopp", "Ny"]);
    });
  });

  it("counts syncs in total and per run", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").load("name");
      await ctx.sync();
    });
    expect(sim.syncCount).toBe(3);
    expect(sim.runs.map((r) => r.syncs)).toEqual([2, 1]);
  });

  it("syncs what is still queued when the batch ends (like Excel.run)", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("Extra");
    });
    expect(sim.sheetNames()).toEqual(["Budget", "Extra"]);
    expect(sim.lastRun?.syncs).toBe(1);
  });

  it("keeps the operations before a failing one, drops the rest and reports where it failed", async () => {
    const sim = budget();
    const e = await rejection(
      sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets;
        ws.add("Ett");
        ws.getItem("Saknas").name = "X";
        ws.add("Tre");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(sim.sheetNames()).toEqual(["Budget", "Ett"]);
  });

  it("does not deliver loads of a failed sync", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Budget").load("name");
      ctx.workbook.worksheets.getItem("Saknas").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses proxies used after their run has finished", async () => {
    const sim = budget();
    let kept: { name: string } | undefined;
    await sim.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Budget");
      await ctx.sync();
    });
    expect(() => {
      kept!.name = "Annat";
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  it("requires the batch to return a promise", async () => {
    const sim = budget();
    const bad = (() => undefined) as unknown as () => Promise<void>;
    expect((await rejection(sim.run(bad))).code).toBe("RunMustReturnPromise");
  });
});

describe("request context: payload limit", () => {
  it("rejects a request above maxPayloadBytes and applies nothing of it", async () => {
    const sim = budget();
    sim.maxPayloadBytes = 2000;
    const e = await rejection(
      sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.add("Stor");
        ws.getRange("A1:A100").values = Array.from({ length: 100 }, (_, i) => [`rad ${i} med lite text`]);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.sheetNames()).toEqual(["Budget"]);
    expect(sim.lastRun?.requestBytes[0]).toBeGreaterThan(2000);
  });

  it("accounts the UTF-8 JSON size of each sync's request", async () => {
    const sim = budget();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A3").values = [["å".repeat(1000)]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Budget").getRange("A3").values = [["a".repeat(1000)]];
      await ctx.sync();
    });
    const [utf8, ascii] = sim.lastRun!.requestBytes;
    expect(utf8 - ascii).toBe(1000);
  });

  it("rejects a response above maxResponseBytes", async () => {
    const sim = budget();
    sim.maxResponseBytes = 50;
    const e = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Budget").getRange("A1:B2").load("values");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("request context: oversized responses", () => {
  it("refuses a load that cannot fit before building it, records its lower-bound size, and still applies the writes", async () => {
    const sim = budget();
    sim.maxResponseBytes = 100_000;
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A60000").values = [["sist"]];
      await ctx.sync();
    });
    const e = await rejection(
      sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Budget");
        ws.getRange("A1:Z60000").load("values");
        ws.getRange("C1").values = [["skrivet"]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
    // the lower bound (2 bytes per cell), not the built grid's JSON (3 bytes per empty cell "",)
    expect(sim.lastRun!.responseBytes[0]).toBe(2 * 26 * 60_000 + "values".length + 4);
    expect(sim.sheet("Budget")!.values[0][2]).toBe("skrivet");
  });

  it("counts a delivered grid's bytes exactly as its UTF-8 JSON", async () => {
    const values = [
      ["Jobbcentrum", 2652000.5, true, ""],
      ['Åtgärd "x"', -1, false, "tab\there"],
    ];
    const sim = ExcelSim.fromSheets([{ name: "Budget", values }]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A1:D2").load("values");
      await ctx.sync();
    });
    const json = JSON.stringify(values);
    expect(sim.lastRun!.responseBytes[0]).toBe(Buffer.byteLength(json, "utf8") + "values".length + 4);
  });
});

describe("fault injection", () => {
  it("fails the k-th sync of the next run after n operations", async () => {
    const sim = budget();
    sim.failOnSync(2, { afterOperations: 1, code: "GeneralException" });
    const e = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.add("Första");
        await ctx.sync();
        ctx.workbook.worksheets.add("Andra");
        ctx.workbook.worksheets.add("Tredje");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("GeneralException");
    expect(sim.sheetNames()).toEqual(["Budget", "Första", "Andra"]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("Fjärde");
      await ctx.sync();
      ctx.workbook.worksheets.add("Femte");
      await ctx.sync();
    });
    expect(sim.sheetNames()).toContain("Femte");
  });

  it("can fail after every operation was applied (a lost response)", async () => {
    const sim = budget();
    sim.failOnSync(1, { afterOperations: 99 });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.add("Kom fram");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.sheetNames()).toContain("Kom fram");
  });
});

describe("cell-edit mode", () => {
  it("fails runs without delayForCellEdit and delays runs with it", async () => {
    const sim = budget();
    sim.cellEditMode = true;
    await expect(sim.run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const delayed = sim.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.add("Efter");
      await ctx.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    sim.cellEditMode = false;
    await delayed;
    expect(done).toBe(true);
    expect(sim.lastRun?.delayForCellEdit).toBe(true);
  });
});
