import { issue, type Issue } from "../../issues/issue";
import { LEDGER_CODES as L } from "../../ledger/codes";
import { formatOre } from "../../ledger/sie-read";
import { kronor, type Ledger } from "../../ledger/types";
import { formatSv } from "../../text/format";
import type { BokslutBalansrakning } from "./balansrakning";
import type { BokslutKassaflode } from "./kassaflode";
import type { BokslutResultatrakning } from "./resultatrakning";
import type { LedgerSaldon } from "./saldon";

/**
 * The bokslut checks of domain.md §3.7, each with its difference (kronor) and a finding when it is not 0:
 * 1. every verifikation balances (found by the reader; counted here),
 * 2. IB + Σ transaktioner = UB per balance konto (and Σ transaktioner = RES per result konto),
 * 3. Σ UB + Σ RES = 0,
 * 4. IB this year = UB last year per konto,
 * 5. summa tillgångar = summa eget kapital och skulder,
 * 6. eget kapital UB = eget kapital IB + årets resultat,
 * 7. kassaflödets likvida medel UB = balansräkningens.
 * A difference below half an öre is rounding of kronor and counts as 0.
 */

export interface Kontroll {
  namn: string;
  /** Difference in kronor (0 = stämmer); undefined when the check could not be made. */
  skillnad?: number;
  /** What was compared, or why the check could not be made. */
  beskrivning: string;
}

const TOL = 0.005;
/** Kronor as the board checks them: whole kronor without decimals ("619 833"), öre only where there are öre ("12,50"). */
const kr = (x: number): string => {
  const ore = Math.round(x * 100);
  return ore % 100 === 0 ? formatSv(ore / 100) : formatSv(ore / 100, 2);
};
/** A term added in an Underlag: "+ 5 000", and a negative one as a minus, "− 619 833" (never "+ −619 833"). */
const plus = (x: number): string => (Math.round(x * 100) < 0 ? `− ${kr(-x)}` : `+ ${kr(x)}`);
/** A term subtracted: "− 5 000", and a negative one as a plus, "+ 619 833". */
const minus = (x: number): string => (Math.round(x * 100) < 0 ? `+ ${kr(-x)}` : `− ${kr(x)}`);

export function computeBokslutKontroller(
  ledger: Ledger,
  s: LedgerSaldon,
  rr: BokslutResultatrakning,
  br: BokslutBalansrakning,
  kf: BokslutKassaflode,
  readerIssues: readonly Issue[],
): { result: Kontroll[]; issues: Issue[] } {
  const out: Kontroll[] = [];
  const issues: Issue[] = [];
  const src = ledger.kalla;
  const cellOf = (rad: number | undefined): string => (rad === undefined ? "" : ledger.slag === "sie" ? `rad ${rad}` : `A${rad}`);

  const obalans = readerIssues.filter((i) => i.code === L.VER_OBALANS).length;
  out.push({
    namn: "Varje verifikation balanserar",
    beskrivning:
      ledger.ver.length === 0
        ? "Inga verifikationer i underlaget."
        : obalans === 0
          ? `${ledger.ver.length} verifikationer, alla balanserar.`
          : `${obalans} av ${ledger.ver.length} verifikationer balanserar inte (se fynden).`,
    ...(ledger.ver.length > 0 ? { skillnad: obalans } : {}),
  });

  if (ledger.ver.length > 0 && s.kalla === "ub-res") {
    let fel = 0;
    let total = 0;
    for (const k of s.konton) {
      if (k.trans === undefined) continue;
      const balans = k.balans;
      const diff = balans ? k.ub - (k.ib + k.trans) : k.res - k.trans;
      if (diff === 0) continue;
      fel++;
      total += Math.abs(diff);
      const rad = (balans ? ledger.ub : ledger.res).find((x) => x.ar === 0 && x.konto === k.konto)?.rad;
      issues.push(
        issue(
          "fel",
          L.IB_TRANS_UB,
          src,
          cellOf(rad),
          balans
            ? `Konto ${k.konto} ${k.namn}: IB ${formatOre(k.ib)} + transaktioner ${formatOre(k.trans)} = ${formatOre(k.ib + k.trans)} kr, men UB är ${formatOre(k.ub)} kr (skillnad ${formatOre(diff)} kr).`
            : `Konto ${k.konto} ${k.namn}: transaktionerna summerar till ${formatOre(k.trans)} kr, men RES är ${formatOre(k.res)} kr (skillnad ${formatOre(diff)} kr).`,
        ),
      );
    }
    out.push({
      namn: "IB + transaktioner = UB per konto",
      skillnad: kronor(total),
      beskrivning: fel === 0 ? "Alla konton stämmer." : `${fel} konton stämmer inte (se fynden).`,
    });
  } else {
    out.push({
      namn: "IB + transaktioner = UB per konto",
      beskrivning:
        ledger.ver.length === 0
          ? "Underlaget har inga transaktioner (saldobalans: IB + period = UB kontrolleras per rad)."
          : "UB och RES är räknade från transaktionerna.",
    });
  }

  const sumUbRes = s.konton.reduce((t, k) => t + k.ub + k.res, 0);
  out.push({ namn: "Σ UB + Σ RES = 0", skillnad: kronor(sumUbRes), beskrivning: "Alla balanskontons UB plus alla resultatkontons RES." });
  if (sumUbRes !== 0)
    issues.push(
      issue(
        "fel",
        L.UB_RES_SUMMA,
        src,
        "",
        `Summan av alla UB och RES är ${formatOre(sumUbRes)} kr, inte 0: bokföringen är inte komplett eller ett saldo saknas.`,
      ),
    );

  const withFg = s.konton.filter((k) => k.balans && (k.ubFg !== undefined || k.ib !== 0));
  if (ledger.ub.some((x) => x.ar === -1)) {
    let total = 0;
    let fel = 0;
    for (const k of withFg) {
      const diff = k.ib - (k.ubFg ?? 0);
      if (diff === 0) continue;
      fel++;
      total += Math.abs(diff);
      const rad = ledger.ib.find((x) => x.ar === 0 && x.konto === k.konto)?.rad;
      issues.push(
        issue(
          "fel",
          L.IB_FOREG_UB,
          src,
          cellOf(rad),
          `Konto ${k.konto} ${k.namn}: IB i år ${formatOre(k.ib)} kr, men UB föregående år ${formatOre(k.ubFg ?? 0)} kr (skillnad ${formatOre(diff)} kr).`,
        ),
      );
    }
    out.push({
      namn: "IB i år = UB föregående år",
      skillnad: kronor(total),
      beskrivning: fel === 0 ? "Alla balanskonton stämmer." : `${fel} konton stämmer inte (se fynden).`,
    });
  } else out.push({ namn: "IB i år = UB föregående år", beskrivning: "Underlaget har inga UB för föregående år (#UB -1)." });

  const balans = br.summaTillgangar.ub - br.summaEgetKapitalOchSkulder.ub;
  out.push({
    namn: "Summa tillgångar = summa eget kapital och skulder",
    skillnad: balans,
    beskrivning: `${kr(br.summaTillgangar.ub)} ${minus(br.summaEgetKapitalOchSkulder.ub)} kr.`,
  });
  if (Math.abs(balans) >= TOL)
    issues.push(
      issue(
        "fel",
        L.BALANS_OBALANS,
        src,
        "",
        `Summa tillgångar ${kr(br.summaTillgangar.ub)} kr skiljer ${kr(balans)} kr från summa eget kapital och skulder ${kr(br.summaEgetKapitalOchSkulder.ub)} kr.`,
      ),
    );

  const ek = br.summaEgetKapital.ub - (br.summaEgetKapital.ib + rr.aretsResultat.period);
  out.push({
    namn: `Eget kapital UB = IB + ${rr.resultatRubrik.toLowerCase()}`,
    skillnad: ek,
    beskrivning: `${kr(br.summaEgetKapital.ub)} − (${kr(br.summaEgetKapital.ib)} ${plus(rr.aretsResultat.period)}) kr.`,
  });
  if (Math.abs(ek) >= TOL)
    issues.push(
      issue(
        "varning",
        L.EK_AVSTAMNING,
        src,
        "",
        `Eget kapital har ändrats med ${kr(ek)} kr utöver ${rr.resultatRubrik.toLowerCase()}: kontrollera bokningarna på konto 20xx.`,
      ),
    );

  const kassa = kf.likvidaMedelIb + kf.aretsKassaflode - kf.likvidaMedelUb;
  const brLikvida = br.kassaBank.ub + (kf.placeringarIngar ? br.kortfristigaPlaceringar.ub : 0);
  const kassaBr = kf.likvidaMedelIb + kf.aretsKassaflode - brLikvida;
  out.push({
    namn: "Kassaflödets likvida medel = balansräkningens",
    skillnad: kassaBr,
    beskrivning: `${kr(kf.likvidaMedelIb)} ${plus(kf.aretsKassaflode)} ${minus(brLikvida)} kr.`,
  });
  if (Math.abs(kassaBr) >= TOL || Math.abs(kassa) >= TOL) {
    issues.push(
      issue(
        "fel",
        L.KASSAFLODE_AVSTAMNING,
        src,
        "",
        `Likvida medel enligt kassaflödesanalysen (${kr(kf.likvidaMedelIb + kf.aretsKassaflode)} kr) skiljer ${kr(kassaBr)} kr från balansräkningens ${kr(brLikvida)} kr: ett konto saknar rad i kontoplanen.`,
      ),
    );
  }

  const rar0 = ledger.rar.get(0);
  if (rar0) {
    const utanfor = ledger.ver.filter((v) => v.trans.some((t) => t.datum < rar0.fran || t.datum > rar0.till));
    if (utanfor.length > 0) {
      const v = utanfor[0];
      const t = v.trans.find((x) => x.datum < rar0.fran || x.datum > rar0.till) ?? v.trans[0];
      issues.push(
        issue(
          "varning",
          L.VER_UTANFOR_AR,
          src,
          cellOf(v.rad),
          `${utanfor.length === 1 ? "En verifikation har" : `${utanfor.length} verifikationer har`} rader daterade utanför räkenskapsåret ${rar0.fran} – ${rar0.till} (${utanfor.length === 1 ? "" : "första: "}${v.serie} ${v.nr}, ${t.datum}, rad ${v.rad}); de raderna räknas inte in i årets saldon. Kontrollera datumet eller exportens urval.`,
        ),
      );
    }
  }
  if (ledger.slag === "sie" && rar0 && (s.till > rar0.till || s.till < rar0.fran))
    issues.push(
      issue(
        "fel",
        L.BOKSLUTSDATUM_UTANFOR_AR,
        src,
        "",
        `Bokslutet är begärt per ${s.till}, men filen gäller räkenskapsåret ${rar0.fran} – ${rar0.till}: välj filen för det året, eller ett datum inom ${rar0.fran} – ${rar0.till}.`,
      ),
    );
  const slut = ledger.omfattn ?? rar0?.till;
  if (ledger.slag === "sie" && ledger.ver.length === 0 && slut !== undefined && s.till < slut)
    issues.push(
      issue(
        "fel",
        L.BOKSLUTSDATUM_UTAN_TRANSAKTIONER,
        src,
        "",
        `Bokslutet per ${s.till} kan inte räknas fram: filen har saldon per ${slut} men inga verifikationer att räkna fram ${s.till} ur, så siffrorna gäller ${slut}. Exportera SIE 4 (med verifikationer) eller välj ${slut}.`,
      ),
    );

  for (const k of s.omappade) {
    const belopp = [
      ...(k.balans
        ? [
            ["IB", k.ib],
            ["UB", k.ub],
          ]
        : [["utfall", k.res]]),
      ["föregående år", k.balans ? k.ubFg : k.resFg],
      ["budget", k.budget],
    ]
      .filter((x): x is [string, number] => typeof x[1] === "number" && x[1] !== 0)
      .map(([t, v]) => `${t} ${formatOre(v)} kr`);
    issues.push(
      issue(
        "fel",
        L.KONTO_OMAPPAT,
        src,
        cellOf(ledger.konton.get(k.konto)?.rad),
        `Konto ${k.konto} ${k.namn} (${belopp.join(", ")}) hör inte till någon rad i bokslutet. Lägg till det i bladet Kontoplan.`,
      ),
    );
  }
  return { result: out, issues };
}
