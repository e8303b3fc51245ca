/**
 * Multi-year beslutsutrymme (domain.md §3.5): one column per year and kind ("Budget 2024",
 * "Prognos 2024", "Prel 2025" …), intäkter and kostnader per post, kronor. Kostnader are POSITIVE
 * (a negative kostnad, e.g. "Prognostiserade ej nyttjade medel" −1 300 tkr, lowers the costs).
 */
export * from "../model/beslutsutrymme";
import {
  isIntakt,
  type BeslutsutrymmeModel,
  type BeslutsutrymmeResult,
  type BeslutsutrymmeAr,
  type BeslutsutrymmeKolumn,
  type KolumnTyp,
  type PostGrupp,
} from "../model/beslutsutrymme";

const PRIORITY: Record<KolumnTyp, number> = { utfall: 4, prognos: 3, prel: 2, budget: 1 };

/**
 * For each column the column whose kvarvarande it starts from: the best estimate of the latest EARLIER
 * year (utfall > prognos > prel > budget; Uppsala: Prel 2025 starts from Prognos 2024's 4 830, not
 * Budget 2024's 3 401), or −1 for the first year (the model's ingående). Columns of one year share it.
 */
export function predecessorColumns(kolumner: readonly BeslutsutrymmeKolumn[]): number[] {
  const best = new Map<number, number>();
  kolumner.forEach((k, i) => {
    const cur = best.get(k.ar);
    if (cur === undefined || PRIORITY[k.typ] >= PRIORITY[kolumner[cur].typ]) best.set(k.ar, i);
  });
  const years = [...best.keys()].sort((a, b) => a - b);
  return kolumner.map((k) => {
    const earlier = years.filter((y) => y < k.ar);
    return earlier.length === 0 ? -1 : (best.get(earlier[earlier.length - 1]) ?? -1);
  });
}

/** Index of the best-estimate column of a year (see predecessorColumns), or −1. */
export function representativeColumn(kolumner: readonly BeslutsutrymmeKolumn[], ar: number): number {
  let found = -1;
  kolumner.forEach((k, i) => {
    if (k.ar === ar && (found < 0 || PRIORITY[k.typ] >= PRIORITY[kolumner[found].typ])) found = i;
  });
  return found;
}

function emptyGroups(): Record<PostGrupp, number> {
  return {
    medlemsavgifter: 0,
    esf: 0,
    "ovriga-intakter": 0,
    fortroendevalda: 0,
    forvaltning: 0,
    "esf-forvaltning": 0,
    insats: 0,
    "ej-nyttjade": 0,
    "ovriga-samverkansinsatser": 0,
    "ovriga-kostnader": 0,
  };
}

/**
 * Per column: resultat = Σ intäkter − Σ kostnader; kvarvarande = ingående + resultat, where ingående is
 * the model's start (ackumulerat överskott, reservfond excluded) for the first year and the previous
 * year's kvarvarande after that (predecessorColumns). Columns are computed in year order.
 * Reproduces Uppsala "Ekonomisk information" 2024-10-24 (tkr): start 6 360; Budget 2024 −2 959 → 3 401;
 * Prognos 2024 −1 530 → 4 830; Prel 2025 −3 499 → 1 331; 2026 −1 180 → 151; 2027 +2 111 → 2 262;
 * 2028 +11 998 → 14 260.
 */
export function computeBeslutsutrymme(model: BeslutsutrymmeModel): BeslutsutrymmeResult {
  const pred = predecessorColumns(model.kolumner);
  const ar: BeslutsutrymmeAr[] = model.kolumner.map((kolumn, i) => {
    const grupper = emptyGroups();
    let intakter = 0;
    let kostnader = 0;
    for (const p of model.poster) {
      const v = p.belopp[i] ?? 0;
      grupper[p.grupp] += v;
      if (isIntakt(p.grupp)) intakter += v;
      else kostnader += v;
    }
    return { kolumn, intakter, kostnader, grupper, resultat: intakter - kostnader, ingaende: 0, kvarvarande: 0, fran: pred[i] };
  });
  const order = model.kolumner.map((_, i) => i).sort((a, b) => model.kolumner[a].ar - model.kolumner[b].ar);
  for (const i of order) {
    const row = ar[i];
    row.ingaende = row.fran < 0 ? model.ingaende : ar[row.fran].kvarvarande;
    row.kvarvarande = row.ingaende + row.resultat;
  }
  return { ar, negativa: ar.filter((a) => a.kvarvarande < 0).map((a) => a.kolumn.label) };
}

/** Σ of the given groups for column i (e.g. SAMVERKAN_GRUPPER for "Summa samverkansinsatser"). */
export function groupSum(year: BeslutsutrymmeAr, grupper: readonly PostGrupp[]): number {
  return grupper.reduce((a, g) => a + year.grupper[g], 0);
}
