import type { DriftsredovisningResultat, DriftsSektion } from "../driftsredovisning";

/**
 * Förbrukad andel av budget per group (domain.md §3.2), taken from the driftsredovisning's group sums:
 *
 *   andel(grupp) = Σ utfall(grupp) / Σ budget helår(grupp)      (the group's Förbrukad andel, reused)
 *
 * plus "Summa samverkansinsatser" over all samverkansinsats groups. Amounts are returned with costs
 * positive (the sign of intäkter is kept); the andel is the same either way.
 * Reproduces Uppsala 2014: Tidiga 1 391 / 665 = 209 %, Sena 18 225 / 20 951 = 87 %, Sociala företag
 * 280 / 1 000 = 28 %, Övriga utvecklingsinsatser 545 / 1 228 = 44 %, ej fördelade medel 0 / 1 397,
 * SUMMA 20 440 / 25 241 = 81 %.
 */
export interface ForbrukadAndelRad {
  rubrik: string;
  sektion: DriftsSektion;
  utfall: number;
  budgetHelar: number;
  andel?: number;
  /** True for the "Summa samverkansinsatser" row. */
  summa?: boolean;
}

export const SUMMA_SAMVERKANSINSATSER = "Summa samverkansinsatser";

/** Groups with posts, in the driftsredovisning's order, and the Summa samverkansinsatser after the last samverkansinsats group. */
export function forbrukadAndelPerGrupp(drift: Pick<DriftsredovisningResultat, "grupper" | "summaSamverkansinsatser">): ForbrukadAndelRad[] {
  const out: ForbrukadAndelRad[] = [];
  const grupper = drift.grupper.filter((g) => g.poster.length > 0);
  const sista = grupper.map((g) => g.sektion).lastIndexOf("samverkansinsatser");
  grupper.forEach((g, i) => {
    const sign = g.sektion === "intakter" ? 1 : -1;
    out.push({
      rubrik: g.rubrik,
      sektion: g.sektion,
      utfall: sign * g.summa.utfall + 0,
      budgetHelar: sign * (g.summa.budgetHelar ?? 0) + 0,
      andel: g.summa.forbrukadAndel,
    });
    if (i === sista) {
      const s = drift.summaSamverkansinsatser;
      out.push({
        rubrik: SUMMA_SAMVERKANSINSATSER,
        sektion: "samverkansinsatser",
        utfall: -s.utfall + 0,
        budgetHelar: -(s.budgetHelar ?? 0) + 0,
        andel: s.forbrukadAndel,
        summa: true,
      });
    }
  });
  return out;
}
