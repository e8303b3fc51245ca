import { buildWorkload } from "./workload";
import { runPipeline } from "../src/domain/pipeline";
import { benchModules } from "./scenario";
const n = Number(process.argv[2] ?? 100000), ins = Number(process.argv[3] ?? 2000);
const w = buildWorkload({ deltagare: n, insatser: ins, kvartal: 8 });
const sheets = w.sheets.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: s.values! }));
for (let k = 0; k < Number(process.argv[4] ?? 3); k++) {
  const t = performance.now();
  const res = runPipeline(sheets, { fran: w.fran, till: w.till, idag: w.idag }, { modules: benchModules() });
  console.log("pipeline", Math.round(performance.now() - t), res.issues.length);
}
