import { buildWorkload } from "./workload";
import { loadSim } from "./scenario";
import { createExcelHost } from "../src/excel";
import type { ExcelApi } from "../src/excel/office-api";
async function main() {
  const w = buildWorkload({ deltagare: 100000, insatser: 2000, kvartal: 8 });
  for (let k = 0; k < 3; k++) {
    const sim = loadSim(w);
    const times: number[] = [];
    const api = { run: (o: any, b: any) => sim.run(o, (ctx: any) => b(new Proxy(ctx, { get(t, p) { if (p === "sync") return async (v: any) => { const s = performance.now(); try { return await t.sync(v); } finally { times.push(Math.round(performance.now() - s)); } }; return Reflect.get(t, p, t); } }))) } as unknown as ExcelApi;
    const host = createExcelHost(api);
    const t = performance.now();
    await host.readSheets();
    const total = performance.now() - t;
    console.log("read", Math.round(total), "syncs", times.join(","), "resp", sim.lastRun!.responseBytes.map((b) => (b / 1e6).toFixed(1)).join(","));
  }
}
main();
