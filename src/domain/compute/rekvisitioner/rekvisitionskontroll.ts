import { issue, type Issue } from "../../issues/issue";
import type { CellRef, Insats, IsoDate, ParsedWorkbook } from "../../model";
import { KOSTNADSSLAG, type Rekvisition } from "../../parse/rekvisitioner/rekvisitioner";
import { flagga as flaggaFor, kvotAv, KVOT_HOG_STANDARD, KVOT_LAG_STANDARD, type Flagga } from "../forbrukningskvot";
import {
  insatsBudgetPerAr,
  periodiseradBudget,
  periodiseringsLageFranInstallningar,
  snitt,
  type PeriodiseringsLage,
} from "../periodisering";
import { insatsBudget } from "../periodbudget";
import {
  checkAktiv,
  checkArsskifte,
  checkInkommen,
  checkOkandInsats,
  checkSumma,
  InsatsRegister,
  ORE_TOLERANS,
  periodText,
  REKV_CODES,
  sistaInkommenDag,
} from "./kontroller";
import { formatPercent, formatSv } from "../../text/format";

/**
 * Rekvisitionskontroll (domain.md §3.4): every claim checked against the insats and its beviljad budget.
 *
 * Checks per claim (cells missing or unreadable when the claim was read count as failed checks too):
 *   identity   the insats exists on Insatser (any spelling that differs only in case, spacing, punctuation or
 *              diacritics; otherwise REKV_OKAND_INSATS with the closest name) and is active in the period;
 *   period     the period lies in one calendar year;
 *   duplicate  the period is not already claimed: of two claims of the same insats whose periods overlap,
 *              the LATER one is the duplicate — later by inkommen date (a claim without a date counts as later
 *              than any dated one), then by position in the workbook (sheet order, then row); this holds
 *              across sheets, so a form sent in as its own sheet is compared with the list;
 *   arithmetic Personal + Lokal + Övrigt = Belopp (when given), Belopp ≥ 0;
 *   budget     ackumulerat + belopp ≤ beviljad budget of the period's year, where
 *                ackumulerat = Σ att betala ut of the EARLIER (by period), non-duplicate, approved claims of the
 *                              same insats and year (claims needing action have paid nothing; a duplicate is
 *                              shown with the claim it duplicates counted, and gets no budget remark and no kvot);
 *                högst att betala ut = max(0, budget − ackumulerat);
 *              above it: a warning (REKV_OVER_BUDGET) and only högst att betala ut is paid; when nothing is
 *              left (REKV_BUDGET_SLUT) or the year has no budget (REKV_SAKNAR_BUDGET) the claim needs action;
 *   late       inkommen later than one month after the period's end, or the förbund's own "Rekvisition senast (dagar)"
 *              (REKV_SEN, a warning);
 *   unit       every claim ~1/1000 (or ~1000×) of its period budget: REKV_ENHET (fel), see checkEnhet;
 *   kvot       förbrukningskvot efter rekvisitionen = (ackumulerat + belopp) / periodiserad budget from 1 January
 *              to the period's end (compute/periodisering.ts), flagged hög/låg as in compute/forbrukningskvot.ts.
 * Verdict: any fel → "Åtgärd krävs" (nothing to pay); else any varning → "Godkänd med anmärkning";
 * else "Godkänd". att betala ut = min(belopp, högst att betala ut) for approved claims, 0 otherwise.
 *
 * Example (Uppsala 2024, Jobbcentrum budget 2 652 000 kr): Q1 663 000 and Q2 663 000 are Godkänd; a Q3 claim
 * of 1 400 000 finds ackumulerat 1 326 000, högst 1 326 000 → Godkänd med anmärkning, 1 326 000 to pay.
 */

export type Bedomning = "Godkänd" | "Godkänd med anmärkning" | "Åtgärd krävs";

export const BEDOMNINGAR: readonly Bedomning[] = ["Godkänd", "Godkänd med anmärkning", "Åtgärd krävs"];

export interface RekvisitionKontroll {
  /** Insats as written on the claim. */
  insats: string;
  /** Short name of the matched insats; null when unknown. */
  insatsId: string | null;
  /** Period label (or the text as written when unreadable). */
  period: string;
  ar: number | null;
  inkommen: IsoDate | null;
  /** Last day the claim could arrive without a remark. */
  sistaInkommen: IsoDate | null;
  belopp: number | null;
  /** Σ given kostnadsslag; null when none is given. */
  kostnadsslagSumma: number | null;
  /** Beviljad budget of the year, kronor; null when the insats or year is unknown. */
  budgetAr: number | null;
  /** Paid earlier in the year on approved claims (see file comment). */
  ackumulerat: number | null;
  hogstAttBetala: number | null;
  attBetala: number;
  periodiseradBudget: number | null;
  kvotEfter: number | null;
  flagga: Flagga | null;
  bedomning: Bedomning;
  /** Every failed check and remark, in check order. */
  anmarkningar: Issue[];
  /** For a duplicate: the claim that already claimed the period. */
  dubblettAv: CellRef | null;
  sheet: string;
  /** The claim's insats cell (link target) and whole range. */
  cell: string;
  range: string;
  layout: Rekvisition["layout"];
}

export interface RekvisitionskontrollResultat {
  /** One row per claim, in workbook order. */
  rader: RekvisitionKontroll[];
  antal: Record<Bedomning, number>;
  summaBelopp: number;
  summaAttBetala: number;
  kvotHog: number;
  kvotLag: number;
  /** Sheets the claims came from, in workbook order. */
  kallor: string[];
}

export interface RekvisitionskontrollOptions {
  kvotHog?: number;
  kvotLag?: number;
  mode?: PeriodiseringsLage;
}

/** Inställningar "Rekvisition senast (dagar)": days after the period's end; undefined = one month (the default). */
export function rekvisitionSenastDagar(ovrigt: Record<string, string | number | boolean>): number | undefined {
  for (const [k, v] of Object.entries(ovrigt)) {
    const key = k
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    if (!key.startsWith("rekvisitionsenast") && !key.startsWith("sistadagforrekvisition")) continue;
    const n = typeof v === "number" ? v : Number(String(v).replace(/[^0-9]/g, ""));
    if (Number.isInteger(n) && n >= 0 && n <= 365) return n;
  }
  return undefined;
}

/**
 * Unit sanity check (domain.md §3.4): when EVERY claim with a budget is below 1/200 of the insats' budget for the
 * claim's period (or above 200×), the amounts are almost certainly kept in different units (tkr against kr): each
 * claim gets REKV_ENHET (fel) instead of an approval.
 */
function checkEnhet(arbete: Arbete[], base: ParsedWorkbook): void {
  const kvoter: { a: Arbete; q: number }[] = [];
  for (const a of arbete) {
    if (!a.insats || !a.k.period || a.k.belopp === null || a.k.belopp === 0) continue;
    const pb = insatsBudget(a.insats, base.budget, a.k.period.from, a.k.period.to).belopp;
    if (pb > 0) kvoter.push({ a, q: a.k.belopp / pb });
  }
  if (kvoter.length === 0) return;
  const liten = kvoter.every((x) => x.q < 1 / 200);
  const stor = kvoter.every((x) => x.q > 200);
  if (!liten && !stor) return;
  for (const { a, q } of kvoter) {
    const text = liten
      ? `Rekvisitionen är ${formatSv(a.k.belopp!)} kr, ungefär en tusendel av insatsens budget för perioden (${formatPercent(q, 2)}), och så är det för alla rekvisitioner. Troligen är beloppen i tkr medan budgeten är i kr.`
      : `Rekvisitionen är ${formatSv(a.k.belopp!)} kr, ungefär tusen gånger insatsens budget för perioden, och så är det för alla rekvisitioner. Troligen är beloppen i kr medan budgeten är i tkr.`;
    a.rad.anmarkningar.push(
      issue(
        "fel",
        "REKV_ENHET",
        a.k.sheet,
        a.k.cells.belopp ?? a.rad.cell,
        `${text} Skriv enheten i rubriken (t.ex. "Belopp (tkr)") och kör igen; godkänn inget innan enheterna stämmer.`,
      ),
    );
  }
}

/** "Åtgärd krävs" when any issue is fel, "Godkänd med anmärkning" when any is varning, else "Godkänd". */
export function bedomningAv(anmarkningar: readonly Issue[]): Bedomning {
  if (anmarkningar.some((i) => i.severity === "fel")) return "Åtgärd krävs";
  if (anmarkningar.some((i) => i.severity === "varning")) return "Godkänd med anmärkning";
  return "Godkänd";
}

interface Arbete {
  k: Rekvisition;
  insats: Insats | undefined;
  rad: RekvisitionKontroll;
}

/** Sort key "inkommen, then position": a claim without a date counts as later than any dated claim. */
function arrivalOrder(a: Arbete, b: Arbete): number {
  const da = a.k.inkommen ?? "~";
  const db = b.k.inkommen ?? "~";
  if (da !== db) return da < db ? -1 : 1;
  return a.k.position - b.k.position;
}

function emptyRow(k: Rekvisition): RekvisitionKontroll {
  const givna = KOSTNADSSLAG.filter((s) => k.kostnadsslag[s] !== undefined);
  return {
    insats: k.insats,
    insatsId: null,
    period: periodText(k),
    ar: k.period ? Number(k.period.from.slice(0, 4)) : null,
    inkommen: k.inkommen,
    sistaInkommen: k.period ? sistaInkommenDag(k.period.to) : null,
    belopp: k.belopp,
    kostnadsslagSumma: givna.length === 0 ? null : givna.reduce((s, g) => s + (k.kostnadsslag[g] ?? 0), 0),
    budgetAr: null,
    ackumulerat: null,
    hogstAttBetala: null,
    attBetala: 0,
    periodiseradBudget: null,
    kvotEfter: null,
    flagga: null,
    bedomning: "Godkänd",
    anmarkningar: [...k.problem],
    dubblettAv: null,
    sheet: k.sheet,
    cell: k.cells.insats ?? "",
    range: k.range,
    layout: k.layout,
  };
}

/** Identity, period, arithmetic and date checks (everything that does not depend on other claims). */
function checkOwn(a: Arbete, register: InsatsRegister, senastDagar?: number): void {
  const { k, rad } = a;
  const push = (i: Issue | undefined) => i && rad.anmarkningar.push(i);
  if (k.insats !== "") {
    a.insats = register.find(k.insats);
    if (a.insats) rad.insatsId = a.insats.insats;
    else push(checkOkandInsats(k, register));
  }
  if (k.period) {
    push(checkArsskifte(k, k.period));
    if (a.insats) push(checkAktiv(k, k.period, a.insats));
  }
  push(checkSumma(k));
  if (k.period) push(checkInkommen(k, k.period, senastDagar));
}

/** Marks the later of two claims of the same insats with overlapping periods (see file comment). */
function markDuplicates(arbete: Arbete[]): void {
  const kept = new Map<string, Arbete[]>();
  for (const a of [...arbete].sort(arrivalOrder)) {
    if (!a.insats || !a.k.period) continue;
    const earlier = kept.get(a.insats.insats) ?? [];
    const first = earlier.find((e) => snitt(e.k.period!, a.k.period!) !== null);
    if (!first) {
      kept.set(a.insats.insats, [...earlier, a]);
      continue;
    }
    const same = first.k.period!.from === a.k.period.from && first.k.period!.to === a.k.period.to;
    const what = same
      ? `Perioden ${a.k.period.label} är redan rekvirerad`
      : `Perioden ${a.k.period.label} överlappar ${first.k.period!.label}, som redan är rekvirerad`;
    const when = first.k.inkommen ? `, inkommen ${first.k.inkommen}` : "";
    a.rad.dubblettAv = { sheet: first.k.sheet, cell: first.k.cells.insats ?? "" };
    a.rad.anmarkningar.push(
      issue(
        "fel",
        REKV_CODES.DUBBLETT,
        a.k.sheet,
        a.k.cells.period ?? a.k.cells.insats ?? "",
        `${what} för ${a.insats.insats} (${first.k.sheet}!${first.k.cells.insats ?? ""}${when}). Betala inte ut två gånger; stäm av med insatsen.`,
      ),
    );
  }
}

/** Budget check, amounts to pay and förbrukningskvot, claim by claim in period order within insats and year. */
function checkBudget(arbete: Arbete[], base: ParsedWorkbook, opts: Required<RekvisitionskontrollOptions>): void {
  const order = arbete
    .filter((a) => a.insats && a.k.period && a.rad.ar !== null && a.k.belopp !== null)
    .sort((a, b) => (a.k.period!.from !== b.k.period!.from ? (a.k.period!.from < b.k.period!.from ? -1 : 1) : arrivalOrder(a, b)));
  const paid = new Map<string, number>();
  for (const a of order) {
    const { k, rad } = a;
    const insats = a.insats!;
    const ar = rad.ar!;
    const belopp = k.belopp!;
    const perAr = insatsBudgetPerAr(insats, base.budget);
    const budget = perAr[ar];
    const key = `${insats.insats}\u0000${ar}`;
    const ack = paid.get(key) ?? 0;
    const hogst = Math.max(0, (budget ?? 0) - ack);
    rad.budgetAr = budget ?? null;
    rad.ackumulerat = ack;
    rad.hogstAttBetala = hogst;
    const cell = k.cells.belopp ?? rad.cell;
    if (rad.dubblettAv !== null) {
      // A duplicate pays nothing; its budget figures are shown for reference only.
    } else if (budget === undefined || budget <= 0) {
      rad.anmarkningar.push(
        issue(
          "fel",
          REKV_CODES.SAKNAR_BUDGET,
          k.sheet,
          cell,
          `${insats.insats} har ingen beviljad budget för ${ar}. Inget kan betalas ut förrän styrelsen beviljat medel; kontrollera bladet Insatser eller Budget.`,
        ),
      );
    } else if (belopp > hogst + ORE_TOLERANS) {
      const text = `Tidigare utbetalt ${formatSv(ack)} kr + denna rekvisition ${formatSv(belopp)} kr = ${formatSv(ack + belopp)} kr, mer än beviljad budget ${formatSv(budget)} kr för ${ar}.`;
      if (hogst > ORE_TOLERANS)
        rad.anmarkningar.push(issue("varning", REKV_CODES.OVER_BUDGET, k.sheet, cell, `${text} Betala högst ${formatSv(hogst)} kr.`));
      else
        rad.anmarkningar.push(
          issue("fel", REKV_CODES.BUDGET_SLUT, k.sheet, cell, `${text} Budgeten är redan utbetald; inget kan betalas ut utan nytt beslut.`),
        );
    }
    rad.bedomning = bedomningAv(rad.anmarkningar);
    if (rad.bedomning !== "Åtgärd krävs") {
      rad.attBetala = Math.min(belopp, hogst);
      paid.set(key, ack + rad.attBetala);
    }
    if (rad.dubblettAv !== null) continue; // no kvot: the duplicate is not to be paid
    const pb = periodiseradBudget({ budgetPerAr: perAr, start: insats.start, slut: insats.slut }, `${ar}-01-01`, k.period!.to, opts.mode);
    rad.periodiseradBudget = pb;
    const kvot = kvotAv(ack + belopp, pb);
    rad.kvotEfter = kvot ?? null;
    rad.flagga = flaggaFor(kvot, opts.kvotHog, opts.kvotLag) ?? null;
  }
}

/** Checks every claim (see the file comment for the rules). Claims are returned in workbook order. */
export function computeRekvisitionskontroll(
  rekvisitioner: readonly Rekvisition[],
  base: ParsedWorkbook,
  options: RekvisitionskontrollOptions = {},
): { result: RekvisitionskontrollResultat; issues: Issue[] } {
  const inst = base.installningar;
  const opts: Required<RekvisitionskontrollOptions> = {
    kvotHog: options.kvotHog ?? inst.kvotHog ?? KVOT_HOG_STANDARD,
    kvotLag: options.kvotLag ?? inst.kvotLag ?? KVOT_LAG_STANDARD,
    mode: options.mode ?? periodiseringsLageFranInstallningar(inst.ovrigt ?? {}),
  };
  const register = new InsatsRegister(base.insatser);
  const arbete: Arbete[] = [...rekvisitioner]
    .sort((a, b) => a.position - b.position)
    .map((k) => ({ k, insats: undefined, rad: emptyRow(k) }));
  const senastDagar = rekvisitionSenastDagar(inst.ovrigt ?? {});
  for (const a of arbete) checkOwn(a, register, senastDagar);
  markDuplicates(arbete);
  checkEnhet(arbete, base);
  for (const a of arbete) a.rad.bedomning = bedomningAv(a.rad.anmarkningar);
  checkBudget(arbete, base, opts);
  const rader = arbete.map((a) => a.rad);
  const antal: Record<Bedomning, number> = { Godkänd: 0, "Godkänd med anmärkning": 0, "Åtgärd krävs": 0 };
  for (const r of rader) antal[r.bedomning]++;
  const result: RekvisitionskontrollResultat = {
    rader,
    antal,
    summaBelopp: rader.reduce((s, r) => s + (r.belopp ?? 0), 0),
    summaAttBetala: rader.reduce((s, r) => s + r.attBetala, 0),
    kvotHog: opts.kvotHog,
    kvotLag: opts.kvotLag,
    kallor: [...new Set(rader.map((r) => r.sheet))],
  };
  return { result, issues: rader.flatMap((r) => r.anmarkningar) };
}
