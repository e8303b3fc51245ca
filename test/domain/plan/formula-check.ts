import { isFormulaCell, parseA1, parseRange, type PlanCell, type SheetPlan } from "../../../src/domain/model";

/**
 * A tiny evaluator for the formulas the plans write (=SUM(range), =SUM(a,b), =IF(X=0,"",A/B), =A-B),
 * used to check that every cached value equals what Excel would compute from the cells.
 */
function cellAt(plan: SheetPlan, ref: string): PlanCell {
  const p = parseA1(ref);
  if (!p) throw new Error(`bad ref ${ref}`);
  return plan.rows[p.row]?.[p.col] ?? "";
}

function num(plan: SheetPlan, ref: string): number {
  const c = cellAt(plan, ref);
  const v = isFormulaCell(c) ? evaluate(plan, c.formula) : c;
  return typeof v === "number" ? v : 0;
}

export function evaluate(plan: SheetPlan, formula: string): number | string {
  let m = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(formula);
  if (m) {
    const r = parseRange(m[1])!;
    let s = 0;
    for (let row = r.row1; row <= r.row2; row++) s += num(plan, `${m[1].replace(/\d+:.*/, "")}${row + 1}`);
    return s;
  }
  m = /^=SUM\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)$/.exec(formula);
  if (m) return m[1].split(",").reduce((s, ref) => s + num(plan, ref), 0);
  m = /^=IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)\/([A-Z]+\d+)\)$/.exec(formula);
  if (m) return num(plan, m[1]) === 0 ? "" : num(plan, m[2]) / num(plan, m[3]);
  m = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(formula);
  if (m) return num(plan, m[1]) - num(plan, m[2]);
  throw new Error(`formula not understood: ${formula}`);
}

/** Every formula cell of the plan whose cached value differs from its evaluation. */
export function formulaMismatches(plan: SheetPlan): string[] {
  const out: string[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!isFormulaCell(c)) return;
      const v = evaluate(plan, c.formula);
      const same = typeof v === "number" && typeof c.value === "number" ? Math.abs(v - c.value) < 1e-6 : v === c.value;
      if (!same) out.push(`${String.fromCharCode(65 + col)}${r + 1}: ${c.formula} = ${v}, cached ${String(c.value)}`);
    }),
  );
  return out;
}

export function formulaCount(plan: SheetPlan): number {
  return plan.rows.reduce((n, row) => n + row.filter((c) => isFormulaCell(c)).length, 0);
}
