import { issue, type Issue } from "../../issues/issue";
import type { IssueCode } from "../../issues/issue";
import type { Insats, IsoDate, Period } from "../../model";
import { closestName, NameIndex } from "../../text/names";
import { KOSTNADSSLAG, KOSTNADSSLAG_LABEL, type Rekvisition } from "../../parse/rekvisitioner/rekvisitioner";
import { addMonths, monthEnd } from "../../text/sv-date";
import { snitt } from "../periodisering";
import { formatSv } from "../../text/format";

/**
 * The single checks of the Rekvisitionskontroll (domain.md §3.4), one pure function each.
 * Each returns the failed check as an Issue (fel = the claim needs action, varning = a remark) or nothing.
 */

export const REKV_CODES = {
  OKAND_INSATS: "REKV_OKAND_INSATS",
  INSATS_INAKTIV: "REKV_INSATS_INAKTIV",
  PERIOD_OVER_ARSSKIFTE: "REKV_PERIOD_OVER_ARSSKIFTE",
  DUBBLETT: "REKV_DUBBLETT",
  SUMMA_STAMMER_INTE: "REKV_SUMMA_STAMMER_INTE",
  NEGATIVT_BELOPP: "REKV_NEGATIVT_BELOPP",
  OVER_BUDGET: "REKV_OVER_BUDGET",
  BUDGET_SLUT: "REKV_BUDGET_SLUT",
  SAKNAR_BUDGET: "REKV_SAKNAR_BUDGET",
  SEN: "REKV_SEN",
  SAKNAR_INKOMMEN: "REKV_SAKNAR_INKOMMEN",
} as const;

/** Amounts closer than half an öre are equal. */
export const ORE_TOLERANS = 0.005;

/** Finds insatser by short name or long name, written with any case, spacing, punctuation or diacritics. */
export class InsatsRegister {
  private readonly index = new NameIndex();
  private readonly byName = new Map<string, Insats>();
  /** Short and long names, each mapped to the short name, for suggestions. */
  private readonly spellings = new Map<string, string>();

  constructor(insatser: readonly Insats[]) {
    for (const i of insatser) {
      this.index.add(i.insats);
      this.byName.set(i.insats, i);
      this.spellings.set(i.insats, i.insats);
    }
    for (const i of insatser) {
      if (!i.namn) continue;
      this.index.add(i.insats, i.namn);
      if (!this.spellings.has(i.namn)) this.spellings.set(i.namn, i.insats);
    }
  }

  find(name: string): Insats | undefined {
    const short = this.index.find(name);
    return short === undefined ? undefined : this.byName.get(short);
  }

  /** Short name of the insats whose short or long name is closest to `name` (names.ts closestName). */
  suggest(name: string): string | undefined {
    const hit = closestName(name, [...this.spellings.keys()]);
    return hit === undefined ? undefined : this.spellings.get(hit);
  }
}

function fel(k: Rekvisition, code: IssueCode, cell: string | undefined, message: string): Issue {
  return issue("fel", code, k.sheet, cell ?? k.cells.insats ?? "", message);
}

/** REKV_OKAND_INSATS: the claim names an insats that is not on the Insatser sheet (suggesting the closest name). */
export function checkOkandInsats(k: Rekvisition, register: InsatsRegister): Issue {
  const forslag = register.suggest(k.insats);
  const tips = forslag
    ? ` Menade du "${forslag}"? Skriv namnet som på bladet Insatser.`
    : " Lägg till insatsen på bladet Insatser eller rätta namnet.";
  return fel(k, REKV_CODES.OKAND_INSATS, k.cells.insats, `Insatsen "${k.insats}" finns inte på bladet Insatser.${tips}`);
}

/** REKV_PERIOD_OVER_ARSSKIFTE: a claim's period must lie in one calendar year (budgets are per year). */
export function checkArsskifte(k: Rekvisition, period: Period): Issue | undefined {
  if (period.from.slice(0, 4) === period.to.slice(0, 4)) return undefined;
  return fel(
    k,
    REKV_CODES.PERIOD_OVER_ARSSKIFTE,
    k.cells.period,
    `Perioden ${period.label} går över ett årsskifte. Dela upp rekvisitionen per år, t.ex. 2024-Q4 och 2025-Q1.`,
  );
}

/**
 * REKV_INSATS_INAKTIV: the insats must be active during the period, i.e. [period.from, period.to] ∩ [start, slut] ≠ ∅
 * (an insats that starts or ends within the period may claim for it).
 */
export function checkAktiv(k: Rekvisition, period: Period, insats: Insats): Issue | undefined {
  if (snitt(period, { from: insats.start, to: insats.slut })) return undefined;
  return fel(
    k,
    REKV_CODES.INSATS_INAKTIV,
    k.cells.period,
    `${insats.insats} är aktiv ${insats.start}–${insats.slut}, men rekvisitionen avser ${period.label} (${period.from}–${period.to}). Kontrollera perioden eller insatsens start och slut.`,
  );
}

/**
 * REKV_SUMMA_STAMMER_INTE: when kostnadsslag are given, Personal + Lokal + Övrigt = Belopp (to the öre).
 * Skipped when a kostnadsslag cell could not be read (that is already a failed check).
 * REKV_NEGATIVT_BELOPP: a claim is never negative.
 */
export function checkSumma(k: Rekvisition): Issue | undefined {
  if (k.belopp === null) return undefined;
  if (k.belopp < 0)
    return fel(
      k,
      REKV_CODES.NEGATIVT_BELOPP,
      k.cells.belopp,
      `Beloppet ${formatSv(k.belopp)} kr är negativt. En rekvisition begär pengar; en återbetalning hanteras separat.`,
    );
  const givna = KOSTNADSSLAG.filter((s) => k.kostnadsslag[s] !== undefined);
  const olasbara = KOSTNADSSLAG.some((s) => k.cells[s] !== undefined && k.problem.some((p) => p.cell === k.cells[s]));
  if (givna.length === 0 || olasbara) return undefined;
  const summa = givna.reduce((s, slag) => s + (k.kostnadsslag[slag] ?? 0), 0);
  if (Math.abs(summa - k.belopp) < ORE_TOLERANS) return undefined;
  const delar = givna.map((s) => `${KOSTNADSSLAG_LABEL[s]} ${formatSv(k.kostnadsslag[s] ?? 0)}`).join(" + ");
  return fel(
    k,
    REKV_CODES.SUMMA_STAMMER_INTE,
    k.cells.belopp,
    `Kostnadsslagen (${delar} = ${formatSv(summa)} kr) stämmer inte med beloppet ${formatSv(k.belopp)} kr (skillnad ${formatSv(k.belopp - summa)} kr). Rätta beloppet eller kostnadsslagen.`,
  );
}

/**
 * Last day a claim may arrive: one month after the period's end. A period ending on a month's last day gives the
 * next month's last day (2024-03-31 → 2024-04-30, 2024-06-30 → 2024-07-31); another end date moves one calendar month.
 */
export function sistaInkommenDag(periodTo: IsoDate): IsoDate {
  const next = addMonths(periodTo, 1);
  return periodTo === monthEnd(periodTo) ? monthEnd(next) : next;
}

/** The last day with the förbund's own rule: `dagar` days after the period's end (Inställningar "Rekvisition senast (dagar)"). */
export function sistaInkommenDagEfter(periodTo: IsoDate, dagar: number): IsoDate {
  const d = new Date(`${periodTo}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagar);
  return d.toISOString().slice(0, 10);
}

/**
 * REKV_SEN (varning): inkommen later than sistaInkommenDag(period.to), or than `dagar` days after the period when the
 * förbund sets "Rekvisition senast (dagar)". REKV_SAKNAR_INKOMMEN (info): the date cell is empty.
 */
export function checkInkommen(k: Rekvisition, period: Period, dagar?: number): Issue | undefined {
  if (k.inkommen === null) {
    const empty = k.cells.inkommen !== undefined && !k.problem.some((p) => p.cell === k.cells.inkommen);
    return empty
      ? issue(
          "info",
          REKV_CODES.SAKNAR_INKOMMEN,
          k.sheet,
          k.cells.inkommen ?? "",
          "Inkommen-datum saknas, så det går inte att se om rekvisitionen kom in i tid. Fyll i datumet.",
        )
      : undefined;
  }
  const senast = dagar === undefined ? sistaInkommenDag(period.to) : sistaInkommenDagEfter(period.to, dagar);
  if (k.inkommen <= senast) return undefined;
  const regel = dagar === undefined ? "en månad" : `${dagar} dagar`;
  return issue(
    "varning",
    REKV_CODES.SEN,
    k.sheet,
    k.cells.inkommen ?? k.cells.insats ?? "",
    `Rekvisitionen för ${period.label} kom in ${k.inkommen}, senare än ${regel} efter periodens slut (senast ${senast}). Påminn insatsen om rutinen.`,
  );
}

/** Human words for a period: its label, or the text as written when it could not be read. */
export function periodText(k: Rekvisition): string {
  return k.period?.label ?? k.periodText;
}
