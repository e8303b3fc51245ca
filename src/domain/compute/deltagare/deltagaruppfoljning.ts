import type { DeltagareUnderlag } from "../../validate/deltagare";
import { AnonymaAckumulator } from "./anonyma";
import { AvslutningsanledningarAckumulator, STANDARD_BAND } from "./avslutningsanledningar";
import { MalgruppAckumulator } from "./malgrupp";
import { SnittidAckumulator } from "./snittid";
import type { DeltagarPeriod, DeltagarUppfoljning, RadStatus, SysselsattningsBand } from "./typer";
import { UtfallAckumulator } from "./utfall";

/**
 * Deltagaruppföljning for a period [från, till] (domain.md §3.6): every table in ONE pass over the rows.
 * Per row the period status is computed once (inregistrerad: från ≤ inskriven ≤ till; avslutad perioden:
 * från ≤ utskriven ≤ till; avslutad hela insatsperioden: utskriven ≤ till; pågående: inskriven ≤ till and
 * not utskriven ≤ till; anonymous rows are never avslutade) and handed to each table's accumulator
 * (typed-array counters, no per-cell objects). Rows that validation did not accept (radInsats −1) are skipped.
 * Insatser shown: those with counted rows, and individinsatser active in the period (a row of zeros).
 * Reproduces Uppsala 2021 Tabell 6 and 8 (see test/fixtures/deltagare/uppsala-2021.ts).
 */

export interface DeltagarOptions {
  /** Sysselsättningsgrad bands of the Avslutningsanledningar table (default STANDARD_BAND). */
  band?: readonly SysselsattningsBand[];
}

export function computeDeltagaruppfoljning(u: DeltagareUnderlag, period: DeltagarPeriod, opts: DeltagarOptions = {}): DeltagarUppfoljning {
  const n = u.insatser.length;
  const utfall = new UtfallAckumulator(n);
  const anledningar = new AvslutningsanledningarAckumulator(opts.band ?? STANDARD_BAND);
  const anonyma = new AnonymaAckumulator(n);
  const malgrupp = new MalgruppAckumulator(n);
  const snittid = new SnittidAckumulator(n);
  const harRader = new Uint8Array(n);
  const st: RadStatus = { kon: 2, inregistrerad: false, avslutadPeriod: false, avslutadHela: false, pagaende: false };
  const { fran, till } = period;
  let raknade = 0;

  for (let i = 0; i < u.rader.length; i++) {
    const k = u.radInsats[i];
    if (k < 0) continue;
    const d = u.rader[i];
    raknade++;
    harRader[k] = 1;
    const ins = d.inskriven as string;
    if (ins > till) continue;
    const ut = d.utskriven;
    const utTill = ut !== null && ut <= till;
    st.kon = d.kon === "K" ? 0 : d.kon === "M" ? 1 : 2;
    st.inregistrerad = ins >= fran;
    st.avslutadHela = utTill && !d.anonym;
    st.avslutadPeriod = st.avslutadHela && (ut as string) >= fran;
    st.pagaende = !utTill;
    utfall.add(k, d, st);
    anledningar.add(k, d, st);
    anonyma.add(k, d, st);
    malgrupp.add(k, d, st);
    snittid.add(k, d, st);
  }

  const shown: number[] = [];
  u.insatser.forEach((ins, k) => {
    const aktiv = ins.typ === "individ" && ins.start !== undefined && ins.slut !== undefined && ins.start <= till && ins.slut >= fran;
    if (harRader[k] || aktiv) shown.push(k);
  });
  const namn = u.insatser.map((i) => i.namn);
  return {
    period: { fran, till },
    raknade,
    rader: u.rader.length,
    utfall: utfall.result(namn, shown),
    avslutningsanledningar: anledningar.result(),
    anonyma: anonyma.result(namn, shown),
    malgrupp: malgrupp.result(namn, shown),
    snittid: snittid.result(namn, shown),
  };
}
