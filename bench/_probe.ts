import { buildWorkload } from "./workload";
import { parseBase } from "../src/domain/parse";
import { computeForbrukningskvot } from "../src/domain/compute/forbrukningskvot";
import { computeDriftsredovisning } from "../src/domain/compute/driftsredovisning";
import { forbrukningskvotModule, driftsredovisningModule } from "../src/domain/reports";
const w = buildWorkload({ deltagare: 1000, insatser: 2000, kvartal: 8 });
const sheets = w.sheets.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: s.values! }));
const { base } = parseBase(sheets);
const opt = { fran: w.fran, till: w.till, idag: w.idag };
const mins = [1e9, 1e9, 1e9, 1e9, 1e9];
for (let k = 0; k < 40; k++) {
  let t = performance.now();
  computeForbrukningskvot(base, opt); const a = performance.now() - t; t = performance.now();
  computeDriftsredovisning(base, opt); const b = performance.now() - t; t = performance.now();
  forbrukningskvotModule.run({ sheets, base, options: opt }); const c = performance.now() - t; t = performance.now();
  driftsredovisningModule.run({ sheets, base, options: opt }); const d = performance.now() - t; t = performance.now();
  parseBase(sheets); const e = performance.now() - t;
  [a, b, c, d, e].forEach((x, i) => (mins[i] = Math.min(mins[i], x)));
}
console.log("min fk dr fk-mod dr-mod parseBase", mins.map((x) => x.toFixed(1)).join(" "));
