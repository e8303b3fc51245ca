import { detectWorkbook } from "../src/domain/detect/detect-workbook";
import { parseBase } from "../src/domain/parse";
import { validateBase } from "../src/domain/validate";
import { tsvRows } from "../test/fixtures/bad/uppsala-tsv";
for (const [file, name] of [["uppsala-2021-prognos-och-utfall-budget", "Prognos och utfall"], ["uppsala-2024-driftsredovisning", "Driftsredovisning"], ["uppsala-2024-utfall-och-budget-q1-q2", "Utfall och budget"], ["uppsala-2024-insatser", "Insatser"]]) {
  const sheets = [{ name, origin: { row: 0, col: 0 }, values: tsvRows(file) }];
  const m = detectWorkbook(sheets);
  const p = parseBase(sheets, m);
  console.log("==", name, m.sheets.map((s) => `${s.kind} hdr${s.headerRow}`).join(","), "insatser", p.base.insatser.length, "budget", p.base.budget.length, "utfall", p.base.utfall.length);
  for (const i of [...p.issues, ...validateBase(p.base, p.layout)]) console.log("  ", i.severity, i.code, i.sheet, i.cell, i.message.slice(0, 110));
}
