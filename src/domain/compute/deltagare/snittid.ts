import type { DeltagareRad } from "../../model/deltagare";
import { daysBetween } from "../../text/sv-date";
import { andel, kmsAt, sumKms, type Kms, type RadStatus, type SnittidRad, type SnittidTabell } from "./typer";

/**
 * Snittid inskrivning (domain.md §3.6): mean number of days utskriven − inskriven among avslutade perioden,
 * per insats and K/M/S:a, and over all insatser. Full precision; the sheet shows whole days.
 * Example: two women inskrivna 2021-01-01 and utskrivna 2021-01-31 and 2021-03-02 → (30 + 60) / 2 = 45 dagar.
 */
export class SnittidAckumulator {
  private readonly dagar: Float64Array;
  private readonly antal: Float64Array;

  constructor(insatser: number) {
    this.dagar = new Float64Array(insatser * 3);
    this.antal = new Float64Array(insatser * 3);
  }

  add(insats: number, d: DeltagareRad, st: RadStatus): void {
    if (!st.avslutadPeriod) return;
    const i = insats * 3 + st.kon;
    this.dagar[i] += daysBetween(d.inskriven as string, d.utskriven as string);
    this.antal[i]++;
  }

  private row(insats: string, dagar: Kms, antal: Kms): SnittidRad {
    return { insats, antal, dagar: { k: andel(dagar.k, antal.k), m: andel(dagar.m, antal.m), s: andel(dagar.s, antal.s) } };
  }

  result(namn: readonly string[], shown: readonly number[], totalLabel = "Totalt"): SnittidTabell {
    const all = namn.map((_, i) => ({ dagar: kmsAt(this.dagar, i * 3), antal: kmsAt(this.antal, i * 3) }));
    return {
      rader: shown.map((i) => this.row(namn[i], all[i].dagar, all[i].antal)),
      totalt: this.row(totalLabel, sumKms(all.map((x) => x.dagar)), sumKms(all.map((x) => x.antal))),
    };
  }
}
