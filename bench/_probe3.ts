import { buildWorkload } from "./workload";
import { loadSim } from "./scenario";
import { createExcelHost } from "../src/excel";
async function main() {
  const w = buildWorkload({ deltagare: 100000, insatser: 2000, kvartal: 8 });
  const sim = loadSim(w);
  const host = createExcelHost(sim);
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    await host.readSheets();
    console.log("read", Math.round(performance.now() - t), host.lastSyncs);
  }
}
main();
