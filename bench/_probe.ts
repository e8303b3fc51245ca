import { buildWorkload } from "./workload";
import { parseBase } from "../src/domain/parse";
import { computeForbrukningskvot } from "../src/domain/compute/forbrukningskvot";
import { computeDriftsredovisning } from "../src/domain/compute/driftsredovisning";
import { forbrukningskvotModule, driftsredovisningModule } from "../src/domain/reports";
const w = buildWorkload({ deltagare: 1000, insatser: 2000, kvartal: 8 });
const sheets = w.sheets.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: s.values! }));
const { base } = parseBase(sheets);
const opt = { fran: w.fran, till: w.till, idag: w.idag };
for (let k = 0; k < 20; k++) {
  let t = performance.now();
  computeForbrukningskvot(base, opt); const a = performance.now() - t; t = performance.now();
  computeDriftsredovisning(base, opt); const b = performance.now() - t; t = performance.now();
  forbrukningskvotModule.run({ sheets, base, options: opt }); const c = performance.now() - t; t = performance.now();
  driftsredovisningModule.run({ sheets, base, options: opt }); const d = performance.now() - t; t = performance.now();
  parseBase(sheets); const e = performance.now() - t;
  if (k % 5 === 4) console.log("fk", a.toFixed(1), "dr", b.toFixed(1), "fk-mod", c.toFixed(1), "dr-mod", d.toFixed(1), "parseBase", e.toFixed(1));
}
