import { parseRegister } from "../../src/domain/plan/output-registry";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { loadRegister, parseLegacyRegistry, registerState, registerWrite } from "../../src/excel/registry";
import { kvotPlan, registryOf, sheetIds, userWorkbook, validationPlan } from "./fixtures";

const e = (id: string, kind = "forbrukningskvot", key = "2024-06-30") => ({ id, kind, key, name: `Blad ${id}` });

describe("legacy registry (workbook.settings, earlier builds)", () => {
  it("reads JSON text or an array into entries with ids", () => {
    expect(parseLegacyRegistry(JSON.stringify([e("{A}"), e("{B}", "bidrag", "2024")]))).toEqual([e("{A}"), e("{B}", "bidrag", "2024")]);
    expect(parseLegacyRegistry([e("{A}")])).toEqual([e("{A}")]);
  });

  it("treats unreadable or foreign data as no entries (never deletes on a guess)", () => {
    expect(parseLegacyRegistry(null)).toEqual([]);
    expect(parseLegacyRegistry("inte json")).toEqual([]);
    expect(parseLegacyRegistry('{"id":"x"}')).toEqual([]);
    expect(parseLegacyRegistry('[{"id":"x"},{"id":"","kind":"k","key":"","name":"n"}, 5]')).toEqual([]);
  });

  it("is migrated into the register sheet by the next write, and the setting deleted", async () => {
    const sim = userWorkbook([{ name: "Förbrukningskvot 2024-06-30", values: [["gammal rapport"]] }]);
    const oldId = sheetIds(sim)[3];
    const legacy = [{ id: oldId, kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" }];
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("finsam.outputs", JSON.stringify(legacy));
      await ctx.sync();
    });
    const host = createExcelHost(sim);
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
    const report = await host.apply([kvotPlan(), validationPlan()]);
    expect(report).toMatchObject({ replaced: ["Förbrukningskvot 2024-06-30"], syncs: 2 });
    expect(report.written.map((w) => w.name)).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport"]);
    expect(sheetIds(sim)).toContain(oldId); // rewritten in place (issue 16, finding 1)
    expect(sim.snapshot().settings).toEqual({});
    expect(registryOf(sim).map((x) => [x.kind, x.id])).toEqual([
      ["forbrukningskvot", sim.sheet("Förbrukningskvot 2024-06-30")!.id],
      ["valideringsrapport", sim.sheet("Valideringsrapport")!.id],
    ]);
  });

  it("is ignored once the register sheet exists", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    const insatserId = sheetIds(sim)[0];
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("finsam.outputs", JSON.stringify([{ ...e(insatserId), name: "Insatser" }]));
      await ctx.sync();
    });
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
    const report = await host.apply([kvotPlan({ key: "2024-12-31", name: "Förbrukningskvot 2024-12-31" })]);
    expect(report.replaced).toEqual([]);
    expect(sim.sheet("Insatser")?.id).toBe(insatserId);
  });
});

describe("reading and writing the register sheet", () => {
  it("loads a missing register (and its used range) as null objects in the same sync", async () => {
    const sim = new ExcelSim();
    const state = await sim.run(async (ctx) => {
      const load = loadRegister(ctx);
      await ctx.sync();
      return registerState(load);
    });
    expect(state).toEqual({ exists: false, legacy: false, entries: [], extent: { rows: 0, columns: 0 } });
    expect(sim.lastRun?.syncs).toBe(1);
  });

  it("gives the extent from A1 to the last used cell", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Blad1" },
      {
        name: "FinsamRegister",
        origin: { row: 0, col: 1 },
        values: [
          ["Typ", "Nyckel", "Blad"],
          ["x", "", "Blad1"],
        ],
        visibility: "VeryHidden",
      },
    ]);
    const state = await sim.run(async (ctx) => {
      const load = loadRegister(ctx);
      await ctx.sync();
      return registerState(load);
    });
    expect(state.extent).toEqual({ rows: 2, columns: 4 });
    expect(state.entries).toEqual([{ kind: "x", key: "", name: "Blad1" }]);
  });

  it("writes the rows from A1 in one grid padded over the old extent, text kept as text", () => {
    const write = registerWrite([{ kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30", id: "{A}" }], {
      rows: 4,
      columns: 5,
    });
    expect(write.address).toBe("A1:E4");
    expect(write.values).toEqual([
      ["Typ", "Nyckel", "Blad", "Id", ""],
      ["forbrukningskvot", "'2024-06-30", "Förbrukningskvot 2024-06-30", "{A}", ""],
      ["", "", "", "", ""],
      ["", "", "", "", ""],
    ]);
    expect(registerWrite([], { rows: 0, columns: 0 })).toEqual({ address: "A1:D1", values: [["Typ", "Nyckel", "Blad", "Id"]] });
    expect(parseRegister(write.values.map((r) => r.map((v) => String(v).replace(/^'/, ""))))).toEqual([
      { kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30", id: "{A}" },
    ]);
  });
});
