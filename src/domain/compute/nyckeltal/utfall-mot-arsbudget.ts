import type { DriftsredovisningResultat } from "../driftsredovisning";
import { adminSlag, type AdminSlag } from "../resultatrakning";

/**
 * Utfall mot årsbudget for förtroendevalda and förvaltning (domain.md §3.2): per administrative post
 * of the driftsredovisning,
 *
 *   andel = utfall t.o.m. periodens slut / budget helår
 *
 * which is the driftsredovisning's Förbrukad andel of that post (reused, not recomputed). Amounts are
 * returned as positive costs. Posts without a budget for the year get no andel.
 * Reproduces Uppsala 2024 H1: Styrelse (förtroendevalda) 177 / 800 = 22 %; Kansli och kringkostnader
 * (förvaltning) 2 202 / 3 822 = 58 %.
 */
export interface UtfallMotArsbudgetRad {
  post: string;
  slag: AdminSlag;
  /** Utfall for the period, kronor, positive. */
  utfall: number;
  /** Budget for the whole year, kronor, positive; undefined without a budget row. */
  budgetHelar?: number;
  andel?: number;
}

/** One row per administrative post, förtroendevalda first, in the driftsredovisning's order. */
export function utfallMotArsbudget(drift: Pick<DriftsredovisningResultat, "grupper">): UtfallMotArsbudgetRad[] {
  const rader = drift.grupper
    .filter((g) => g.sektion === "administration")
    .flatMap((g) => g.poster)
    .map((p): UtfallMotArsbudgetRad => ({
      post: p.post,
      slag: adminSlag(p.post),
      utfall: -p.utfall + 0,
      budgetHelar: p.budgetHelar === undefined || p.ejBudgeterad ? undefined : -p.budgetHelar + 0,
      andel: p.forbrukadAndel,
    }));
  return [...rader.filter((r) => r.slag === "fortroendevalda"), ...rader.filter((r) => r.slag === "forvaltning")];
}
