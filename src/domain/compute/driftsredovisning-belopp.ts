/** One post's signed amounts and the sum rows of the driftsredovisning (formulas in driftsredovisning.ts). */
import { kvotAv } from "./forbrukningskvot";
import type { DriftsBelopp } from "./driftsredovisning-types";

/**
 * A sum row from ALL its rows: Σ budget (a post without budget counts 0), Σ utfall, Σ prognos (each post's prognos,
 * or its budget helår when it has none), Σ budget helår; avvikelse = utfall − budget of the sum row.
 */
export function summera(rader: readonly DriftsBelopp[]): DriftsBelopp {
  const sum = (f: (r: DriftsBelopp) => number | undefined) => rader.reduce((s, r) => s + (f(r) ?? 0), 0);
  const budget = sum((r) => r.budget);
  const utfall = sum((r) => r.utfall);
  const budgetHelar = sum((r) => r.budgetHelar);
  return {
    budget,
    utfall,
    avvikelse: utfall - budget + 0,
    prognosHelar: sum((r) => r.prognosHelar ?? r.budgetHelar),
    budgetHelar,
    forbrukadAndel: kvotAv(utfall, budgetHelar),
    prognosArBudget: rader.some((r) => r.prognosArBudget) || undefined,
  };
}

/** sign × x without a negative zero (−0 would show as "-0" in JSON-like output). */
const signed = (sign: number, x: number): number => sign * x + 0;

export function belopp(
  sign: number,
  budget: number | undefined,
  utfall: number,
  prognos: number | undefined,
  helar: number | undefined,
): DriftsBelopp {
  const b = signed(sign, budget ?? 0);
  const u = signed(sign, utfall);
  const h = signed(sign, helar ?? 0);
  const out: DriftsBelopp = {
    budget: b,
    utfall: u,
    avvikelse: u - b + 0,
    prognosHelar: prognos === undefined ? h : signed(sign, prognos),
    budgetHelar: h,
    forbrukadAndel: kvotAv(u, h),
  };
  if (budget === undefined && helar === undefined) out.ejBudgeterad = true;
  if (prognos === undefined) out.prognosArBudget = true;
  return out;
}
