import { ARBETE, AVSLUTNINGSORSAKER, type Avslutningsorsak, type DeltagareRad } from "../../model/deltagare";
import { kmsAt, type AvslutningsanledningarTabell, type Kms, type RadStatus, type SysselsattningsBand } from "./typer";

/**
 * Table "Avslutningsanledningar" (domain.md §3.6) among avslutade perioden, K/M/tot: one row per reason
 * (subventionerat arbete … övrigt, plus "Orsak saknas/okänd"), S:a arbete = subventionerat + ej subventionerat
 * + eget företag, S:a arbete och/eller studier = S:a arbete + studier, and those in arbete by sysselsättningsgrad band.
 * Uppsala 2021 (Tabell 8): subventionerat 25/46/71, ej subventionerat 29/32/61, S:a arbete 54/78/132,
 * studerande 32/22/54, S:a arbete och/eller studerande 86/100/186, aktivt arbetssökande 64/78/142;
 * Arbetar 100 % 31/63/94.
 */

/**
 * Default bands: the common part-time levels (25, 50, 75, 100 %) and the steps between them, so that
 * Uppsala's rows "Arbetar 25 %", "40 %", "50 %", "60-69 %", "70 %", "75 %", "80 %", "100 %" each fall in one band.
 */
export const STANDARD_BAND: readonly SysselsattningsBand[] = [
  { label: "Under 25 %", min: 0, max: 0.25 },
  { label: "25–39 %", min: 0.25, max: 0.4 },
  { label: "40–49 %", min: 0.4, max: 0.5 },
  { label: "50–59 %", min: 0.5, max: 0.6 },
  { label: "60–69 %", min: 0.6, max: 0.7 },
  { label: "70–74 %", min: 0.7, max: 0.75 },
  { label: "75–79 %", min: 0.75, max: 0.8 },
  { label: "80–99 %", min: 0.8, max: 1 },
  { label: "100 %", min: 1, max: 1 },
];

const EPS = 1e-9;
const ORSAK_INDEX = new Map<Avslutningsorsak, number>(AVSLUTNINGSORSAKER.map((o, i) => [o, i]));
const SAKNAS = AVSLUTNINGSORSAKER.length;
const ARBETE_SET: ReadonlySet<string> = new Set(ARBETE);

/** Index of the band holding `grad` (min ≤ grad < max; the last band also takes grad = max), or −1. */
export function bandIndex(band: readonly SysselsattningsBand[], grad: number): number {
  for (let i = 0; i < band.length; i++) {
    const b = band[i];
    const last = i === band.length - 1;
    const inside =
      b.min === b.max ? Math.abs(grad - b.min) < EPS : grad + EPS >= b.min && (grad + EPS < b.max || (last && grad <= b.max + EPS));
    if (inside) return i;
  }
  return -1;
}

export class AvslutningsanledningarAckumulator {
  private readonly orsaker = new Float64Array((SAKNAS + 1) * 3);
  private readonly band: Float64Array;

  constructor(private readonly bands: readonly SysselsattningsBand[] = STANDARD_BAND) {
    this.band = new Float64Array((bands.length + 1) * 3);
  }

  add(_insats: number, d: DeltagareRad, st: RadStatus): void {
    if (!st.avslutadPeriod) return;
    const o = d.avslutningsorsak;
    const i = o === null || o === "okand" ? SAKNAS : (ORSAK_INDEX.get(o) as number);
    this.orsaker[i * 3 + st.kon]++;
    if (o === null || !ARBETE_SET.has(o)) return;
    const g = d.sysselsattningsgrad;
    const b = g === null ? -1 : bandIndex(this.bands, g);
    this.band[(b < 0 ? this.bands.length : b) * 3 + st.kon]++;
  }

  result(): AvslutningsanledningarTabell {
    const orsaker = {} as AvslutningsanledningarTabell["orsaker"];
    AVSLUTNINGSORSAKER.forEach((o, i) => (orsaker[o] = kmsAt(this.orsaker, i * 3)));
    orsaker.saknas = kmsAt(this.orsaker, SAKNAS * 3);
    const add = (...xs: Kms[]): Kms => ({
      k: xs.reduce((a, x) => a + x.k, 0),
      m: xs.reduce((a, x) => a + x.m, 0),
      s: xs.reduce((a, x) => a + x.s, 0),
    });
    const arbete = add(orsaker.subventionerat_arbete, orsaker.ej_subventionerat_arbete, orsaker.eget_foretag);
    const arbeteStudier = add(arbete, orsaker.studier);
    return {
      orsaker,
      band: this.bands.map((b, i) => ({ label: b.label, antal: kmsAt(this.band, i * 3) })),
      bandSaknas: kmsAt(this.band, this.bands.length * 3),
      arbete,
      arbeteStudier,
      summa: add(...Object.values(orsaker)),
    };
  }
}
