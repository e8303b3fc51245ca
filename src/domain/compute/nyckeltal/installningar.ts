import { issue } from "../../issues";
import type { CellRef, ParsedWorkbook, RawSheet } from "../../model";
import type { Issue } from "../../issues";
import { cellAddress, normalizeHeader } from "../../text/header";
import { parseSvNumber } from "../../text/sv-number";
import { STANDARD_TAK, type EgetKapitalTak } from "./eget-kapital-tak";
import { postNyckel } from "../periodisering";
import { formatKr } from "../../text/format";

/**
 * Inputs of the nyckeltal that come from Inställningar and Budget:
 *
 * - Årets medlemsbidrag (year = year of the period end), first of:
 *   1. Inställningar "Medlemsbidrag totalt" (when Räkenskapsår is missing or equals the year);
 *   2. Σ Budget rows of the year with Kategori Intäkt named Medlemsavgifter / Medlemsbidrag / Medelstilldelning;
 *   3. Inställningar "Statens tilldelning" × 2 (staten pays 50 %, §3.3).
 *   When 1 and 2 both exist and differ, an info issue MEDLEMSBIDRAG_SKILJER says which one is used.
 *   Uppsala 2024: 23 322 000 kr (Inställningar and Budget agree); Uppsala 2014: 22 000 tkr.
 * - Tak för eget kapital: setting "Tak eget kapital" (a share: "20 %", 0,2 or 20), or a small table by tilldelning —
 *   rows "Tak eget kapital från <belopp>" (e.g. "från 0 kr" 30 %, "från 5 000 000 kr" 20 %): the row with the largest
 *   "från" that årets medlemsbidrag reaches applies; "Reservfonden räknas in i taket" / "Tak eget kapital inkl.
 *   reservfond" (Ja/Nej; a name with "exkl"/"utan" inverts the answer).
 *   Default 20 % of årets medlemsbidrag, including the bunden reservfond.
 */

export const MEDLEMSBIDRAG_SKILJER = "MEDLEMSBIDRAG_SKILJER";
export const OGILTIG_INSTALLNING = "OGILTIG_INSTALLNING";

export interface ArsMedlemsbidrag {
  belopp: number;
  /** Where the figure came from, in Swedish ("Inställningar", "Budget: Medlemsavgifter"). */
  kalla: string;
}

const MEDLEMSBIDRAG_POST = /medlemsavgift|medlemsbidrag|medelstilldelning|medlemsintakt/;

/** The year's medlemsbidrag (rules in the file comment); undefined when no source gives it. */
export function arsMedlemsbidrag(base: ParsedWorkbook, ar: number, issues: Issue[] = []): ArsMedlemsbidrag | undefined {
  const inst = base.installningar;
  const ratAr = inst.rakenskapsar === undefined || inst.rakenskapsar === ar;
  const rader = base.budget.filter((r) => r.ar === ar && r.kategori === "intakt" && MEDLEMSBIDRAG_POST.test(postNyckel(r.post)));
  const franBudget = rader.length === 0 ? undefined : rader.reduce((s, r) => s + r.budget, 0);
  const budgetKalla = `Budget: ${[...new Set(rader.map((r) => r.post))].join(", ")}`;
  if (ratAr && inst.medlemsbidragTotalt !== undefined) {
    if (franBudget !== undefined && Math.abs(franBudget - inst.medlemsbidragTotalt) >= 1) {
      const src = rader[0].source;
      issues.push(
        issue(
          "info",
          MEDLEMSBIDRAG_SKILJER,
          src.sheet,
          src.cell,
          `Medlemsbidraget ${ar} i Budget (${formatKr(franBudget)}) skiljer sig från Medlemsbidrag totalt i Inställningar ` +
            `(${formatKr(inst.medlemsbidragTotalt)}). Nyckeltalen använder Inställningar; rätta det som är fel.`,
        ),
      );
    }
    return { belopp: inst.medlemsbidragTotalt, kalla: "Inställningar" };
  }
  if (franBudget !== undefined) return { belopp: franBudget, kalla: budgetKalla };
  if (ratAr && inst.statensTilldelning !== undefined)
    return { belopp: inst.statensTilldelning * 2, kalla: "Inställningar: statens tilldelning × 2" };
  return undefined;
}

/** The cell right of the first cell on `sheet` whose normalized text satisfies `test` (the setting's value). */
export function installningCell(
  sheets: readonly RawSheet[],
  sheetName: string | undefined,
  test: (key: string) => boolean,
): CellRef | undefined {
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet) return undefined;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && test(normalizeHeader(v))) return { sheet: sheet.name, cell: cellAddress(sheet, r, c + 1) };
    }
  }
  return undefined;
}

const isTakKey = (k: string) => (k.includes("tak") && k.includes("egetkapital")) || (k.includes("reservfond") && k.includes("taket"));

/** "takegetkapitalfran5000000kr" → 5 000 000 kronor ("tkr"/"mkr" scale); undefined without a "från" amount. */
function franBelopp(key: string): number | undefined {
  const m = /(?:fran|over|fr o m|from)(\d+(?:[.,]\d+)?)(tkr|tsek|mkr|kr|sek)?/.exec(key);
  if (!m) return undefined;
  const n = Number(m[1].replace(",", "."));
  return m[2] === "mkr" ? n * 1_000_000 : m[2] === "tkr" || m[2] === "tsek" ? n * 1000 : n;
}

function janej(v: string | number | boolean): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : undefined;
  const t = normalizeHeader(v);
  if (["ja", "j", "sant", "true", "x", "med", "inkl", "inklusive"].includes(t)) return true;
  if (["nej", "n", "falskt", "false", "utan", "exkl", "exklusive"].includes(t)) return false;
  return undefined;
}

/** Tak för eget kapital from Inställningar (rules in the file comment); unreadable values are varningar. */
export function egetKapitalTakFranInstallningar(
  base: Pick<ParsedWorkbook, "installningar" | "sourceSheets">,
  sheets: readonly RawSheet[],
  issues: Issue[],
  medlemsbidrag?: number,
): EgetKapitalTak {
  const tak: EgetKapitalTak = { ...STANDARD_TAK };
  const tabell: { fran: number; andel: number }[] = [];
  const sheetName = base.sourceSheets.installningar;
  for (const [namn, varde] of Object.entries(base.installningar.ovrigt)) {
    const key = normalizeHeader(namn);
    if (!isTakKey(key)) continue;
    const where = installningCell(sheets, sheetName, (k) => k === key);
    const fel = (vad: string) =>
      issues.push(
        issue(
          "varning",
          OGILTIG_INSTALLNING,
          where?.sheet ?? sheetName ?? "",
          where?.cell ?? "",
          `${namn}: "${String(varde)}" ${vad} Standardvärdet används.`,
        ),
      );
    if (key.includes("reservfond")) {
      const svar = janej(varde);
      const invert = key.includes("exkl") || key.includes("utan");
      if (svar === undefined) fel("är inte Ja eller Nej.");
      else tak.inklReservfond = invert ? !svar : svar;
      continue;
    }
    const p = parseSvNumber(typeof varde === "boolean" ? String(varde) : varde);
    const andel = p.kind === "number" ? (p.value > 1 ? p.value / 100 : p.value) : undefined;
    if (andel === undefined || !(andel > 0 && andel <= 1)) fel("är ingen andel. Skriv t.ex. 20 %.");
    else if (franBelopp(key) !== undefined) tabell.push({ fran: franBelopp(key)!, andel });
    else tak.andel = andel;
  }
  const rad = tabell.filter((t) => medlemsbidrag === undefined || t.fran <= medlemsbidrag).sort((a, b) => b.fran - a.fran)[0];
  if (rad) tak.andel = rad.andel;
  return tak;
}
