import { buildWorkload } from "./workload";
import { loadSim, runOnce } from "./scenario";
async function main() {
  const [n, ins, mode, k] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] as "host" | "naive", Number(process.argv[5] ?? 1)];
  const w = buildWorkload({ deltagare: n, insatser: ins, kvartal: 8 });
  for (let i = 0; i < k; i++) {
    let t = performance.now();
    const sim = loadSim(w);
    const load = performance.now() - t;
    const m = await runOnce(w, mode, sim);
    console.log(JSON.stringify({ load: Math.round(load), ...m, peakHeapMB: Math.round(m.peakHeapBytes / 1e6) }));
  }
}
main();
