import type { DeltagareRad } from "../../model/deltagare";
import { kmsAt, sumKms, type AnonymaRad, type AnonymaTabell, type RadStatus } from "./typer";

/**
 * Table "Anonymt registrerade" (domain.md §3.6; Uppsala 2021 Tabell 7 "Antal anonyma individer registrerade
 * i insatserna"): per insats and K/M/S:a, anonymous participants among inregistrerade perioden and among
 * pågående per till. They are counted in Inregistrerade and Pågående of the Utfall table, never as avslutade.
 */
export class AnonymaAckumulator {
  private readonly counts: Float64Array;

  constructor(insatser: number) {
    this.counts = new Float64Array(insatser * 6);
  }

  add(insats: number, d: DeltagareRad, st: RadStatus): void {
    if (!d.anonym) return;
    if (st.inregistrerad) this.counts[insats * 6 + st.kon]++;
    if (st.pagaende) this.counts[insats * 6 + 3 + st.kon]++;
  }

  result(namn: readonly string[], shown: readonly number[], totalLabel = "Totalt"): AnonymaTabell {
    const row = (i: number): AnonymaRad => ({
      insats: namn[i],
      inregistrerade: kmsAt(this.counts, i * 6),
      pagaende: kmsAt(this.counts, i * 6 + 3),
    });
    const all = namn.map((_, i) => row(i));
    return {
      rader: shown.map((i) => all[i]),
      totalt: {
        insats: totalLabel,
        inregistrerade: sumKms(all.map((r) => r.inregistrerade)),
        pagaende: sumKms(all.map((r) => r.pagaende)),
      },
    };
  }
}
