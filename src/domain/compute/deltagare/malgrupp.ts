import type { DeltagareRad } from "../../model/deltagare";
import { andel, type Del, type MalgruppRad, type MalgruppTabell, type RadStatus } from "./typer";

/**
 * Table "Målgrupp" (domain.md §3.6) among inregistrerade perioden, per insats and Totalt:
 * andel kvinnor = K / S:a and män = M / S:a; andel under 30 år at inskrivning (ålder < 30, of those with a known
 * ålder or födelseår); andel med offentlig försörjning ≥ 3 år (of those with a known number of years);
 * utbildning högst grundskola / gymnasium / eftergymnasial / saknas eller okänd (of all inregistrerade);
 * andel med handlingsplan = Ja / (Ja + Nej) — N/A when nobody has a known value, as Uppsala 2021 writes for
 * Plattform Heby (the other insatser 100 %).
 */

const N = 0;
const K = 1;
const M = 2;
const U30 = 3;
const U30_KAND = 4;
const OF3 = 5;
const OF3_KAND = 6;
const GRUND = 7;
const GYMN = 8;
const EFTER = 9;
const UTB_OKAND = 10;
const HP = 11;
const HP_KAND = 12;
const STRIDE = 13;

const UTB_INDEX = { grundskola: GRUND, gymnasium: GYMN, eftergymnasial: EFTER, saknas: UTB_OKAND, okand: UTB_OKAND } as const;

export class MalgruppAckumulator {
  private readonly counts: Float64Array;

  constructor(private readonly insatser: number) {
    this.counts = new Float64Array((insatser + 1) * STRIDE);
  }

  add(insats: number, d: DeltagareRad, st: RadStatus): void {
    if (!st.inregistrerad) return;
    const c = this.counts;
    const b = insats * STRIDE;
    c[b + N]++;
    if (st.kon === 0) c[b + K]++;
    else if (st.kon === 1) c[b + M]++;
    if (d.alder !== null) {
      c[b + U30_KAND]++;
      if (d.alder < 30) c[b + U30]++;
    }
    if (d.arIOffentligForsorjning !== null) {
      c[b + OF3_KAND]++;
      if (d.arIOffentligForsorjning >= 3) c[b + OF3]++;
    }
    c[b + UTB_INDEX[d.utbildning]]++;
    if (d.handlingsplan !== null) {
      c[b + HP_KAND]++;
      if (d.handlingsplan) c[b + HP]++;
    }
  }

  private row(insats: string, b: number): MalgruppRad {
    const c = this.counts;
    const n = c[b + N];
    const del = (antal: number, kanda: number): Del => ({ antal, kanda, andel: andel(antal, kanda) });
    return {
      insats,
      inregistrerade: n,
      kvinnor: del(c[b + K], n),
      man: del(c[b + M], n),
      under30: del(c[b + U30], c[b + U30_KAND]),
      offentligForsorjning3: del(c[b + OF3], c[b + OF3_KAND]),
      grundskola: del(c[b + GRUND], n),
      gymnasium: del(c[b + GYMN], n),
      eftergymnasial: del(c[b + EFTER], n),
      utbildningSaknasOkand: del(c[b + UTB_OKAND], n),
      handlingsplan: del(c[b + HP], c[b + HP_KAND]),
    };
  }

  result(namn: readonly string[], shown: readonly number[], totalLabel = "Totalt"): MalgruppTabell {
    const t = this.insatser * STRIDE;
    for (let i = 0; i < this.insatser; i++) for (let j = 0; j < STRIDE; j++) this.counts[t + j] += this.counts[i * STRIDE + j];
    const totalt = this.row(totalLabel, t);
    this.counts.fill(0, t);
    return { rader: shown.map((i) => this.row(namn[i], i * STRIDE)), totalt };
  }
}
