import { workbook, DEFAULT_OPTIONS, sheet } from "../test/fixtures/bad/build";
import { tsvRows } from "../test/fixtures/bad/uppsala-tsv";
import { runAll } from "../test/fuzz/pipeline-check";
const r = runAll([...workbook(), sheet("Tabell 6", tsvRows("uppsala-2021-utfall-for-deltagare"))], DEFAULT_OPTIONS);
console.log(r.issues.filter((i) => i.sheet === "Tabell 6").map((i) => `${i.code} ${i.cell}`));
const d = runAll([sheet("Driftsredovisning", tsvRows("uppsala-2024-driftsredovisning"))], DEFAULT_OPTIONS);
const c: Record<string, number> = {};
for (const i of d.issues) c[i.code] = (c[i.code] ?? 0) + 1;
console.log(c);
