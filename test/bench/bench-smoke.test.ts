/**
 * Smoke version of `npm run bench` (bench/run.ts) at test size: the whole pipeline on the simulated
 * Excel — read, detect, parse, validate, compute, plan, write — keeps its sync budget, so a change
 * that adds round trips (one range per row, one sync per sheet …) fails here instead of hanging
 * Excel on the web for a big förbund.
 */
import { loadSim, runOnce, type RunMetrics } from "../../bench/scenario";
import { buildWorkload, quarters } from "../../bench/workload";

const small = buildWorkload({ deltagare: 200, insatser: 20, kvartal: 8 });
const larger = buildWorkload({ deltagare: 1000, insatser: 100, kvartal: 8 });

describe("bench smoke: sync budget of the whole pipeline", () => {
  let host: RunMetrics;
  let hostLarger: RunMetrics;
  let naive: RunMetrics;

  beforeAll(async () => {
    host = await runOnce(small, "host", loadSim(small));
    hostLarger = await runOnce(larger, "host", loadSim(larger));
    naive = await runOnce(small, "naive", loadSim(small));
  });

  it("reads in at most 2 syncs and writes every report in at most 2", () => {
    expect(host.readSyncs).toBeGreaterThanOrEqual(1);
    expect(host.readSyncs).toBeLessThanOrEqual(2);
    expect(host.writeSyncs).toBeGreaterThanOrEqual(1);
    expect(host.writeSyncs).toBeLessThanOrEqual(2);
    expect(host.outputSheets).toBeGreaterThanOrEqual(5);
    expect(host.maxRequestBytes).toBeLessThan(4_000_000);
  });

  it("keeps the same sync counts when the data grows five-fold", () => {
    expect(hostLarger.outputRows).toBeGreaterThan(host.outputRows);
    expect(hostLarger.readSyncs).toBe(host.readSyncs);
    expect(hostLarger.writeSyncs).toBe(host.writeSyncs);
  });

  it("the naive writer (the comparison) really syncs once per row", () => {
    expect(naive.outputRows).toBe(host.outputRows);
    expect(naive.writeSyncs).toBeGreaterThan(host.outputRows);
  });

  it("builds the workload it claims: insatser × kvartal utfall rows and the deltagare rows", () => {
    const utfall = small.sheets.find((s) => s.name === "Utfall")!.values!;
    const insatser = small.sheets.find((s) => s.name === "Insatser")!.values!;
    const deltagare = small.sheets.find((s) => s.name === "Deltagare")!.values!;
    expect(insatser).toHaveLength(21);
    expect(deltagare).toHaveLength(201);
    expect(quarters(8)).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]);
    const insatsRows = utfall.filter((r) => typeof r[0] === "string" && insatser.some((i) => i[0] === r[0]));
    expect(insatsRows).toHaveLength(20 * 8);
    expect(buildWorkload({ deltagare: 200, insatser: 20, kvartal: 8 }).sheets).toEqual(small.sheets);
  });
});
