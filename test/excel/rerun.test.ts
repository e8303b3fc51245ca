import { createExcelHost } from "../../src/excel";
import { fingerprint, kvotPlan, registryOf, sheetIds, userWorkbook, validationPlan } from "./fixtures";

describe("re-running replaces only the add-in's own output", () => {
  it("replaces the same kind + key under the same name, keeps other output and all user sheets", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    const userIds = sheetIds(sim);
    const before = fingerprint(sim, userIds);
    await host.apply([kvotPlan(), validationPlan()]);
    const [, , , kvotId, validId] = sheetIds(sim);
    const report = await host.apply([kvotPlan({ rows: [["Ny körning"]], tables: [], charts: [], conditionalFormats: [] })]);
    expect(report).toEqual({
      written: [{ kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" }],
      replaced: ["Förbrukningskvot 2024-06-30"],
      syncs: 2,
    });
    // the new sheet takes its predecessor's place among the tabs
    expect(sim.sheetNames()).toEqual([
      "Insatser",
      "Utfall",
      "Anteckningar",
      "Förbrukningskvot 2024-06-30",
      "Valideringsrapport",
      "FinsamRegister",
    ]);
    expect(sheetIds(sim)[3]).toBe(kvotId); // the same worksheet object, rewritten in place (issue 16, finding 1)
    expect(sheetIds(sim)).toContain(validId);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")?.values[0][0]).toBe("Ny körning");
    expect(registryOf(sim).map((e) => e.kind)).toEqual(["valideringsrapport", "forbrukningskvot"]);
    expect(registryOf(sim).map((e) => e.id)).toEqual([validId, sheetIds(sim)[3]]);
    expect(fingerprint(sim, userIds)).toBe(before);
    expect(sim.sheetNames().some((n) => n.startsWith("~finsam-"))).toBe(false);
  });

  it("puts each replacement in its predecessor's place, also when the register sits between reports", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    await host.apply([validationPlan()]);
    const order = ["Insatser", "Utfall", "Anteckningar", "Förbrukningskvot 2024-06-30", "FinsamRegister", "Valideringsrapport"];
    expect(sim.sheetNames()).toEqual(order);
    const report = await host.apply([validationPlan(), kvotPlan()]);
    expect(report).toMatchObject({ replaced: ["Förbrukningskvot 2024-06-30", "Valideringsrapport"], syncs: 2 });
    expect(sim.sheetNames()).toEqual(order);
    expect(registryOf(sim).map((e) => [e.kind, e.id])).toEqual([
      ["valideringsrapport", sim.sheet("Valideringsrapport")!.id],
      ["forbrukningskvot", sim.sheet("Förbrukningskvot 2024-06-30")!.id],
    ]);
  });

  it("gives a new output table the replaced table's name once the old sheet is gone", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    await host.apply([kvotPlan()]);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")?.tables.map((t) => t.name)).toEqual(["Forbrukningskvot"]);
    expect(sim.lastRun?.syncs).toBe(2);
  });

  it("recognises an output sheet the user renamed (same worksheet id)", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Förbrukningskvot 2024-06-30").name = "Kvot juni";
      await ctx.sync();
    });
    const report = await host.apply([kvotPlan()]);
    expect(report.replaced).toEqual(["Kvot juni"]);
    expect(sim.sheetNames()).not.toContain("Kvot juni");
    expect(sim.sheetNames()).toContain("Förbrukningskvot 2024-06-30");
  });

  it("never deletes a user's copy of an output sheet (a copy has a new id)", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    const copy = sim.sheet("Förbrukningskvot 2024-06-30")!;
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Kopia av kvot");
      ws.getRange("A1:A2").values = [[copy.values[0][0]], ["sparad"]];
      await ctx.sync();
    });
    const copyId = sim.sheet("Kopia av kvot")!.id;
    const before = fingerprint(sim, [copyId]);
    await host.apply([kvotPlan()]);
    expect(fingerprint(sim, [copyId])).toBe(before);
  });

  it("writes a second copy when a user sheet has taken the output's name meanwhile", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Förbrukningskvot 2024-06-30").name = "Gammal kvot";
      ctx.workbook.worksheets.add("Förbrukningskvot 2024-06-30");
      await ctx.sync();
    });
    const report = await host.apply([kvotPlan()]);
    expect(report.written[0].name).toBe("Förbrukningskvot 2024-06-30 (2)");
    expect(report.replaced).toEqual(["Gammal kvot"]);
    expect(sim.sheet("Förbrukningskvot 2024-06-30")?.values).toEqual([]);
  });

  it("treats an unreadable legacy registry as no output: deletes nothing, picks a free name", async () => {
    const sim = userWorkbook([{ name: "Förbrukningskvot 2024-06-30", values: [["gammal"]] }]);
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("finsam.outputs", "{inte json");
      await ctx.sync();
    });
    const userIds = sheetIds(sim);
    const before = fingerprint(sim, userIds);
    const report = await createExcelHost(sim).apply([kvotPlan()]);
    expect(report).toMatchObject({ replaced: [], written: [{ name: "Förbrukningskvot 2024-06-30 (2)" }], syncs: 2 });
    expect(fingerprint(sim, userIds)).toBe(before);
    expect(registryOf(sim)).toHaveLength(1);
    expect(sim.snapshot().settings).toEqual({});
  });

  it("treats an unreadable register sheet as no output and rewrites it", async () => {
    const sim = userWorkbook([
      { name: "Förbrukningskvot 2024-06-30", values: [["gammal"]] },
      {
        name: "FinsamRegister",
        values: [
          ["skräp", "Förbrukningskvot 2024-06-30"],
          ["mer", "skräp", "", "", "x"],
        ],
        visibility: "VeryHidden",
      },
    ]);
    const userIds = sheetIds(sim).slice(0, 4);
    const before = fingerprint(sim, userIds);
    const report = await createExcelHost(sim).apply([kvotPlan()]);
    expect(report).toMatchObject({ replaced: [], written: [{ name: "Förbrukningskvot 2024-06-30 (2)" }], syncs: 2 });
    expect(fingerprint(sim, userIds)).toBe(before);
    expect(registryOf(sim).map((e) => e.name)).toEqual(["Förbrukningskvot 2024-06-30 (2)"]);
    // one range write over the old extent: nothing of the unreadable content remains
    expect(sim.sheet("FinsamRegister")?.values).toHaveLength(2);
    expect(sim.sheet("FinsamRegister")?.values.flat()).not.toEqual(expect.arrayContaining(["x"]));
    expect(sim.sheet("FinsamRegister")?.values.flat()).not.toEqual(expect.arrayContaining(["skräp"]));
  });
});
