/** Info findings of the driftsredovisning: guessed groups, prognos = budget, step changes. */
import { issue } from "../issues";
import { formatTkr } from "../text/format";
import { gruppText, type DriftsPost } from "./driftsredovisning-types";
import type { Ctx } from "./driftsredovisning-poster";

/** "a, b, c, d och 8 till": at most `n` names, so a finding stays one readable line. */
function kortLista(namn: string[], n = 4): string {
  return namn.length <= n ? namn.join(", ") : `${namn.slice(0, n).join(", ")} och ${namn.length - n} till`;
}

/** Info findings: guessed groups, prognos = budget, prognos that implies a step change. */
export function findings(ctx: Ctx, poster: DriftsPost[]): void {
  const gissade = poster.filter((p) => p.gruppGissad);
  if (gissade.length > 0) {
    const src = gissade[0].source;
    const ovantade = gissade.filter((p) => p.grupp === "ovrig-samverkansinsats" || p.grupp === "finansiell");
    const lista = kortLista(
      [...ovantade, ...gissade.filter((p) => !ovantade.includes(p))].map((p) => `${p.post} → ${gruppText(p.grupp!)}`),
      3,
    );
    ctx.issues.push(
      issue(
        "info",
        "GRUPP_GISSAD",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Grupp saknas i Budget för ${gissade.length === 1 ? "1 post" : `${gissade.length} poster`}; gruppen är gissad från namnet: ${lista}. ` +
          `Lägg till kolumnen Grupp i Budget om någon gissning är fel.`,
      ),
    );
  }
  const utanPrognos = poster.filter((p) => p.prognosArBudget && !p.ejBudgeterad);
  if (utanPrognos.length > 0) {
    const src = utanPrognos[0].source;
    const n = utanPrognos.length === 1 ? "1 post" : `${utanPrognos.length} poster`;
    ctx.issues.push(
      issue(
        "info",
        "PROGNOS_SAKNAS",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Prognos helår ${ctx.ar} saknas för ${n} (${kortLista(utanPrognos.map((p) => p.post))}): budgeten används, markerat "prognos = budget". ` +
          `Fyll i Prognos i Budget.`,
      ),
    );
  }
  const steg = poster.filter((p) => p.korning?.stegforandring);
  if (steg.length > 0) {
    const src = steg[0].source;
    const lista = kortLista(
      steg.map((p) => `${p.post} ${formatTkr(p.prognosHelar ?? 0)} (samma takt ${formatTkr(p.korning!.utfallTakt)})`),
      3,
    );
    ctx.issues.push(
      issue(
        "info",
        "PROGNOS_STEGFORANDRING",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Prognosen förutsätter en tydlig förändring resten av året för ${steg.length === 1 ? "1 post" : `${steg.length} poster`}: ${lista}. ` +
          `Kontrollera prognosen eller förklara förändringen.`,
      ),
    );
  }
}
