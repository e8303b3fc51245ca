import { issue, type Issue } from "../issues/issue";
import type { Medlem, MedlemTyp } from "../parse/medlemmar";
import { largestRemainder, roundHalfAwayFromZero } from "./largest-remainder";
import { normalizeHeader } from "../text/header";
import type { BeslutsutrymmeModel } from "../model/beslutsutrymme";
import { representativeColumn } from "./beslutsutrymme";
import { applyScenario, type Scenario } from "./what-if";
import { formatKr, formatPercent } from "../text/format";

/** The law's split of medlemsbidraget: staten 50 %, region 25 %, kommunerna 25 % (domain.md §3.3). */
export const STANDARD_ANDELAR: Record<MedlemTyp, number> = { stat: 0.5, region: 0.25, kommun: 0.25 };
const TYPER: MedlemTyp[] = ["stat", "region", "kommun"];
const TYP_NAMN: Record<MedlemTyp, string> = { stat: "Stat", region: "Region", kommun: "Kommun" };

export interface BidragOptions {
  /** Medlemsbidrag totalt for the year, kronor (Statens tilldelning × 2). */
  total: number;
  /** Months of the delår (1–12); 12 = helår only. */
  manader?: number;
  /** Largest accepted |fakturerat − beslutat| and |beslutat − beräknat|, kronor (default 1 kr). */
  tolerans?: number;
  /** Sheet where the medlemmar came from (for issues). */
  sheet?: string;
}

export interface BidragRad {
  medlem: string;
  typ: MedlemTyp;
  invanare?: number;
  /** Share of the total that the member pays (helår / total). */
  andel: number;
  /** Helår, whole kronor. */
  helar: number;
  /** Delår = helår × månader/12 with largest remainder over all members, whole kronor. */
  delar: number;
  /** Amount the förbund wrote as decided (optional column), kronor. */
  beslutat?: number;
  /** Amount invoiced for the report period (optional column), kronor. */
  fakturerat?: number;
  /** Fakturerat − (delår when månader < 12, else helår). */
  avvikelseFakturerat?: number;
}

export interface Bidragsfordelning {
  total: number;
  manader: number;
  delarTotal: number;
  grupper: Record<MedlemTyp, { helar: number; delar: number }>;
  rader: BidragRad[];
}

/**
 * Medlemsbidrag per medlem (domain.md §3.3).
 * Formula: T is split staten 50 % / region 25 % / kommuner 25 % with largest remainder; each group is
 * split over its members (see splitStandard: Försäkringskassan the whole state half and Arbetsförmedlingen 0,
 * several regions by invånare or Andel, kommuner by invånare), again with largest remainder, so every amount is whole kronor and Σ kommuner = T × 25 % exactly.
 * When EVERY member has a fixed Andel the amounts are T × andel (largest remainder) and the andelar are
 * checked against 50/25/25. Delår: D = round(T × månader/12), split over the members by their helår.
 * Reproduces Uppsala 2024: T = 23 322 000 → FK/AF 11 661 000, Region Uppsala 5 830 500, kommuner
 * 5 830 500 (Enköping 695 314 … Östhammar 319 406); Mölndal 2016: 16 692 tkr → 8 346 / 4 173 / 4 173 tkr.
 */
export function computeBidragsfordelning(
  medlemmar: readonly Medlem[],
  options: BidragOptions,
): { result: Bidragsfordelning; issues: Issue[] } {
  const issues: Issue[] = [];
  const sheet = options.sheet ?? medlemmar[0]?.source.sheet ?? "Medlemmar";
  const total = roundHalfAwayFromZero(options.total);
  const manader = Math.min(12, Math.max(1, Math.round(options.manader ?? 12)));
  const tolerans = options.tolerans ?? 1;
  if (total !== options.total) {
    issues.push(
      issue("info", "BIDRAG_TOTAL_AVRUNDAT", sheet, "", `Medlemsbidraget ${options.total} kr avrundas till hela kronor (${total} kr).`),
    );
  }
  for (const typ of TYPER) {
    if (!medlemmar.some((m) => m.typ === typ)) {
      issues.push(
        issue(
          "fel",
          "BIDRAG_MEDLEMSTYP_SAKNAS",
          sheet,
          "",
          `Ingen medlem av typen ${TYP_NAMN[typ]} finns. Lägg till en rad med Typ = ${TYP_NAMN[typ]}; annars fördelas inte ${Math.round(STANDARD_ANDELAR[typ] * 100)} % av medlemsbidraget.`,
        ),
      );
    }
  }
  const allaAndelar = medlemmar.length > 0 && medlemmar.every((m) => m.andel !== undefined);
  const helar = allaAndelar ? splitByAndel(medlemmar, total, sheet, issues) : splitStandard(medlemmar, total, sheet, issues);
  const delarTotal = roundHalfAwayFromZero((total * manader) / 12);
  const delar = manader === 12 ? [...helar] : largestRemainder(delarTotal, helar);
  const rader = medlemmar.map((m, i): BidragRad => {
    const rad: BidragRad = { medlem: m.medlem, typ: m.typ, andel: total === 0 ? 0 : helar[i] / total, helar: helar[i], delar: delar[i] };
    if (m.invanare !== undefined) rad.invanare = m.invanare;
    if (m.beslutat !== undefined) {
      rad.beslutat = m.beslutat;
      const diff = m.beslutat - helar[i];
      if (Math.abs(diff) > tolerans) {
        issues.push(
          issue(
            "varning",
            "BIDRAG_BESLUTAT_AVVIKER",
            sheet,
            m.cells.beslutat ?? m.source.cell,
            `${m.medlem}: beslutat ${formatKr(m.beslutat)} skiljer sig från beräknat ${formatKr(helar[i])} (${formatKr(diff)}). Kontrollera invånarantal och medlemsbidragets totalbelopp.`,
          ),
        );
      }
    }
    if (m.fakturerat !== undefined) {
      const mot = manader === 12 ? helar[i] : delar[i];
      rad.fakturerat = m.fakturerat;
      rad.avvikelseFakturerat = m.fakturerat - mot;
      if (Math.abs(rad.avvikelseFakturerat) > tolerans) {
        const period = manader === 12 ? "helår" : `${manader} månader`;
        issues.push(
          issue(
            "varning",
            "BIDRAG_FAKTURERAT_AVVIKER",
            sheet,
            m.cells.fakturerat ?? m.source.cell,
            `${m.medlem}: fakturerat ${formatKr(m.fakturerat)} skiljer sig från beslutat för ${period} ${formatKr(mot)} med ${formatKr(rad.avvikelseFakturerat)} (tolerans ${formatKr(tolerans)}). Rätta fakturan eller underlaget.`,
          ),
        );
      }
    }
    return rad;
  });
  const grupper = {} as Record<MedlemTyp, { helar: number; delar: number }>;
  for (const typ of TYPER) {
    const idx = medlemmar.map((m, i) => (m.typ === typ ? i : -1)).filter((i) => i >= 0);
    grupper[typ] = { helar: sum(idx.map((i) => helar[i])), delar: sum(idx.map((i) => delar[i])) };
  }
  return { result: { total, manader, delarTotal, grupper, rader }, issues };
}

/** Next year's medlemsbidrag per medlem from a Nästa år scenario (bidragFranScenario). */
export interface BidragNastaAr {
  ar: number;
  /** The scenario's name, as the user gave it. */
  scenario: string;
  /** The model column the total comes from ("Prel 2025", or "Budget 2025" when the model has no better estimate). */
  kolumn: string;
  /** Σ medlemsavgifter of that column after the scenario's levers, kronor (rounded to whole kronor). */
  total: number;
  fordelning: Bidragsfordelning;
}

/**
 * Next year's medlemsbidrag per medlem from the chosen Nästa år scenario (domain.md §3.3, §3.5).
 * Formula: the scenario's levers are applied to the beslutsutrymme model (applyScenario); T = Σ medlemsavgifter in
 * the year's best-estimate column (representativeColumn: Prel/Prognos over Budget); T is split exactly as this year's
 * (computeBidragsfordelning: staten 50 % paid by Försäkringskassan, Arbetsförmedlingen 0; region 25 %; kommunerna 25 %
 * by invånare; whole kronor, largest remainder), helår only.
 * Uppsala, Ekonomisk information 2024-10-24: Prel 2025 23 428 tkr → FK/AF 11 714 000, Region Uppsala 5 857 000,
 * kommunerna 5 857 000 kr; a scenario that keeps 2025 at 23 322 000 gives every published 2024 figure again.
 * No result (info BIDRAG_NASTA_AR_SAKNAS) when the model has no column for the year or its medlemsavgifter are not above 0.
 */
export function bidragFranScenario(
  medlemmar: readonly Medlem[],
  model: BeslutsutrymmeModel,
  scenario: Scenario,
  ar: number,
  options: Omit<BidragOptions, "total" | "manader"> = {},
): { result: BidragNastaAr | null; issues: Issue[] } {
  const applied = applyScenario(model, scenario);
  const issues: Issue[] = [...applied.issues];
  const col = representativeColumn(applied.model.kolumner, ar);
  const total =
    col < 0 ? 0 : applied.model.poster.filter((p) => p.grupp === "medlemsavgifter").reduce((s, p) => s + (p.belopp[col] ?? 0), 0);
  if (col < 0 || !(total > 0)) {
    const why =
      col < 0
        ? `flerårsprognosen (${model.sourceSheet ?? "Beslutsutrymme"}) har ingen kolumn för ${ar}`
        : `medlemsavgifterna för ${ar} i ${applied.model.kolumner[col].label} är ${formatKr(total)}`;
    issues.push(
      issue(
        "info",
        "BIDRAG_NASTA_AR_SAKNAS",
        options.sheet ?? medlemmar[0]?.source.sheet ?? "Medlemmar",
        "",
        `Medlemsbidraget ${ar} per medlem räknas inte ur scenariot "${scenario.name}": ${why}. Fyll i Medlemsavgifter för ${ar} i flerårsprognosen eller i scenariot.`,
      ),
    );
    return { result: null, issues };
  }
  const computed = computeBidragsfordelning(medlemmar, { ...options, total: roundHalfAwayFromZero(total), manader: 12 });
  // Beslutat and Fakturerat concern this year, not next: they are not compared with next year's amounts.
  const fordelning: Bidragsfordelning = {
    ...computed.result,
    rader: computed.result.rader.map(({ beslutat: _b, fakturerat: _f, avvikelseFakturerat: _a, ...r }) => r),
  };
  issues.push(...computed.issues.filter((i) => i.code !== "BIDRAG_BESLUTAT_AVVIKER" && i.code !== "BIDRAG_FAKTURERAT_AVVIKER"));
  return {
    result: { ar, scenario: scenario.name, kolumn: applied.model.kolumner[col].label, total: computed.result.total, fordelning },
    issues,
  };
}

/**
 * Standard split: 50/25/25 between the groups (largest remainder), then inside each group:
 * - staten: Försäkringskassan pays the whole state half and Arbetsförmedlingen 0 when they are separate rows
 *   (5 § Finsamlagen: the state's contribution is paid by Försäkringskassan);
 * - several regions: by invånare, else by their given Andel; neither → fel and the regions' 25 % is not split
 *   (never an unexplained equal split);
 * - kommuner: by invånare (the förbund's reference date), else by Andel when every kommun has one.
 * A member's Andel that the split did not use is checked against the amount it gets.
 */
function splitStandard(medlemmar: readonly Medlem[], total: number, sheet: string, issues: Issue[]): number[] {
  const present = TYPER.filter((t) => medlemmar.some((m) => m.typ === t));
  const groupAmounts = largestRemainder(
    total,
    present.map((t) => STANDARD_ANDELAR[t]),
  );
  const out = medlemmar.map(() => 0);
  const usedAndel = new Set<Medlem>();
  present.forEach((typ, g) => {
    const idx = medlemmar.map((m, i) => (m.typ === typ ? i : -1)).filter((i) => i >= 0);
    const members = idx.map((i) => medlemmar[i]);
    const weights = groupWeights(members, typ, groupAmounts[g], sheet, issues, usedAndel);
    largestRemainder(groupAmounts[g], weights).forEach((amount, k) => (out[idx[k]] = amount));
  });
  const partial = medlemmar.filter((m) => m.andel !== undefined && !usedAndel.has(m));
  const incomplete = TYPER.some((t) => {
    const group = medlemmar.filter((m) => m.typ === t);
    return group.some((m) => m.andel !== undefined) && group.some((m) => m.andel === undefined);
  });
  if (incomplete) {
    issues.push(
      issue(
        "varning",
        "BIDRAG_ANDEL_OFULLSTANDIG",
        sheet,
        partial[0]?.cells.andel ?? partial[0]?.source.cell ?? "",
        `Andel är angiven för ${medlemmar.filter((m) => m.andel !== undefined).length} av ${medlemmar.length} medlemmar. Fördelningen görs med 50/25/25 och invånare; fyll i Andel för alla medlemmar i en grupp eller för ingen.`,
      ),
    );
  }
  for (const m of partial) {
    const i = medlemmar.indexOf(m);
    const computed = total === 0 ? 0 : out[i] / total;
    if (Math.abs(computed - (m.andel ?? 0)) > 0.00005) {
      const text =
        m.typ === "stat" && medlemmar.filter((x) => x.typ === "stat").length === 1
          ? `${m.medlem}: Statens andel är ${formatPercent(m.andel ?? 0, 2)} och inte hälften av medlemsbidraget; staten betalar 50 % (5 § Finsamlagen). Fördelningen görs med 50 % (${formatPercent(computed, 2)}); rätta andelen.`
          : `${m.medlem}: angiven andel ${formatPercent(m.andel ?? 0, 2)} stämmer inte med fördelningen 50/25/25 efter invånare (${formatPercent(computed, 2)}).`;
      issues.push(issue("varning", "BIDRAG_ANDEL_AVVIKER", sheet, m.cells.andel ?? m.source.cell, text));
    }
  }
  return out;
}

const isFK = (m: Medlem) => normalizeHeader(m.medlem).includes("forsakringskassan");
const isAF = (m: Medlem) => normalizeHeader(m.medlem).includes("arbetsformedlingen") && !isFK(m);

/** Weights of the members of one group (see splitStandard); all zero = the group's amount is not split. */
function groupWeights(members: Medlem[], typ: MedlemTyp, amount: number, sheet: string, issues: Issue[], usedAndel: Set<Medlem>): number[] {
  if (members.length === 1 && typ !== "kommun") return [1];
  const allAndel = members.every((m) => m.andel !== undefined);
  const byAndel = () => {
    members.forEach((m) => usedAndel.add(m));
    return andelWeights(members, typ, sheet, issues);
  };
  if (typ === "kommun") {
    if (allAndel && !members.every((m) => m.invanare !== undefined && m.invanare > 0)) return byAndel();
    return members.map((m) => {
      if (m.invanare === undefined || !(m.invanare > 0)) {
        issues.push(
          issue(
            "fel",
            "BIDRAG_INVANARE_SAKNAS",
            sheet,
            m.cells.invanare ?? m.source.cell,
            `${m.medlem}: invånare saknas. Kommunernas 25 % fördelas efter invånare; fyll i invånarantalet per förbundets referensdatum. Kommunen får 0 kr tills dess.`,
          ),
        );
        return 0;
      }
      return m.invanare;
    });
  }
  if (typ === "stat") {
    const fk = members.filter(isFK);
    if (fk.length === 1 && members.every((m) => isFK(m) || isAF(m))) {
      const af = members.filter(isAF);
      issues.push(
        issue(
          "info",
          "BIDRAG_AF_BETALAR_INTE",
          sheet,
          af[0].source.cell,
          `Försäkringskassan betalar hela statens hälft (${formatKr(amount)}); Arbetsförmedlingen är medlem men betalar inget medlemsbidrag (5 § Finsamlagen) och får 0 kr.`,
        ),
      );
      return members.map((m) => (isFK(m) ? 1 : 0));
    }
  }
  if (members.every((m) => m.invanare !== undefined && m.invanare > 0)) return members.map((m) => m.invanare ?? 0);
  if (allAndel) return byAndel();
  if (typ === "region") {
    issues.push(
      issue(
        "fel",
        "BIDRAG_REGIONER_UTAN_FORDELNING",
        sheet,
        members[0].cells.invanare ?? members[0].cells.andel ?? members[0].source.cell,
        `${members.length} regioner är medlemmar men varken Invånare eller Andel är ifyllt för alla. Regionernas 25 % (${formatKr(amount)}) fördelas inte förrän du fyller i Invånare eller Andel för varje region; de får 0 kr tills dess.`,
      ),
    );
    return members.map(() => 0);
  }
  issues.push(
    issue(
      "varning",
      "BIDRAG_FLERA_MEDLEMMAR",
      sheet,
      members[1].source.cell,
      `${members.length} medlemmar av typen ${TYP_NAMN[typ]}: ${Math.round(STANDARD_ANDELAR[typ] * 100)} % delas lika mellan dem. Statens andel betalas av Försäkringskassan (5 § Finsamlagen); skriv Försäkringskassan och Arbetsförmedlingen som egna rader eller på en rad.`,
    ),
  );
  return members.map(() => 1);
}

/**
 * The given Andel of every member of a group as weights: as shares of the total (regions 15 % + 10 % = 25 %) or
 * as shares within the group (60 % + 40 % = 100 %). Any other sum is a varning; the group is split in proportion.
 */
function andelWeights(members: Medlem[], typ: MedlemTyp, sheet: string, issues: Issue[]): number[] {
  const andelar = members.map((m) => m.andel ?? 0);
  const summa = sum(andelar);
  const ok = Math.abs(summa - STANDARD_ANDELAR[typ]) <= 0.00005 || Math.abs(summa - 1) <= 0.00005;
  if (!ok) {
    issues.push(
      issue(
        "varning",
        "BIDRAG_ANDELAR",
        sheet,
        members[0].cells.andel ?? members[0].source.cell,
        `Andelarna för ${TYP_PLURAL[typ]} summerar till ${formatPercent(summa, 2)}; de ska summera till ${Math.round(STANDARD_ANDELAR[typ] * 100)} % av medlemsbidraget (eller 100 % inom gruppen). ${Math.round(STANDARD_ANDELAR[typ] * 100)} % fördelas i proportion till andelarna; rätta andelarna.`,
      ),
    );
  }
  return andelar;
}

const TYP_PLURAL: Record<MedlemTyp, string> = { stat: "staten", region: "regionerna", kommun: "kommunerna" };

/** Fixed andelar for every member: T × andel with largest remainder; andelar checked against 50/25/25. */
function splitByAndel(medlemmar: readonly Medlem[], total: number, sheet: string, issues: Issue[]): number[] {
  const andelar = medlemmar.map((m) => m.andel ?? 0);
  const summa = sum(andelar);
  if (Math.abs(summa - 1) > 0.00005) {
    issues.push(
      issue(
        "fel",
        "BIDRAG_ANDELAR_SUMMA",
        sheet,
        medlemmar[0].cells.andel ?? medlemmar[0].source.cell,
        `Andelarna summerar till ${formatPercent(summa, 2)}, inte 100 %. Beloppen räknas i proportion till andelarna; rätta andelarna.`,
      ),
    );
  }
  for (const typ of TYPER) {
    const members = medlemmar.filter((m) => m.typ === typ);
    if (members.length === 0) continue;
    const groupSum = sum(members.map((m) => m.andel ?? 0));
    if (Math.abs(groupSum - STANDARD_ANDELAR[typ]) > 0.00005) {
      const text =
        typ === "stat"
          ? `Statens andel är ${formatPercent(groupSum, 2)} och inte hälften av medlemsbidraget; staten betalar 50 % (5 § Finsamlagen), region 25 % och kommunerna 25 %. Beloppen räknas efter de angivna andelarna; rätta andelarna om de är fel.`
          : `Andelarna för ${TYP_PLURAL[typ]} summerar till ${formatPercent(groupSum, 2)}; lagen anger staten 50 %, region 25 % och kommunerna 25 %.`;
      issues.push(issue("varning", "BIDRAG_ANDELAR", sheet, members[0].cells.andel ?? members[0].source.cell, text));
    }
  }
  return largestRemainder(total, andelar);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** "1 234 kr" with a no-break space between thousands (display only). */
