import type { SheetPlan } from "../../model";
import type { Bokslut } from "../../compute/bokslut";
import type { BokslutBelopp } from "../../compute/bokslut/resultatrakning";

import { planStatement, type StatementLine, type StatementSpec } from "./statement";
import { BR_ROWS, KF_ROWS, RR_ROWS } from "./bokslut-rows";
import { statementLines, type RowContext } from "./statement-rows";
import { formatKr, formatPercentShort } from "../../text/format";

/**
 * The five bokslut sheets (domain.md §3.7, §5): "Resultaträkning ÅÅÅÅ-MM-DD", "Balansräkning …",
 * "Kassaflödesanalys …", "Noter …", "Kontroller bokslut …". Kronor, LKBR order; sums are formulas.
 * Each statement is a row list (bokslut-rows.ts) turned into lines by statement-rows.ts.
 */

export const BOKSLUT_KIND = {
  rr: "bokslut-resultatrakning",
  br: "bokslut-balansrakning",
  kf: "bokslut-kassaflode",
  noter: "bokslut-noter",
  kontroller: "bokslut-kontroller",
} as const;

export interface BokslutPlanInfo {
  forbund?: string;
  kalla: string;
  idag: string;
}

const pct = (x: number | undefined): string => (x === undefined ? "" : formatPercentShort(x));
const rowContext = (b: Bokslut): RowContext => ({ resultat: b.resultatrakning.resultatRubrik, fran: b.saldon.fran, till: b.saldon.till });

/** Title fields every bokslut sheet shares. */
function sheetBase(b: Bokslut, info: BokslutPlanInfo, kind: string, rapport: string) {
  const s = b.saldon;
  const forbund = info.forbund ? { forbund: info.forbund } : {};
  return {
    kind,
    rapport,
    key: s.till,
    ...forbund,
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
  } satisfies Partial<StatementSpec>;
}

export function planBokslutResultatrakning(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const rr = b.resultatrakning;
  const s = b.saldon;
  const columns: [string, (x: BokslutBelopp) => number | undefined][] = [[`${s.fran} – ${s.till}`, (x) => x.period]];
  if (rr.intakter.foregaende !== undefined) columns.push([s.foregaendeRubrik ?? "Föregående år", (x) => x.foregaende]);
  if (rr.prognosKalla) columns.push([rr.prognosKalla.rubrik, (x) => x.prognos]);
  if (rr.intakter.budget !== undefined) columns.push([rr.budgetKalla?.rubrik ?? `Budget ${s.fran} – ${s.till}`, (x) => x.budget]);
  const kallor = [rr.prognosKalla && ` Prognos: ${rr.prognosKalla.kalla}.`, rr.budgetKalla && ` Budget: ${rr.budgetKalla.kalla}.`];
  return planStatement({
    ...sheetBase(b, info, BOKSLUT_KIND.rr, "Resultaträkning"),
    not: `Ur bokföringen (LKBR-uppställning, förbund utan skatteintäkter): intäkter positiva, kostnader negativa, kronor.${kallor.filter(Boolean).join("")}`,
    headers: ["Post", ...columns.map(([h]) => h)],
    lines: statementLines(RR_ROWS, rowContext(b), (k) => columns.map(([, of]) => of(rr[k]))),
    summary: `${rr.resultatRubrik} ${s.till}: ${formatKr(rr.aretsResultat.period)}.`,
  });
}

export function planBokslutBalansrakning(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const br = b.balansrakning;
  const n = b.nyckeltal;
  const lines = statementLines(BR_ROWS, rowContext(b), (k) => [br[k].ub, br[k].ib]);
  lines.push({ label: "NYCKELTAL", values: [], kind: "section" });
  const firstRatio = lines.length;
  // Soliditet on both balance days; the comparison day's from the balansräkning's own IB figures (Uppsala 2024-01-01:
  // 7 359 764 / 14 413 897 = 51,1 %), as a board compares the two.
  const ibTillgangar = br.summaTillgangar.ib;
  const ibSoliditet = ibTillgangar !== 0 ? br.summaEgetKapital.ib / ibTillgangar : undefined;
  lines.push({ label: "Soliditet (eget kapital / tillgångar)", values: [n.soliditet, ibSoliditet] });
  if (n.egetKapitalAvMedlemsbidrag !== undefined)
    lines.push({ label: "Eget kapital i % av årets medlemsbidrag", values: [n.egetKapitalAvMedlemsbidrag] });
  const a = n.angivenSoliditet;
  if (a) lines.push({ label: `Soliditet angiven i arbetsboken (${a.sheet}!${a.cell})`, values: [a.varde] });
  const lastRatio = lines.length - 1;
  const prognos = b.resultatrakning.prognosKalla && b.resultatrakning.aretsResultat.prognos;
  if (prognos !== undefined) lines.push(...prognosLines(b, prognos, lines.length));
  const plan = planStatement({
    ...sheetBase(b, info, BOKSLUT_KIND.br, "Balansräkning"),
    not: `Ur bokföringen, kronor. ${b.resultatrakning.resultatRubrik} är ännu inte bokfört mot eget kapital och läggs till från resultaträkningen.${prognos !== undefined ? ` Prognos: ${b.resultatrakning.prognosKalla?.kalla}.` : ""}`,
    // The IB column is the previous balansdag, as an årsredovisning heads it: IB 2024-01-01 = UB 2023-12-31.
    headers: ["Post", b.saldon.till, dayBefore(b.saldon.fran)],
    lines,
    summary: `Summa tillgångar ${formatKr(br.summaTillgangar.ub)}, eget kapital ${formatKr(br.summaEgetKapital.ub)}, soliditet ${pct(n.soliditet)}.`,
  });
  // The ratio lines are percentages: A1 row = FIRST_DATA_ROW (0-based 5) + index + 1.
  plan.styles = [
    ...(plan.styles ?? []),
    { range: `B${5 + firstRatio + 1}:B${5 + lastRatio + 1}`, numberFormat: "0.0%" },
    { range: `C${5 + firstRatio + 1}:C${5 + lastRatio + 1}`, numberFormat: "0.0%" },
  ];
  return plan;
}

/** The day before an ISO date: the balansdag before a period that starts on `iso` ("2024-01-01" → "2023-12-31"). */
function dayBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * In a delår with a prognos: eget kapital at the year's end as the prognos has it =
 * eget kapital vid årets början (IB) + årets resultat enligt prognos (Uppsala 2024: 7 359 764 − 1 530 000 = 5 829 764).
 */
function prognosLines(b: Bokslut, prognos: number, first: number): StatementLine[] {
  return [
    { label: `PROGNOS FÖR HELÅRET ${b.saldon.till.slice(0, 4)}`, values: [], kind: "section" },
    { label: "Eget kapital vid årets början", values: [b.balansrakning.summaEgetKapital.ib] },
    { label: "Årets resultat enligt prognos", values: [prognos] },
    {
      label: "Eget kapital vid årets slut enligt prognos",
      values: [b.balansrakning.summaEgetKapital.ib + prognos],
      kind: "sum",
      sumOf: [first + 1, first + 2],
    },
  ];
}

export function planBokslutKassaflode(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const k = b.kassaflode;
  return planStatement({
    ...sheetBase(b, info, BOKSLUT_KIND.kf, "Kassaflödesanalys"),
    not: `Indirekt metod, kronor. Likvida medel = kassa och bank${k.placeringarIngar ? " och kortfristiga placeringar" : ""}.`,
    headers: ["Post", `${b.saldon.fran} – ${b.saldon.till}`],
    lines: statementLines(KF_ROWS, rowContext(b), (key) => [k[key]]),
    summary: `Kassaflöde från den löpande verksamheten ${formatKr(k.lopandeVerksamhet)}; likvida medel ${formatKr(k.likvidaMedelIb)} → ${formatKr(k.likvidaMedelUb)}.`,
  });
}

/** A section heading, its lines and a sum line over all of them. */
function sectionWithSum(lines: StatementLine[], rubrik: string, items: StatementLine[], sumLabel: string, summa: number): void {
  lines.push({ label: rubrik, values: [], kind: "section" });
  const start = lines.length;
  lines.push(...items, { label: sumLabel, values: [summa], kind: "sum", sumOf: items.map((_, i) => start + i) });
}

export function planBokslutNoter(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const lines: StatementLine[] = [];
  for (const n of b.noter) {
    const konton = n.konton.map((k) => ({ label: `${k.konto} ${k.namn}`.trim(), values: [k.belopp] }));
    sectionWithSum(lines, n.rubrik, konton, `Summa ${n.rubrik.toLowerCase()}`, n.summa);
  }
  const u = b.utfallPerInsats;
  if (u.length > 0) {
    const insatser = u.map((x) => ({ label: `${x.insats} (objekt ${x.objekt})`, values: [x.utfall] }));
    sectionWithSum(
      lines,
      "Utfall per insats ur bokföringen (objekt)",
      insatser,
      "Summa utfall per insats",
      u.reduce((t, x) => t + x.utfall, 0),
    );
  }
  return planStatement({
    ...sheetBase(b, info, BOKSLUT_KIND.noter, "Noter"),
    not: "Konton per not och grupp enligt kontoplanen (bladet Kontoplan, annars BAS). Medlemsavgifter: ett konto per medlem.",
    headers: ["Not / konto", b.saldon.till],
    lines,
  });
}

export function planBokslutKontroller(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const plan = planStatement({
    ...sheetBase(b, info, BOKSLUT_KIND.kontroller, "Kontroller bokslut"),
    not: "Varje kontroll med sin skillnad i kronor (0 = stämmer). Avvikelser finns också i Valideringsrapporten med rad eller cell.",
    headers: ["Kontroll", "Skillnad (kr)", "Resultat", "Underlag"],
    lines: b.kontroller.map((k) => ({ label: k.namn, values: [k.skillnad] })),
    numberFormat: "#,##0.00",
  });
  b.kontroller.forEach((k, i) => {
    const resultat = k.skillnad === undefined ? "Ej gjord" : Math.abs(k.skillnad) < 0.005 ? "Stämmer" : "Stämmer inte";
    plan.rows[5 + i].push(resultat, k.beskrivning);
  });
  plan.columnWidths = [320, 100, 90, 420];
  return plan;
}

export function planBokslut(b: Bokslut, info: BokslutPlanInfo): SheetPlan[] {
  const planners = [planBokslutResultatrakning, planBokslutBalansrakning, planBokslutKassaflode, planBokslutNoter, planBokslutKontroller];
  return planners.map((p) => p(b, info));
}
