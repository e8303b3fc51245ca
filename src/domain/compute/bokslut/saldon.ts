import type { IsoDate } from "../../model";
import { arBalanskonto, mapKonto, type BokslutRad, type KontoplanRad } from "../../ledger/kontoplan";
import type { Ledger, LedgerPeriodSaldo } from "../../ledger/types";
import { saldoInsatsDimension } from "../../ledger/utfall";

/**
 * Konto balances of a ledger at the period end `till`, and their sums per bokslut row (domain.md §3.7).
 * Öre, SIE sign (debet +, kredit −).
 *
 * Source of UB and RES: the file's #UB/#RES when they cover the period (till ≥ #OMFATTN, or the räkenskapsår's end
 * when there is no #OMFATTN) — a konto without its own #UB (#RES) then has 0, as exporters omit zero balances; otherwise (a delår cut from a full-year file, or a file without #UB/#RES)
 * IB + Σ #TRANS dated ≤ till. `trans` always holds Σ #TRANS ≤ till so the checks can compare the two.
 * Föregående år: #RES −1 (for a delår Σ #PSALDO −1 up to the same month when the file has them), #UB −1.
 * Budget: Σ #PBUDGET (år 0, the {} records; for a konto written only per objekt, its insats dimension's) for the months from the räkenskapsår's start up to till; without #PBUDGET,
 * a saldobalans sheet's Budget column (the year's budget, or the period's when its header says so).
 */

export interface KontoSaldo {
  konto: string;
  namn: string;
  /** A balance konto (IB/UB), by #KTYP or else konto class 1–2 (`arBalanskonto`). */
  balans: boolean;
  ib: number;
  ub: number;
  res: number;
  /** Σ transaktioner dated ≤ till (undefined when the ledger has no verifikationer). */
  trans?: number;
  ubFg?: number;
  resFg?: number;
  budget?: number;
  mapping?: KontoplanRad;
}

export interface RadSaldo {
  ib: number;
  ub: number;
  res: number;
  /** undefined when no konto of the row has a föregående-år figure. */
  ubFg?: number;
  resFg?: number;
  budget?: number;
}

export interface LedgerSaldon {
  fran: IsoDate;
  till: IsoDate;
  /** True when till is before the räkenskapsår's end: "Periodens resultat". */
  delar: boolean;
  /** Where UB/RES came from. */
  kalla: "ub-res" | "transaktioner";
  /** Where the budget comes from (column heading and a sentence for the sheet's note); undefined without budget. */
  budgetKalla?: { rubrik: string; kalla: string };
  /** "Föregående år" column heading ("Samma period 2023" or "Helår 2023"), undefined without figures. */
  foregaendeRubrik?: string;
  konton: KontoSaldo[];
  rader: Map<BokslutRad, RadSaldo>;
  omappade: KontoSaldo[];
}

const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);

export function ledgerSaldon(ledger: Ledger, opts: { till?: IsoDate; kontoplan: readonly KontoplanRad[] }): LedgerSaldon {
  const rar0 = ledger.rar.get(0);
  const rarFg = ledger.rar.get(-1);
  const slut = ledger.omfattn ?? rar0?.till;
  const till = opts.till ?? slut ?? lastVerDate(ledger) ?? "";
  const fran = rar0?.fran ?? `${till.slice(0, 4)}-01-01`;
  // Without #RAR (a saldobalans sheet) the räkenskapsår is the calendar year, as for every samordningsförbund.
  const delar = rar0 ? till < rar0.till : till !== "" && !till.endsWith("-12-31");
  // Exporters leave out zero balances: in a file with #UB (#RES) records, a konto without one has UB (RES) 0 —
  // e.g. 2099 moved to balanserat resultat during the year — not its IB.
  const hasUb = ledger.ub.some((s) => s.ar === 0);
  const hasRes = ledger.res.some((s) => s.ar === 0);
  const hasRecords = hasUb || hasRes;
  const useTrans = ledger.ver.length > 0 && (!hasRecords || (slut !== undefined && till < slut));

  const ib = new Map<string, number>();
  const ub = new Map<string, number>();
  const res = new Map<string, number>();
  const trans = new Map<string, number>();
  const ubFg = new Map<string, number>();
  const resFg = new Map<string, number>();
  for (const s of ledger.ib) if (s.ar === 0) add(ib, s.konto, s.ore);
  for (const s of ledger.ub)
    if (s.ar === 0) add(ub, s.konto, s.ore);
    else if (s.ar === -1) add(ubFg, s.konto, s.ore);
  for (const s of ledger.res)
    if (s.ar === 0) add(res, s.konto, s.ore);
    else if (s.ar === -1 && !delar) add(resFg, s.konto, s.ore);
  // Only the räkenskapsår's transactions: a verifikation dated before it (or after its end) is not in its saldon
  // (a finding in the checks, VER_UTANFOR_AR).
  for (const v of ledger.ver) for (const t of v.trans) if (t.datum <= till && t.datum >= fran) add(trans, t.konto, t.ore);
  const budget = new Map<string, number>();
  const tillManad = till.slice(0, 7).replace("-", "");
  const franManad = fran.slice(0, 7).replace("-", "");
  const bud0 = perKonto(ledger.pbudget.filter((b) => b.ar === 0));
  for (const b of bud0) if (b.period >= franManad && b.period <= tillManad) add(budget, b.konto, b.ore);
  let budgetKalla: LedgerSaldon["budgetKalla"];
  const manader = `${fran.slice(0, 7)} – ${till.slice(0, 7)}`;
  if (budget.size > 0) budgetKalla = { rubrik: `Budget ${fran} – ${till}`, kalla: `#PBUDGET i ${ledger.kalla}, månaderna ${manader}` };
  else if (ledger.budgetKolumn && ledger.budgetKolumn.saldon.length > 0) {
    const k = ledger.budgetKolumn;
    for (const b of k.saldon) add(budget, b.konto, b.ore);
    const helar = k.slag === "helar" && delar;
    budgetKalla = {
      rubrik: helar ? `Budget helår ${(rar0?.till ?? till).slice(0, 4)}` : `Budget ${fran} – ${till}`,
      kalla: `kolumnen "${k.rubrik}" i bladet ${k.sheet} (${k.cell})${helar ? ", hela årets budget" : ""}`,
    };
  }
  let foregaendeRubrik: string | undefined;
  const fgAr = rarFg ? rarFg.till.slice(0, 4) : String(Number(till.slice(0, 4)) - 1);
  if (delar) {
    const manad = `${fgAr}${till.slice(5, 7)}`;
    const p = perKonto(ledger.psaldo.filter((s) => s.ar === -1)).filter((s) => s.period <= manad);
    for (const s of p) add(resFg, s.konto, s.ore);
    if (p.length > 0) foregaendeRubrik = `Samma period ${fgAr}`;
  } else if (resFg.size > 0) foregaendeRubrik = `Helår ${fgAr}`;
  if (!foregaendeRubrik && ubFg.size > 0) foregaendeRubrik = `${rarFg?.till ?? `${fgAr}-12-31`}`;

  const all = new Set<string>([
    ...ledger.konton.keys(),
    ...ib.keys(),
    ...ub.keys(),
    ...res.keys(),
    ...trans.keys(),
    ...ubFg.keys(),
    ...resFg.keys(),
    ...budget.keys(),
  ]);
  const konton: KontoSaldo[] = [];
  const rader = new Map<BokslutRad, RadSaldo>();
  const omappade: KontoSaldo[] = [];
  for (const konto of [...all].sort()) {
    const typ = ledger.konton.get(konto)?.typ;
    const balans = arBalanskonto(konto, typ);
    const i = balans ? (ib.get(konto) ?? 0) : 0;
    const tr = trans.get(konto) ?? 0;
    const k: KontoSaldo = {
      konto,
      namn: ledger.konton.get(konto)?.namn ?? "",
      balans,
      ib: i,
      ub: balans ? (useTrans || !hasUb ? i + tr : (ub.get(konto) ?? 0)) : 0,
      res: balans ? 0 : useTrans || !hasRes ? tr : (res.get(konto) ?? 0),
      ...(ledger.ver.length > 0 ? { trans: tr } : {}),
      ...(ubFg.has(konto) ? { ubFg: ubFg.get(konto) } : {}),
      ...(resFg.has(konto) ? { resFg: resFg.get(konto) } : {}),
      ...(budget.has(konto) ? { budget: budget.get(konto) } : {}),
    };
    const m = mapKonto(konto, opts.kontoplan, typ);
    if (m) k.mapping = m;
    konton.push(k);
    const zero = k.ib === 0 && k.ub === 0 && k.res === 0 && !k.ubFg && !k.resFg && !k.budget;
    if (!m) {
      if (!zero) omappade.push(k);
      continue;
    }
    const r = rader.get(m.rad) ?? { ib: 0, ub: 0, res: 0 };
    r.ib += k.ib;
    r.ub += k.ub;
    r.res += k.res;
    if (k.ubFg !== undefined) r.ubFg = (r.ubFg ?? 0) + k.ubFg;
    if (k.resFg !== undefined) r.resFg = (r.resFg ?? 0) + k.resFg;
    if (k.budget !== undefined) r.budget = (r.budget ?? 0) + k.budget;
    rader.set(m.rad, r);
  }
  return {
    fran,
    till,
    delar,
    kalla: useTrans ? "transaktioner" : "ub-res",
    ...(budgetKalla ? { budgetKalla } : {}),
    ...(foregaendeRubrik ? { foregaendeRubrik } : {}),
    konton,
    rader,
    omappade,
  };
}

/**
 * The records that make a konto's period saldo: its {} records; for a konto written only per objekt (no {} record),
 * the records of the insats dimension — each dimension's records repeat the same amounts.
 */
function perKonto(records: LedgerPeriodSaldo[]): LedgerPeriodSaldo[] {
  const medTotal = new Set<string>();
  for (const r of records) if (!r.objekt) medTotal.add(r.konto);
  const dim = saldoInsatsDimension(records.filter((r) => !medTotal.has(r.konto)));
  return records.filter((r) => (r.objekt ? !medTotal.has(r.konto) && r.objekt[0] === dim : true));
}

function lastVerDate(ledger: Ledger): IsoDate | undefined {
  let d: IsoDate | undefined;
  for (const v of ledger.ver) if (!d || v.datum > d) d = v.datum;
  return d;
}

/** The row's sums, zero when the ledger has no konto on it. */
export function rad(s: LedgerSaldon, r: BokslutRad): RadSaldo {
  return s.rader.get(r) ?? { ib: 0, ub: 0, res: 0 };
}
