import { createExcelHost } from "../../src/excel";
import { originOf, WALK_LIMIT } from "../../src/excel/read";
import { DEFAULT_PAYLOAD_LIMIT, ExcelSim } from "../../src/excel-sim";
import { kvotPlan, userWorkbook } from "./fixtures";

describe("readSheets", () => {
  it("reads every user sheet's used range in 2 syncs, with origin, values and number formats", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    const sheets = await host.readSheets();
    expect(host.lastSyncs).toBe(2);
    expect(sim.lastRun?.syncs).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(["Insatser", "Utfall", "Anteckningar"]);
    const utfall = sheets[1];
    expect(utfall.origin).toEqual({ row: 1, col: 1 });
    expect(utfall.values[2]).toEqual(["Framsteget", "2024-H1", "1 804"]);
    expect(utfall.values[4]).toEqual(["Summa", "", 955 + 199]); // SUM skips the text "1 804", like Excel
    expect(sheets[0].values[1]).toEqual(["", "", ""]);
    expect(sheets[0].numberFormats?.[3]).toEqual(["General", "General", "#,##0"]);
    expect(sheets[2].values[1]).toEqual(["", "#REF!"]);
    expect(utfall.formulas).toBeUndefined();
  });

  it("reads formulas when asked, null where a cell holds a constant", async () => {
    const host = createExcelHost(userWorkbook(), { readFormulas: true });
    const utfall = (await host.readSheets())[1];
    expect(utfall.formulas?.[4]).toEqual([null, null, "=SUM(D3:D5)"]);
    expect(host.lastSyncs).toBe(2);
  });

  it("skips the add-in's own output sheets and gives a blank sheet as empty", async () => {
    const sim = ExcelSim.fromSheets([{ name: "Budget", values: [["Post"]] }, { name: "Tom" }]);
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    const sheets = await host.readSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Budget", "Tom"]);
    expect(sheets[1]).toEqual({ name: "Tom", origin: { row: 0, col: 0 }, values: [], numberFormats: [] });
    expect(host.lastSyncs).toBe(2);
  });

  it("skips the register sheet and the sheets it lists by name that carry the marker, even when someone made it visible", async () => {
    const sim = ExcelSim.fromSheets([
      { name: "Budget", values: [["Post"]] },
      { name: "Kvot från CLI", values: [["Förbrukningskvot", "Finsam-rapport: forbrukningskvot | 2024-06-30"]] },
      { name: "Kvot utan märkning", values: [["Förbrukningskvot"]] },
      {
        name: "FinsamRegister",
        values: [
          ["Typ", "Nyckel", "Blad"],
          ["forbrukningskvot", "2024-06-30", "Kvot från CLI"],
          ["forbrukningskvot", "2024-03-31", "Kvot utan märkning"],
        ],
      },
    ]);
    const host = createExcelHost(sim);
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["Budget", "Kvot utan märkning"]);
    // entries matched by name: one more sync reads the sheets' first rows for the marker
    expect(host.lastSyncs).toBe(3);
  });

  it("falls back to row chunks when Excel refuses the response as too large", async () => {
    const values = Array.from({ length: 3000 }, (_, i) => [`Insats ${i}`, i, i * 2]);
    const sim = ExcelSim.fromSheets([
      { name: "Stor", values },
      { name: "Liten", values: [["x"]] },
    ]);
    sim.maxResponseBytes = 60_000;
    const host = createExcelHost(sim, { readResponseBytes: 100_000 });
    const sheets = await host.readSheets();
    expect(sheets[0].values).toEqual(values);
    expect(sheets[0].numberFormats).toHaveLength(3000);
    expect(sheets[1].values).toEqual([["x"]]);
    expect(host.lastSyncs).toBeGreaterThan(3);
    expect(sim.lastRun!.failed).toBe("ResponsePayloadSizeLimitExceeded");
    expect(Math.max(...sim.lastRun!.responseBytes.filter((b) => b <= 60_000))).toBeGreaterThan(30_000);
  });

  it("reads a 100 000-row sheet in 1 + ⌈bytes / 4 MB⌉ syncs, every response under the limit and none refused", async () => {
    const kommuner = ["Södertälje", "Nykvarn", "Salem"];
    const values = Array.from({ length: 100_000 }, (_, i) => [
      `P${i}`,
      kommuner[i % 3],
      45_000 + (i % 700),
      i % 2 === 0 ? "Kvinna" : "Man",
      i * 1.5,
    ]);
    const sim = ExcelSim.fromSheets([
      { name: "Deltagare", values, origin: { row: 2, col: 1 } },
      { name: "Insatser", values: [["Insats"], ["Steget"]] },
    ]);
    const host = createExcelHost(sim);
    const sheets = await host.readSheets();
    const run = sim.lastRun!;
    const bytes = run.responseBytes.reduce((a, b) => a + b, 0);
    expect(run.failed).toBeUndefined();
    expect(host.lastSyncs).toBeLessThanOrEqual(1 + Math.ceil(bytes / 4_000_000));
    expect(host.lastSyncs).toBeGreaterThan(2);
    expect(Math.max(...run.responseBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT);
    expect(sheets[0].origin).toEqual({ row: 2, col: 1 });
    expect(sheets[0].values).toHaveLength(100_000);
    expect(sheets[0].values[99_999]).toEqual(values[99_999]);
    expect(sheets[0].values[54_321]).toEqual(values[54_321]);
    expect(sheets[0].numberFormats).toHaveLength(100_000);
    expect(sheets[1].values).toEqual([["Insats"], ["Steget"]]);
  });

  it("reads formulas in chunks too, and sizes sheets beyond the walk in one more sync", async () => {
    const many = Array.from({ length: WALK_LIMIT + 3 }, (_, i) => ({ name: `Blad ${i + 1}`, values: [[`värde ${i + 1}`, i]] }));
    const sim = ExcelSim.fromSheets(many);
    const host = createExcelHost(sim, { readFormulas: true });
    const sheets = await host.readSheets();
    expect(host.lastSyncs).toBe(3);
    expect(sheets).toHaveLength(WALK_LIMIT + 3);
    expect(sheets[WALK_LIMIT + 2]).toMatchObject({ name: `Blad ${WALK_LIMIT + 3}`, values: [[`värde ${WALK_LIMIT + 3}`, WALK_LIMIT + 2]] });

    const rows = Array.from({ length: 3000 }, (_, i) => [i, i === 2999 ? null : `rad ${i}`]);
    const withFormula = ExcelSim.fromSheets([
      { name: "F", values: rows, formulas: rows.map((_, i) => [null, i === 2999 ? "=A1+1" : null]) },
    ]);
    const chunked = createExcelHost(withFormula, { readFormulas: true, readResponseBytes: 20_000 });
    const read = (await chunked.readSheets())[0];
    expect(chunked.lastSyncs).toBeGreaterThan(3);
    expect(read.formulas).toHaveLength(3000);
    expect(read.formulas?.[2999]).toEqual([null, "=A1+1"]);
    expect(read.values[2999]).toEqual([2999, 1]);
    expect(Math.max(...withFormula.lastRun!.responseBytes.slice(1))).toBeLessThan(30_000);
  });

  it("turns Excel errors into a Swedish message with the code", async () => {
    const sim = userWorkbook();
    sim.failOnSync(2, { code: "AccessDenied" });
    await expect(createExcelHost(sim).readSheets()).rejects.toMatchObject({
      name: "ExcelHostError",
      code: "AccessDenied",
      message: expect.stringMatching(/^Arbetsboken kunde inte läsas: .*skyddat\.$/),
    });
  });
});

describe("originOf", () => {
  it.each([
    ["Blad1!B2:D9", { row: 1, col: 1 }],
    ["'Min flik'!C3", { row: 2, col: 2 }],
    ["'Hej!'!$AA$10:$AB$12", { row: 9, col: 26 }],
  ])("%s", (address, origin) => expect(originOf(address)).toEqual(origin));
});
