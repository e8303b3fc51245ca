import { buildWorkload } from "./workload";
import { runPipeline } from "../src/domain/pipeline";
import { reportModules } from "../src/domain/reports";
import { deltagareModule } from "../src/domain/reports/deltagare";
const n = Number(process.argv[2] ?? 100000), ins = Number(process.argv[3] ?? 2000);
let t = performance.now();
const w = buildWorkload({ deltagare: n, insatser: ins, kvartal: 8 });
console.log("build", (performance.now() - t).toFixed(0));
const sheets = w.sheets.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: s.values! }));
const modules = [...reportModules, deltagareModule];
for (let k = 0; k < Number(process.argv[4] ?? 3); k++) {
  t = performance.now();
  const res = runPipeline(sheets, { fran: w.fran, till: w.till, idag: w.idag }, { modules });
  console.log("pipeline", (performance.now() - t).toFixed(0), "plans", res.plans.map((p) => `${p.name}:${p.rows.length}`).join(" "), "issues", res.issues.length);
  if (k === 0) { const by: Record<string, number> = {}; for (const i of res.issues) by[i.code] = (by[i.code] ?? 0) + 1; console.log(by); console.log(res.issues.slice(0, 5)); }
}
