import type { Avslutningsorsak, DeltagareRad } from "../../model/deltagare";
import { andel, kmsAndel, kmsAt, sumKms, type Kms, type RadStatus, type UtfallMatt, type UtfallRad, type UtfallTabell } from "./typer";

/**
 * Table "Utfall för deltagare" (domain.md §3.6), per insats and K/M/S:a, for the period [från, till]:
 * - Inregistrerade perioden: från ≤ inskriven ≤ till;
 * - Avslutade perioden: från ≤ utskriven ≤ till (never anonymous rows);
 * - Avslutade under hela insatsperioden: utskriven ≤ till;
 * - Pågående per till: inskriven ≤ till and (no utskriven or utskriven > till);
 * - Till arbete och/eller studier: avslutade perioden with avslutningsorsak subventionerat arbete, ej
 *   subventionerat arbete, eget företag or studier; andel = antal / avslutade perioden;
 *   and a second figure that also counts aktivt arbetssökande.
 * Uppsala 2021 (Tabell 6): Framsteget 27/46/73 inregistrerade, 41/76/117 avslutade, 24/39/63 till arbete/studier
 * → 59 %/51 %/54 %; all insatser 186 of 409 → 45 %.
 * Counters are one Float64Array indexed [insats][measure][kön]; `add` is called once per row.
 */

const ARBETE_STUDIER: ReadonlySet<Avslutningsorsak | "okand"> = new Set([
  "subventionerat_arbete",
  "ej_subventionerat_arbete",
  "eget_foretag",
  "studier",
]);

const M_INREG = 0;
const M_AVSL = 3;
const M_HELA = 6;
const M_PAG = 9;
const M_AS = 12;
const M_ASS = 15;
const STRIDE = 18;

export const UTFALL_MATT: readonly UtfallMatt[] = [
  "inregistrerade",
  "avslutade",
  "avslutadeHela",
  "pagaende",
  "arbeteStudier",
  "arbeteStudierSokande",
];

export class UtfallAckumulator {
  private readonly counts: Float64Array;

  constructor(insatser: number) {
    this.counts = new Float64Array(insatser * STRIDE);
  }

  add(insats: number, d: DeltagareRad, st: RadStatus): void {
    const b = insats * STRIDE + st.kon;
    const c = this.counts;
    if (st.inregistrerad) c[b + M_INREG]++;
    if (st.avslutadHela) c[b + M_HELA]++;
    if (st.pagaende) c[b + M_PAG]++;
    if (st.avslutadPeriod) {
      c[b + M_AVSL]++;
      const o = d.avslutningsorsak;
      if (o !== null && ARBETE_STUDIER.has(o)) {
        c[b + M_AS]++;
        c[b + M_ASS]++;
      } else if (o === "aktivt_arbetssokande") c[b + M_ASS]++;
    }
  }

  private row(insats: string, at: (m: number) => Kms): UtfallRad {
    const avslutade = at(M_AVSL);
    const arbeteStudier = at(M_AS);
    const arbeteStudierSokande = at(M_ASS);
    return {
      insats,
      inregistrerade: at(M_INREG),
      avslutade,
      avslutadeHela: at(M_HELA),
      pagaende: at(M_PAG),
      arbeteStudier,
      andelArbeteStudier: kmsAndel(arbeteStudier, avslutade),
      arbeteStudierSokande,
      andelArbeteStudierSokande: kmsAndel(arbeteStudierSokande, avslutade),
    };
  }

  /** Rows for the shown insatser (indexes into the insats list, in order) and the Totalt row over all insatser. */
  result(namn: readonly string[], shown: readonly number[], totalLabel = "Totalt"): UtfallTabell {
    const rader = shown.map((i) => this.row(namn[i], (m) => kmsAt(this.counts, i * STRIDE + m)));
    const all = namn.map((_, i) => i);
    const totalt = this.row(totalLabel, (m) => sumKms(all.map((i) => kmsAt(this.counts, i * STRIDE + m))));
    const fordelning = {} as UtfallTabell["fordelning"];
    for (const matt of UTFALL_MATT) {
      const t = totalt[matt];
      fordelning[matt] = { k: andel(t.k, t.s), m: andel(t.m, t.s) };
    }
    return { rader, totalt, fordelning };
  }
}
