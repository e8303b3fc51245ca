import type { CellValue } from "../../../../src/domain/model/raw";
import { tsvSheet } from "../../../fixtures/layouts/kalla";

/**
 * Neighbours of one pattern (issue 13, domain.md §3.2): a table read AS INPUT with its own Avvikelse column,
 * whose sum rows must give the sum row's own Utfall − Budget (or Budget − Utfall when the whole column has that
 * convention). Each case: the förbund's sheet as typed, and the findings expected as [code, cell] — for
 * SUMMA_STAMMER_INTE and AVVIKELSE_STAMMER_INTE only — with a text each message must contain.
 */
export interface AvvikelseCase {
  name: string;
  sheetName: string;
  rows: CellValue[][];
  expect: [code: string, cell: string, contains?: string][];
}

const uppsalaPublicerad = (): CellValue[][] => tsvSheet("uppsala-2024-driftsredovisning.tsv", "Driftsredovisning").values;

/** Uppsala's published table with its two sum-row avvikelser replaced (cells given 1-based, as in Excel). */
function uppsalaWith(edits: Record<string, string>): CellValue[][] {
  const rows = uppsalaPublicerad().map((r) => [...r]);
  for (const [cell, v] of Object.entries(edits)) {
    const col = cell.charCodeAt(0) - 65;
    rows[Number(cell.slice(1)) - 1][col] = v;
  }
  return rows;
}

/** Skellefteå-like: costs written positive under KOSTNADER, Avvikelse = Budget − Utfall over the whole column. */
function budgetMinusUtfall(summaIntakterAvvikelse: string, ovrigaBudget: string | null): CellValue[][] {
  return [
    ["Driftsredovisning 2015 (tkr)"],
    ["Post", "Budget 2015", "Utfall 2015", "Avvikelse"],
    ["INTÄKTER"],
    ["Medlemsavgifter", "6 104", "6 104", "0"],
    ["Övriga intäkter", ovrigaBudget, "35", ovrigaBudget === null ? null : "-35"],
    ["Summa intäkter", "6 104", "6 139", summaIntakterAvvikelse],
    ["KOSTNADER"],
    ["Styrelse", "250", "198", "52"],
    ["Kansli", "1 500", "1 420", "80"],
    ["Projekt Unga vuxna", "3 000", "2 870", "130"],
    ["Projekt Aktivitet", "1 200", "1 260", "-60"],
    ["Summa kostnader", "5 950", "5 748", "202"],
  ];
}

/** Uppsala's signs (costs negative) but Avvikelse = Budget − Utfall throughout: −1 326 − (−955) = −371. */
function negativeCostsBudgetMinusUtfall(totaltAvvikelse: string): CellValue[][] {
  return [
    ["Uppföljning per 2024-06-30 (tkr)"],
    ["Post", "Budget", "Utfall", "Budget − utfall"],
    ["Intäkter"],
    ["Medlemsavgifter", "11 661", "11 661", "0"],
    ["ESF-medel", "389", "421", "-32"],
    ["Summa intäkter", "12 050", "12 082", "-32"],
    ["Kostnader"],
    ["Förvaltning", "-1 911", "-2 202", "291"],
    ["Jobbcentrum", "-1 326", "-955", "-371"],
    ["Framsteget", "-1 940", "-1 804", "-136"],
    ["Summa kostnader", "-5 177", "-4 961", "-216"],
    ["Totalt", "6 873", "7 121", totaltAvvikelse],
  ];
}

/**
 * A table typed from kronor rounded to tkr: each row's avvikelse is the rounded exact difference (−100,4 / −89,6
 * → 10,8 → 11 while −90 − (−100) = 10), and the sum row's avvikelse the rounded sum of the exact ones (41,6 → 42)
 * while its Utfall − Budget is 40: 2 tkr over four rows is rounding (≤ 4 × 0,5), not an error.
 */
function avrundadTkr(summaAvvikelse: string): CellValue[][] {
  return [
    ["Kostnader per 2024-06-30 (tkr)"],
    ["Insats", "Budget", "Utfall", "Avvikelse"],
    ["Samverkansinsatser"],
    ["Insats A", "-100", "-90", "11"],
    ["Insats B", "-200", "-190", "11"],
    ["Insats C", "-300", "-290", "10"],
    ["Insats D", "-50", "-40", "10"],
    ["Summa samverkansinsatser", "-650", "-610", summaAvvikelse],
  ];
}

/** Budget helår and Prognos helår with a sum row; Σ prognos of the rows is −4 961 + … (domain.md §3.2). */
function prognosTabell(summaPrognos: string): CellValue[][] {
  return [
    ["Prognos 2024 (tkr)"],
    ["Post", "Budget 2024", "Prognos 2024"],
    ["Kostnader"],
    ["Förtroendevalda", "-800", "-450"],
    ["Förvaltning", "-3 822", "-3 850"],
    ["Jobbcentrum", "-2 652", "-2 652"],
    ["RegExPro", "-1 245", "-1 345"],
    ["Summa kostnader", "-8 519", summaPrognos],
  ];
}

export const AVVIKELSE_CASES: AvvikelseCase[] = [
  {
    name: "Uppsala 2024-06-30 as published: Summa intäkter 32 (Utfall − Budget 44), Totalt 848 (860)",
    sheetName: "Driftsredovisning",
    rows: uppsalaPublicerad(),
    expect: [
      ["SUMMA_STAMMER_INTE", "D8", "Avvikelsen på summaraden är 32 tkr men Utfall − Budget ger 44 tkr"],
      ["SUMMA_STAMMER_INTE", "D35", "Avvikelsen på summaraden är 848 tkr men Utfall − Budget ger 860 tkr"],
    ],
  },
  {
    name: "Uppsala 2024-06-30 corrected (44 and 860): nothing to say",
    sheetName: "Driftsredovisning",
    rows: uppsalaWith({ D8: "44", D35: "860" }),
    expect: [],
  },
  {
    name: "a typo in a sum row's avvikelse only (Summa samverkansinsatser 710 for 701): one finding, at that cell",
    sheetName: "Drift juni",
    rows: uppsalaWith({ D8: "44", D29: "710", D35: "860" }),
    expect: [["SUMMA_STAMMER_INTE", "D29", "Avvikelsen på summaraden är 710 tkr men Utfall − Budget ger 701 tkr"]],
  },
  {
    name: "a typo in the total's avvikelse only (Totalt 806 for 860)",
    sheetName: "Driftsredovisning",
    rows: uppsalaWith({ D8: "44", D35: "806" }),
    expect: [["SUMMA_STAMMER_INTE", "D35", "Avvikelsen på summaraden är 806 tkr men Utfall − Budget ger 860 tkr"]],
  },
  {
    name: "Budget − Utfall with costs positive (Skellefteå-like), sums right: not flagged",
    sheetName: "Budgetuppföljning",
    rows: budgetMinusUtfall("-35", "0"),
    expect: [],
  },
  {
    name: "Budget − Utfall, an unbudgeted income left out of the sum row's avvikelse (the Uppsala error in the other convention)",
    sheetName: "Budgetuppföljning",
    rows: budgetMinusUtfall("0", null),
    expect: [["SUMMA_STAMMER_INTE", "D6", "Avvikelsen på summaraden är 0 tkr men Budget − Utfall ger −35 tkr"]],
  },
  {
    name: "Budget − Utfall with costs negative (the whole column has the other sign): not flagged",
    sheetName: "Uppföljning",
    rows: negativeCostsBudgetMinusUtfall("-248"),
    expect: [],
  },
  {
    name: "Budget − Utfall with costs negative, the total written as Utfall − Budget (248 for −248)",
    sheetName: "Uppföljning",
    rows: negativeCostsBudgetMinusUtfall("248"),
    expect: [["SUMMA_STAMMER_INTE", "D12", "Avvikelsen på summaraden är 248 tkr men Budget − Utfall ger −248 tkr"]],
  },
  {
    name: "rounded tkr: the sum row's avvikelse 42 against Utfall − Budget 40 over four rows is rounding",
    sheetName: "Kostnader",
    rows: avrundadTkr("42"),
    expect: [],
  },
  {
    name: "rounded tkr: 44 against 40 over four rows is more than rounding (> 4 × 0,5 tkr)",
    sheetName: "Kostnader",
    rows: avrundadTkr("44"),
    expect: [["SUMMA_STAMMER_INTE", "D8", "Avvikelsen på summaraden är 44 tkr men Utfall − Budget ger 40 tkr"]],
  },
  {
    name: "Σ prognos: a prognos sum row that adds up (−8 297) is not flagged",
    sheetName: "Prognos",
    rows: prognosTabell("-8 297"),
    expect: [],
  },
  {
    name: "Σ prognos: a prognos sum row that does not add up (−8 197 for −8 297) is flagged at its cell",
    sheetName: "Prognos",
    rows: prognosTabell("-8 197"),
    expect: [["SUMMA_STAMMER_INTE", "C8", "−8\u00a0297 tkr"]],
  },
];
