import { runPipeline } from "../src/domain/pipeline";
import { deltagareModule } from "../src/domain/reports/deltagare";
import { generateDeltagare } from "../test/fixtures/deltagare/generate";
import { isFormulaCell } from "../src/domain/model";
const g = generateDeltagare(300, 3);
for (const t of [5, 3]) {
const r = runPipeline(g.sheets, { fran: g.fran, till: g.till, idag: "2024-11-24", publicering: { threshold: t } }, { modules: [deltagareModule] });
const p = r.plans.find((x) => x.kind === "deltagare")!;
for (const row of p.rows.slice(6, 23)) console.log(JSON.stringify(row.map((c) => (isFormulaCell(c) ? c.value : c))));
}
