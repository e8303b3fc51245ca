import { ExcelSim } from "../../src/excel-sim";
import { createSettingsStore } from "../../src/excel/settings-store";

describe("createSettingsStore over the simulated Excel", () => {
  it("loads the keys that exist in one run with one sync, waiting for cell edit", async () => {
    const sim = new ExcelSim({ settings: { "finsam.val": { publicering: 5 }, annan: "x" } });
    const store = createSettingsStore(sim);
    expect(await store.load(["finsam.val", "saknas", "finsam.val"])).toEqual({ "finsam.val": { publicering: 5 } });
    expect(sim.runs).toHaveLength(1);
    expect(sim.runs[0].syncs).toBe(1);
    expect(sim.runs[0].delayForCellEdit).toBe(true);
  });

  it("saves a value in one run with one sync and replaces it on the next save", async () => {
    const sim = new ExcelSim();
    const store = createSettingsStore(sim);
    await store.save("finsam.val", { avvalda: ["bidrag"] });
    await store.save("finsam.val", { avvalda: [] });
    expect(sim.snapshot().settings).toEqual({ "finsam.val": { avvalda: [] } });
    expect(sim.runs.map((r) => r.syncs)).toEqual([1, 1]);
    expect(await store.load(["finsam.val"])).toEqual({ "finsam.val": { avvalda: [] } });
  });

  it("does no Excel round trip for no keys and can run without delayForCellEdit", async () => {
    const sim = new ExcelSim();
    expect(await createSettingsStore(sim).load([])).toEqual({});
    expect(sim.runs).toHaveLength(0);
    await createSettingsStore(sim, { delayForCellEdit: false }).save("k", 1);
    expect(sim.runs[0].delayForCellEdit).toBe(false);
  });

  it("passes Excel's refusal of a bad key on to the caller", async () => {
    const sim = new ExcelSim();
    await expect(createSettingsStore(sim).save("", 1)).rejects.toThrow();
  });
});
