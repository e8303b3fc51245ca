import type { IsoDate, ParsedWorkbook } from "../../model";
import { computeDriftsredovisning, type DriftsPost, type DriftsSektion } from "../driftsredovisning";
import type { RrJamforelse, RrPost } from "./resultatrakning";

/**
 * Budget and prognos of the resultaträkning from the workbook's Budget sheet (domain.md §3.7), through the
 * driftsredovisning (§3.2) so that both reports use the same figures: per post its budget for the period
 * (periodised as in the Driftsredovisning) and its prognos helår (a post without prognos counts with its budget
 * helår, as in the Driftsredovisning). Kronor, intäkter +, kostnader −. Post → RR row:
 *   grupp Finansiell → finansiella intäkter (intäkt) or finansiella kostnader (kostnad);
 *   a kostnad whose name says avskrivning → avskrivningar;
 *   every other intäkt → verksamhetens intäkter, every other kostnad (insatser included) → verksamhetens kostnader.
 * Uppsala 2024-06-30: budget H1 intäkter 12 050 tkr, periodens resultat −1 480 tkr; prognos helår −1 530 tkr.
 * Nothing without Budget rows for the year (insatser alone give no förbund intäkter). The prognos column is given
 * only when at least one Budget row of the year has a prognos.
 */

const AVSKRIVNING = /avskrivning/i;

function rrPost(post: DriftsPost, sektion: DriftsSektion): RrPost {
  const intakt = sektion === "intakter";
  if (post.grupp === "finansiell") return intakt ? "finansiellaIntakter" : "finansiellaKostnader";
  if (!intakt && AVSKRIVNING.test(post.post)) return "avskrivningar";
  return intakt ? "intakter" : "kostnader";
}

const tom = (): Record<RrPost, number> => ({
  intakter: 0,
  kostnader: 0,
  avskrivningar: 0,
  finansiellaIntakter: 0,
  finansiellaKostnader: 0,
});
const poster = (n: number): string => (n === 1 ? "1 post" : `${n} poster`);

export function budgetOchPrognosUrArbetsboken(
  base: ParsedWorkbook,
  period: { fran: IsoDate; till: IsoDate },
): { budget?: RrJamforelse; prognos?: RrJamforelse } {
  const ar = Number(period.till.slice(0, 4));
  // Without Budget rows for the year (förbund posts: medlemsavgifter, kansli) an RR budget of insatser alone would mislead.
  if (!base.budget.some((r) => r.ar === ar)) return {};
  const { result: dr } = computeDriftsredovisning(base, period);
  const budget = tom();
  const prognos = tom();
  let utanPrognos = 0;
  let medBudget = 0;
  for (const g of dr.grupper) {
    if (g.sektion === "ejKnuten") continue;
    for (const p of g.poster) {
      const rad = rrPost(p, g.sektion);
      budget[rad] += p.budget ?? 0;
      prognos[rad] += p.prognosHelar ?? p.budgetHelar ?? 0;
      if (p.budget !== undefined && !p.ejBudgeterad) medBudget++;
      if (p.prognosArBudget && !p.ejBudgeterad) utanPrognos++;
    }
  }
  if (medBudget === 0) return {};
  const blad = base.sourceSheets.budget ?? "Budget";
  const insatsBlad = base.insatser.some((i) => i.budgetPerAr[ar] !== undefined) ? base.sourceSheets.insatser : undefined;
  const bladen = insatsBlad && insatsBlad !== blad ? `bladen ${blad} och ${insatsBlad}` : `bladet ${blad}`;
  const harPrognos = base.budget.some((r) => r.ar === dr.ar && r.prognos !== undefined);
  return {
    budget: {
      rubrik: `Budget ${period.fran} – ${period.till}`,
      kalla: `${bladen} (${poster(medBudget)}), periodiserad som i Driftsredovisningen`,
      belopp: budget,
    },
    ...(harPrognos
      ? {
          prognos: {
            rubrik: `Prognos helår ${dr.ar}`,
            kalla: `kolumnen Prognos i bladet ${blad}${utanPrognos > 0 ? `; ${poster(utanPrognos)} utan prognos räknas med sin budget` : ""}`,
            belopp: prognos,
          },
        }
      : {}),
  };
}
