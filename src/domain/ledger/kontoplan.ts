import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { cellAddress, locateTable, type ColumnSpec } from "../text/header";
import { LEDGER_CODES as L } from "./codes";

/**
 * Kontoplan → bokslut rows (domain.md §3.7). The förbund's own rows (sheet "Kontoplan": Konto från | Konto till |
 * Rad | Not | Grupp | Insats) come first; the BAS-style defaults below catch every konto they leave out:
 * 10–13 anläggningstillgångar, 14–17 fordringar, 18 kortfristiga placeringar, 19 kassa och bank,
 * 2080–2089 reservfond, 20 eget kapital, 21 avsättningar, 22–23 långfristiga skulder, 24–29 kortfristiga skulder,
 * 3 intäkter, 4–7 kostnader (78 avskrivningar), 80–83 finansiella intäkter, 84 finansiella kostnader,
 * 8990–8999 årets resultat booked at year-end (BAS 8999 against 2099; Fortnox and Visma book it when the year is
 * closed): not a resultaträkning row — the balansräkning takes it out of balanserat resultat so it is not counted twice.
 * #KTYP decides where the number range does not: a konto 80–87 with #KTYP I is a finansiell intäkt, with K a
 * finansiell kostnad (Kommun-Bas puts ränteintäkter in 84, where BAS has räntekostnader); a konto with #KTYP T or S
 * is a balance konto, K or I a result konto, whatever its first digit (`arBalanskonto`).
 * A konto range compares the first N digits of a konto, N = the digits of "Konto från" (4010–4099 matches 40105).
 */

export type BokslutRad =
  | "intakter"
  | "kostnader"
  | "avskrivningar"
  | "finansiellaIntakter"
  | "finansiellaKostnader"
  | "anlaggningstillgangar"
  | "fordringar"
  | "kortfristigaPlaceringar"
  | "kassaBank"
  | "reservfond"
  | "egetKapital"
  | "avsattningar"
  | "langfristigaSkulder"
  | "kortfristigaSkulder"
  | "resultatdisposition";

/** Swedish label of each row, as on the sheets and in the Kontoplan sheet's Rad column. */
export const RAD_NAMN: Record<BokslutRad, string> = {
  intakter: "Verksamhetens intäkter",
  kostnader: "Verksamhetens kostnader",
  avskrivningar: "Avskrivningar",
  finansiellaIntakter: "Finansiella intäkter",
  finansiellaKostnader: "Finansiella kostnader",
  anlaggningstillgangar: "Anläggningstillgångar",
  fordringar: "Fordringar",
  kortfristigaPlaceringar: "Kortfristiga placeringar",
  kassaBank: "Kassa och bank",
  reservfond: "Reservfond",
  egetKapital: "Balanserat resultat",
  avsattningar: "Avsättningar",
  langfristigaSkulder: "Långfristiga skulder",
  kortfristigaSkulder: "Kortfristiga skulder",
  resultatdisposition: "Årets resultat (bokfört)",
};

export const RESULTAT_RADER: readonly BokslutRad[] = [
  "intakter",
  "kostnader",
  "avskrivningar",
  "finansiellaIntakter",
  "finansiellaKostnader",
];
export const isResultatRad = (r: BokslutRad): boolean => RESULTAT_RADER.includes(r);

export interface KontoplanRad {
  fran: string;
  till: string;
  rad: BokslutRad;
  /** Not number or heading on the Noter sheet (default: the row's name). */
  not?: string;
  /** Group within the not (e.g. "Medlemsavgifter"). */
  grupp?: string;
  /** Insats the konto range belongs to (utfall per insats). */
  insats?: string;
  /** Where the row came from ("Kontoplan!A7" or "BAS"). */
  kalla: string;
}

const bas = (fran: string, till: string, rad: BokslutRad, grupp?: string): KontoplanRad => ({
  fran,
  till,
  rad,
  kalla: "BAS",
  ...(grupp ? { grupp } : {}),
});

/** BAS-style defaults, most specific first (first match wins). */
export const BAS_KONTOPLAN: readonly KontoplanRad[] = [
  bas("1000", "1399", "anlaggningstillgangar"),
  bas("1400", "1799", "fordringar"),
  bas("1800", "1899", "kortfristigaPlaceringar"),
  bas("1900", "1999", "kassaBank"),
  bas("2080", "2089", "reservfond"),
  bas("2000", "2099", "egetKapital"),
  bas("2100", "2199", "avsattningar"),
  bas("2200", "2399", "langfristigaSkulder"),
  bas("2400", "2999", "kortfristigaSkulder"),
  bas("3000", "3099", "intakter", "Medlemsavgifter"),
  bas("3100", "3999", "intakter", "Övriga intäkter"),
  bas("4000", "4999", "kostnader", "Samverkansinsatser"),
  bas("5000", "6999", "kostnader", "Övriga externa kostnader"),
  bas("7000", "7699", "kostnader", "Personalkostnader"),
  bas("7700", "7799", "kostnader", "Övriga kostnader"),
  bas("7800", "7899", "avskrivningar"),
  bas("7900", "7999", "kostnader", "Övriga kostnader"),
  bas("8000", "8399", "finansiellaIntakter"),
  bas("8400", "8499", "finansiellaKostnader"),
  bas("8990", "8999", "resultatdisposition"),
];

/** #KTYP of a konto: T tillgång, S skuld/eget kapital, K kostnad, I intäkt. */
export type KontoTyp = "T" | "S" | "K" | "I";

/** A balance konto (IB/UB) rather than a result konto (RES): #KTYP T/S when given, else konto class 1 or 2. */
export function arBalanskonto(konto: string, typ?: KontoTyp): boolean {
  if (typ) return typ === "T" || typ === "S";
  const c = konto.charCodeAt(0);
  return c === 49 || c === 50;
}

const KTYP_FINANS: Record<"I" | "K", KontoplanRad> = {
  I: { fran: "8000", till: "8799", rad: "finansiellaIntakter", kalla: "BAS och #KTYP I" },
  K: { fran: "8000", till: "8799", rad: "finansiellaKostnader", kalla: "BAS och #KTYP K" },
};

function inRange(konto: string, r: KontoplanRad): boolean {
  const n = Math.max(r.fran.length, r.till.length);
  const k = konto.padEnd(n, "0").slice(0, n);
  const f = r.fran.padEnd(n, "0");
  const t = r.till.padEnd(n, "9");
  return k >= f && k <= t && /^\d+$/.test(k);
}

/** The kontoplan row of a konto: the förbund's own rows first, then #KTYP for 80–87, then BAS; undefined when nothing maps it. */
export function mapKonto(konto: string, egna: readonly KontoplanRad[], typ?: KontoTyp): KontoplanRad | undefined {
  for (const r of egna) if (inRange(konto, r)) return r;
  if ((typ === "I" || typ === "K") && inRange(konto, KTYP_FINANS[typ])) return KTYP_FINANS[typ];
  for (const r of BAS_KONTOPLAN) if (inRange(konto, r)) return r;
  return undefined;
}

const RAD_BY_NAME = new Map<string, BokslutRad>(
  (Object.entries(RAD_NAMN) as [BokslutRad, string][]).flatMap(([k, v]) => [
    [v.toLowerCase(), k],
    [k.toLowerCase(), k],
  ]),
);
RAD_BY_NAME.set("intäkter", "intakter");
RAD_BY_NAME.set("kostnader", "kostnader");
RAD_BY_NAME.set("eget kapital", "egetKapital");
RAD_BY_NAME.set("kassa", "kassaBank");
RAD_BY_NAME.set("bank", "kassaBank");

export const KONTOPLAN_SPECS: ColumnSpec[] = [
  { key: "fran", synonyms: ["Konto från", "Från konto", "Från"], required: true },
  { key: "till", synonyms: ["Konto till", "Till konto", "Till"] },
  { key: "rad", synonyms: ["Rad", "Bokslutsrad", "Post"], required: true },
  { key: "not", synonyms: ["Not"] },
  { key: "grupp", synonyms: ["Grupp"] },
  { key: "insats", synonyms: ["Insats", "Projekt"] },
];

/** The workbook's "Kontoplan" sheet (by name, case and diacritics ignored). */
export function findKontoplanSheet(sheets: readonly RawSheet[]): RawSheet | undefined {
  return sheets.find((s) => s.name.trim().toLowerCase() === "kontoplan");
}

const cellText = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** Reads a "Kontoplan" sheet; a row with an unknown Rad or a bad konto is a finding and is not used. */
export function readKontoplanSheet(sheet: RawSheet): { rader: KontoplanRad[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const t = locateTable(sheet, KONTOPLAN_SPECS);
  if (!t || t.missing.length > 0) return { rader: [], issues };
  const rader: KontoplanRad[] = [];
  for (let r = t.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const fran = cellText(row[t.columns.fran]);
    if (fran === "") continue;
    const till = t.columns.till === undefined ? fran : cellText(row[t.columns.till]) || fran;
    const radText = cellText(row[t.columns.rad]);
    const rad = RAD_BY_NAME.get(radText.toLowerCase());
    if (!/^\d+$/.test(fran) || !/^\d+$/.test(till)) {
      issues.push(
        issue(
          "fel",
          L.KONTO_OMAPPAT,
          sheet.name,
          cellAddress(sheet, r, t.columns.fran),
          `Konto från/till "${fran}"–"${till}" är inga kontonummer; raden används inte.`,
        ),
      );
      continue;
    }
    if (!rad) {
      const list = Object.values(RAD_NAMN).join(", ");
      issues.push(
        issue(
          "fel",
          L.KONTO_OMAPPAT,
          sheet.name,
          cellAddress(sheet, r, t.columns.rad),
          `Raden "${radText}" finns inte i bokslutet; skriv en av: ${list}. Raden används inte.`,
        ),
      );
      continue;
    }
    const get = (k: string): string | undefined => (t.columns[k] === undefined ? undefined : cellText(row[t.columns[k]]) || undefined);
    const not = get("not");
    const grupp = get("grupp");
    const insats = get("insats");
    rader.push({
      fran,
      till,
      rad,
      kalla: `${sheet.name}!${cellAddress(sheet, r, t.columns.fran)}`,
      ...(not ? { not } : {}),
      ...(grupp ? { grupp } : {}),
      ...(insats ? { insats } : {}),
    });
  }
  return { rader, issues };
}
