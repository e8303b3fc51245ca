import type { SheetPlan } from "../../model";
import type { Bokslut } from "../../compute/bokslut";

import { planStatement, type StatementLine } from "./statement";
import { formatKr, formatPercentShort, formatSv } from "../../text/format";

/**
 * The five bokslut sheets (domain.md §3.7, §5): "Resultaträkning ÅÅÅÅ-MM-DD", "Balansräkning …",
 * "Kassaflödesanalys …", "Noter …", "Kontroller bokslut …". Kronor, LKBR order; sums are formulas.
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

const fmtPct = (x: number | undefined): string => (x === undefined ? "" : formatPercentShort(x));

export function planBokslutResultatrakning(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const rr = b.resultatrakning;
  const fg = rr.intakter.foregaende !== undefined;
  const bu = rr.intakter.budget !== undefined;
  const v = (x: { period: number; foregaende?: number; budget?: number }) => [
    x.period,
    ...(fg ? [x.foregaende] : []),
    ...(bu ? [x.budget] : []),
  ];
  const lines: StatementLine[] = [
    { label: "Verksamhetens intäkter", values: v(rr.intakter) },
    { label: "Verksamhetens kostnader", values: v(rr.kostnader) },
    { label: "Avskrivningar", values: v(rr.avskrivningar) },
    { label: "Verksamhetens resultat", values: v(rr.verksamhetensResultat), kind: "sum", sumOf: [0, 1, 2] },
    { label: "Finansiella intäkter", values: v(rr.finansiellaIntakter) },
    { label: "Finansiella kostnader", values: v(rr.finansiellaKostnader) },
    { label: "Resultat efter finansiella poster", values: v(rr.resultatEfterFinansiellaPoster), kind: "sum", sumOf: [3, 4, 5] },
    { label: rr.resultatRubrik, values: v(rr.aretsResultat), kind: "total", sumOf: [6] },
  ];
  const s = b.saldon;
  return planStatement({
    kind: "bokslut-resultatrakning",
    rapport: "Resultaträkning",
    key: s.till,
    ...(info.forbund ? { forbund: info.forbund } : {}),
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
    not: "Ur bokföringen (LKBR-uppställning, förbund utan skatteintäkter): intäkter positiva, kostnader negativa, kronor.",
    headers: [
      "Post",
      `${s.fran} – ${s.till}`,
      ...(fg ? [s.foregaendeRubrik ?? "Föregående år"] : []),
      ...(bu ? [`Budget ${s.fran} – ${s.till}`] : []),
    ],
    lines,
    summary: `${rr.resultatRubrik} ${s.till}: ${formatKr(rr.aretsResultat.period)}.`,
  });
}

export function planBokslutBalansrakning(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const br = b.balansrakning;
  const s = b.saldon;
  const v = (x: { ub: number; ib: number }) => [x.ub, x.ib];
  const lines: StatementLine[] = [
    { label: "TILLGÅNGAR", values: [], kind: "section" },
    { label: "Anläggningstillgångar", values: v(br.anlaggningstillgangar) }, // 1
    { label: "Fordringar", values: v(br.fordringar) }, // 2
    { label: "Kortfristiga placeringar", values: v(br.kortfristigaPlaceringar) }, // 3
    { label: "Kassa och bank", values: v(br.kassaBank) }, // 4
    { label: "Summa omsättningstillgångar", values: v(br.summaOmsattningstillgangar), kind: "sum", sumOf: [2, 3, 4] }, // 5
    { label: "SUMMA TILLGÅNGAR", values: v(br.summaTillgangar), kind: "total", sumOf: [1, 5] }, // 6
    { label: "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", values: [], kind: "section" }, // 7
    { label: "Reservfond", values: v(br.reservfond) }, // 8
    { label: "Balanserat resultat", values: v(br.balanseratResultat) }, // 9
    { label: b.resultatrakning.resultatRubrik, values: v(br.aretsResultat) }, // 10
    { label: "Summa eget kapital", values: v(br.summaEgetKapital), kind: "sum", sumOf: [8, 9, 10] }, // 11
    { label: "Avsättningar", values: v(br.avsattningar) }, // 12
    { label: "Långfristiga skulder", values: v(br.langfristigaSkulder) }, // 13
    { label: "Kortfristiga skulder", values: v(br.kortfristigaSkulder) }, // 14
    { label: "Summa skulder", values: v(br.summaSkulder), kind: "sum", sumOf: [13, 14] }, // 15
    { label: "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", values: v(br.summaEgetKapitalOchSkulder), kind: "total", sumOf: [11, 12, 15] }, // 16
    { label: "NYCKELTAL", values: [], kind: "section" },
    { label: "Soliditet (eget kapital / tillgångar)", values: [b.nyckeltal.soliditet] },
  ];
  if (b.nyckeltal.egetKapitalAvMedlemsbidrag !== undefined)
    lines.push({ label: "Eget kapital i % av årets medlemsbidrag", values: [b.nyckeltal.egetKapitalAvMedlemsbidrag] });
  if (b.nyckeltal.angivenSoliditet) {
    const a = b.nyckeltal.angivenSoliditet;
    lines.push({ label: `Soliditet angiven i arbetsboken (${a.sheet}!${a.cell})`, values: [a.varde] });
  }
  const plan = planStatement({
    kind: "bokslut-balansrakning",
    rapport: "Balansräkning",
    key: s.till,
    ...(info.forbund ? { forbund: info.forbund } : {}),
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
    not: `Ur bokföringen, kronor. ${b.resultatrakning.resultatRubrik} är ännu inte bokfört mot eget kapital och läggs till från resultaträkningen.`,
    headers: ["Post", s.till, s.fran],
    lines,
    summary: `Summa tillgångar ${formatKr(br.summaTillgangar.ub)}, eget kapital ${formatKr(br.summaEgetKapital.ub)}, soliditet ${fmtPct(b.nyckeltal.soliditet)}.`,
  });
  // The nyckeltal lines (index 18 on) are ratios: A1 row = FIRST_DATA_ROW (0-based 5) + index + 1.
  const first = 5 + 18 + 1;
  plan.styles = [...(plan.styles ?? []), { range: `B${first}:B${first + lines.length - 19}`, numberFormat: "0.0%" }];
  return plan;
}

export function planBokslutKassaflode(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const k = b.kassaflode;
  const s = b.saldon;
  const lines: StatementLine[] = [
    { label: "DEN LÖPANDE VERKSAMHETEN", values: [], kind: "section" }, // 0
    { label: b.resultatrakning.resultatRubrik, values: [k.aretsResultat] }, // 1
    { label: "Justering för avskrivningar", values: [k.avskrivningar] }, // 2
    { label: "Justering för förändring av avsättningar", values: [k.avsattningar] }, // 3
    { label: "Minskning (+) / ökning (−) av fordringar", values: [k.fordringar] }, // 4
    { label: "Minskning (+) / ökning (−) av kortfristiga placeringar", values: [k.kortfristigaPlaceringar] }, // 5
    { label: "Ökning (+) / minskning (−) av kortfristiga skulder", values: [k.kortfristigaSkulder] }, // 6
    { label: "Kassaflöde från den löpande verksamheten", values: [k.lopandeVerksamhet], kind: "sum", sumOf: [1, 2, 3, 4, 5, 6] }, // 7
    { label: "INVESTERINGSVERKSAMHETEN", values: [], kind: "section" }, // 8
    { label: "Investeringar i anläggningstillgångar (netto)", values: [k.investeringar] }, // 9
    { label: "Kassaflöde från investeringsverksamheten", values: [k.investeringsverksamhet], kind: "sum", sumOf: [9] }, // 10
    { label: "FINANSIERINGSVERKSAMHETEN", values: [], kind: "section" }, // 11
    { label: "Förändring av långfristiga skulder", values: [k.langfristigaSkulder] }, // 12
    { label: "Förändring av eget kapital utöver resultatet", values: [k.egetKapital] }, // 13
    { label: "Kassaflöde från finansieringsverksamheten", values: [k.finansieringsverksamhet], kind: "sum", sumOf: [12, 13] }, // 14
    { label: "Periodens kassaflöde", values: [k.aretsKassaflode], kind: "total", sumOf: [7, 10, 14] }, // 15
    { label: `Likvida medel vid periodens början (${s.fran})`, values: [k.likvidaMedelIb] }, // 16
    { label: `Likvida medel vid periodens slut (${s.till})`, values: [k.likvidaMedelUb], kind: "total", sumOf: [15, 16] }, // 17
  ];
  return planStatement({
    kind: "bokslut-kassaflode",
    rapport: "Kassaflödesanalys",
    key: s.till,
    ...(info.forbund ? { forbund: info.forbund } : {}),
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
    not: `Indirekt metod, kronor. Likvida medel = kassa och bank${k.placeringarIngar ? " och kortfristiga placeringar" : ""}.`,
    headers: ["Post", `${s.fran} – ${s.till}`],
    lines,
    summary: `Kassaflöde från den löpande verksamheten ${formatKr(k.lopandeVerksamhet)}; likvida medel ${formatSv(k.likvidaMedelIb)} → ${formatKr(k.likvidaMedelUb)}.`,
  });
}

export function planBokslutNoter(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const s = b.saldon;
  const lines: StatementLine[] = [];
  for (const n of b.noter) {
    lines.push({ label: n.rubrik, values: [], kind: "section" });
    const start = lines.length;
    for (const k of n.konton) lines.push({ label: `${k.konto} ${k.namn}`.trim(), values: [k.belopp] });
    lines.push({
      label: `Summa ${n.rubrik.toLowerCase()}`,
      values: [n.summa],
      kind: "sum",
      sumOf: Array.from({ length: n.konton.length }, (_, i) => start + i),
    });
  }
  if (b.utfallPerInsats.length > 0) {
    lines.push({ label: "Utfall per insats ur bokföringen (objekt)", values: [], kind: "section" });
    const start = lines.length;
    for (const u of b.utfallPerInsats) lines.push({ label: `${u.insats} (objekt ${u.objekt})`, values: [u.utfall] });
    lines.push({
      label: "Summa utfall per insats",
      values: [b.utfallPerInsats.reduce((t, u) => t + u.utfall, 0)],
      kind: "sum",
      sumOf: Array.from({ length: b.utfallPerInsats.length }, (_, i) => start + i),
    });
  }
  return planStatement({
    kind: "bokslut-noter",
    rapport: "Noter",
    key: s.till,
    ...(info.forbund ? { forbund: info.forbund } : {}),
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
    not: "Konton per not och grupp enligt kontoplanen (bladet Kontoplan, annars BAS). Medlemsavgifter: ett konto per medlem.",
    headers: ["Not / konto", s.till],
    lines,
  });
}

export function planBokslutKontroller(b: Bokslut, info: BokslutPlanInfo): SheetPlan {
  const s = b.saldon;
  const rows = b.kontroller.map((k) => ({ label: k.namn, values: [k.skillnad] }));
  const plan = planStatement({
    kind: "bokslut-kontroller",
    rapport: "Kontroller bokslut",
    key: s.till,
    ...(info.forbund ? { forbund: info.forbund } : {}),
    fran: s.fran,
    till: s.till,
    kalla: info.kalla,
    idag: info.idag,
    not: "Varje kontroll med sin skillnad i kronor (0 = stämmer). Avvikelser finns också i Valideringsrapporten med rad eller cell.",
    headers: ["Kontroll", "Skillnad (kr)", "Resultat", "Underlag"],
    lines: rows,
    numberFormat: "#,##0.00",
  });
  b.kontroller.forEach((k, i) => {
    const row = plan.rows[5 + i];
    row.push(k.skillnad === undefined ? "Ej gjord" : Math.abs(k.skillnad) < 0.005 ? "Stämmer" : "Stämmer inte", k.beskrivning);
  });
  plan.columnWidths = [320, 100, 90, 420];
  return plan;
}

export function planBokslut(b: Bokslut, info: BokslutPlanInfo): SheetPlan[] {
  return [
    planBokslutResultatrakning(b, info),
    planBokslutBalansrakning(b, info),
    planBokslutKassaflode(b, info),
    planBokslutNoter(b, info),
    planBokslutKontroller(b, info),
  ];
}
