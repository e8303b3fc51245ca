import { workbook, DEFAULT_OPTIONS } from "../test/fixtures/bad/build";
import { runAll } from "../test/fuzz/pipeline-check";
const r = runAll(workbook(), DEFAULT_OPTIONS);
for (const i of r.issues) console.log(i.severity, i.code, i.sheet, i.cell, i.message.slice(0, 120));
console.log(r.plans.map((p) => p.name));
