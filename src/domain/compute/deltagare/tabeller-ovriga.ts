import { AVSLUTNINGSORSAK_TEXT, AVSLUTNINGSORSAKER, type Avslutningsorsak } from "../../model/deltagare";
import type { DeltagarUppfoljning, Kms, MalgruppRad } from "./typer";
import type { RapportKolumn, RapportTabell, Visare, Visning } from "./tabeller";

/**
 * Display tables Avslutningsanledningar, Målgrupp, Snittid inskrivning and the small ranges the charts read
 * (see deltagare-tabeller.ts for the cell model). Cell keys match compute/deltagare-publicering.ts.
 */

const KONER = ["k", "m", "s"] as const;

function kms(v: Visare, key: string, x: Kms, sum?: number[]): Visning[] {
  return KONER.map((k) => (sum ? v.summa(`${key}:${k}`, x[k], sum) : v.antal(`${key}:${k}`, x[k])));
}

const OVRIGA: Avslutningsorsak[] = ["aktivt_arbetssokande", "fortsatt_rehabilitering", "sjukdom", "foraldraledighet", "flytt", "ovrigt"];

/**
 * Avslutningsanledningar K/M/Totalt among avslutade perioden, laid out like Uppsala 2021 Tabell 8:
 * the arbete reasons, S:a arbete (their sum) with "varav arbetar …" rows per sysselsättningsgrad band,
 * Studier, S:a arbete och/eller studier, then aktivt arbetssökande and the other reasons, Summa avslutade.
 */
export function avslutningsanledningarTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const a = u.avslutningsanledningar;
  const rader: Visning[][] = [];
  const add = (label: string, cells: Visning[]) => rader.push([label, ...cells]) - 1;
  const arbeteRows = (["subventionerat_arbete", "ej_subventionerat_arbete", "eget_foretag"] as const).map((o) =>
    add(AVSLUTNINGSORSAK_TEXT[o], kms(v, `orsak:${o}`, a.orsaker[o])),
  );
  const arbete = add("S:a arbete", kms(v, "orsak:arbete", a.arbete, arbeteRows));
  const varav: number[] = [];
  a.band.forEach((b, i) => varav.push(add(`varav arbetar ${b.label}`, kms(v, `orsak:band${i}`, b.antal))));
  if (a.bandSaknas.s > 0) varav.push(add("varav sysselsättningsgrad saknas", kms(v, "orsak:bandSaknas", a.bandSaknas)));
  const studier = add(AVSLUTNINGSORSAK_TEXT.studier, kms(v, "orsak:studier", a.orsaker.studier));
  const arbeteStudier = add("S:a arbete och/eller studier", kms(v, "utfall:T:arbeteStudier", a.arbeteStudier, [arbete, studier]));
  const ovriga = OVRIGA.map((o) => add(AVSLUTNINGSORSAK_TEXT[o], kms(v, `orsak:${o}`, a.orsaker[o])));
  if (a.orsaker.saknas.s > 0) ovriga.push(add("Orsak saknas/okänd", kms(v, "orsak:saknas", a.orsaker.saknas)));
  add("Summa avslutade", kms(v, "utfall:T:avslutade", a.summa, [arbeteStudier, ...ovriga]));
  return {
    id: "Avslutningsanledningar",
    rubrik: "Avslutningsanledningar (avslutade perioden)",
    kolumner: [
      { rubrik: "Avslutningsorsak", format: "text" },
      { rubrik: "K", format: "antal" },
      { rubrik: "M", format: "antal" },
      { rubrik: "Totalt", format: "antal" },
    ],
    rader,
    totalRad: true,
    efter: [],
    varav,
    fet: [arbete, arbeteStudier],
  };
}

const MALGRUPP_KOLUMNER: [keyof MalgruppRad, string][] = [
  ["kvinnor", "Kvinnor"],
  ["man", "Män"],
  ["under30", "Under 30 år"],
  ["offentligForsorjning3", "Offentlig försörjning ≥ 3 år"],
  ["grundskola", "Högst grundskola"],
  ["gymnasium", "Gymnasium"],
  ["eftergymnasial", "Eftergymnasial"],
  ["utbildningSaknasOkand", "Utbildning saknas/okänd"],
  ["handlingsplan", "Handlingsplan"],
];

/** Keys whose hiding hides a målgrupp share (see deltagare-publicering.ts). */
function malgruppKeys(rad: string, del: keyof MalgruppRad): string[] {
  const n = `utfall:${rad}:inregistrerade:s`;
  if (del === "kvinnor") return [`utfall:${rad}:inregistrerade:k`, n];
  if (del === "man") return [`utfall:${rad}:inregistrerade:m`, n];
  if (del === "under30" || del === "offentligForsorjning3" || del === "handlingsplan") {
    return [`malgrupp${rad}:${del}:antal`, `malgrupp${rad}:${del}:rest`, `malgrupp${rad}:${del}:kanda`, n];
  }
  return [`malgrupp${rad}:${del}:antal`, n];
}

/** Målgrupp among inregistrerade perioden: shares per insats and Totalt ("–" when nobody has a known value). */
export function malgruppTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const rows = [...u.malgrupp.rader.map((r, i) => [String(i), r] as const), ["T", u.malgrupp.totalt] as const];
  const rader: Visning[][] = rows.map(([rad, r]) => [
    rad === "T" ? "Totalt" : r.insats,
    v.antal(`utfall:${rad}:inregistrerade:s`, r.inregistrerade),
    ...MALGRUPP_KOLUMNER.map(([del]) => {
      const d = r[del] as { andel: number | null };
      return v.andel(d.andel, malgruppKeys(rad, del));
    }),
  ]);
  const kolumner: RapportKolumn[] = [
    { rubrik: "Insats", format: "text" },
    { rubrik: "Inregistrerade", format: "antal" },
    ...MALGRUPP_KOLUMNER.map(([, rubrik]): RapportKolumn => ({ rubrik, format: "andel" })),
  ];
  return {
    id: "Malgrupp",
    rubrik: "Målgrupp (andelar av inregistrerade perioden med känt värde)",
    kolumner,
    rader,
    totalRad: true,
    efter: [
      ["Under 30 år: ålder vid inskrivning (Ålder, eller inskrivningsår − födelseår). Handlingsplan: Ja av Ja + Nej. – = uppgift saknas."],
    ],
  };
}

/** Snittid inskrivning in days (utskriven − inskriven) among avslutade perioden, per insats and kön. */
export function snittidTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const rows = [...u.snittid.rader.map((r, i) => [String(i), r] as const), ["T", u.snittid.totalt] as const];
  const rader: Visning[][] = rows.map(([rad, r]) => [
    rad === "T" ? "Totalt" : r.insats,
    ...KONER.map((k) => v.andel(r.dagar[k], [`utfall:${rad}:avslutade:${k}`])),
  ]);
  return {
    id: "Snittid",
    rubrik: "Snittid inskrivning, dagar (avslutade perioden)",
    kolumner: [
      { rubrik: "Insats", format: "text" },
      { rubrik: "Dagar K", format: "dagar" },
      { rubrik: "Dagar M", format: "dagar" },
      { rubrik: "Dagar S:a", format: "dagar" },
    ],
    rader,
    totalRad: true,
    efter: [],
  };
}

/** Chart ranges: inregistrerade per insats (Kvinnor, Män) and avslutningsorsaker (Kvinnor, Män). */
export function diagramTabeller(u: DeltagarUppfoljning, v: Visare): RapportTabell[] {
  const kolumner = (forsta: string): RapportKolumn[] => [
    { rubrik: forsta, format: "text" },
    { rubrik: "Kvinnor", format: "antal" },
    { rubrik: "Män", format: "antal" },
  ];
  const kon = u.utfall.rader.map((r, i) => [
    r.insats,
    v.antal(`utfall:${i}:inregistrerade:k`, r.inregistrerade.k),
    v.antal(`utfall:${i}:inregistrerade:m`, r.inregistrerade.m),
  ]);
  const a = u.avslutningsanledningar;
  const orsaker: Visning[][] = AVSLUTNINGSORSAKER.map((o) => [
    AVSLUTNINGSORSAK_TEXT[o],
    v.antal(`orsak:${o}:k`, a.orsaker[o].k),
    v.antal(`orsak:${o}:m`, a.orsaker[o].m),
  ]);
  if (a.orsaker.saknas.s > 0)
    orsaker.push(["Orsak saknas/okänd", v.antal("orsak:saknas:k", a.orsaker.saknas.k), v.antal("orsak:saknas:m", a.orsaker.saknas.m)]);
  return [
    {
      id: "DiagramKon",
      rubrik: "Underlag för diagram: inregistrerade perioden per insats",
      kolumner: kolumner("Insats"),
      rader: kon,
      totalRad: false,
      efter: [],
    },
    {
      id: "DiagramOrsaker",
      rubrik: "Underlag för diagram: avslutningsorsaker",
      kolumner: kolumner("Avslutningsorsak"),
      rader: orsaker,
      totalRad: false,
      efter: [],
    },
  ];
}
