/**
 * Deterministic, seeded workloads for the bench: a förbund's workbook at scale, as the Excel host
 * would read it (dates as Excel serials, amounts as numbers in kronor).
 *
 * - Inställningar, Medlemmar and Ekonomisk information: the example workbook's sheets (fixed size).
 * - Insatser: `insatser` rows; the first twelve are the deltagare generator's individinsatser (so every
 *   Deltagare row names a known insats), the rest "Insats 0013" … with a typ, an ägare among the eight
 *   Uppsala kommuner, start 2022-01-01, slut 2026-12-31, and columns Budget 2023 and Budget 2024.
 * - Budget: the förbund posts of 2024 (exempel/bas.ts) for 2023 and 2024.
 * - Utfall: every insats and budgeted förbund post × `kvartal` quarters ending with 2024-Q2 (8 = 2022-Q3 … 2024-Q2);
 *   each quarter's cost is 20–30 % of the yearly budget, drawn with the seeded PRNG.
 * - Deltagare: `generateDeltagare(deltagare, seed)` (test/fixtures/deltagare/generate.ts).
 * Report period: 2024-01-01 – 2024-06-30 (the deltagare generator's).
 */
import type { CellValue } from "../src/domain/model/raw";
import { isoToSerial } from "../src/domain/text/sv-date";
import type { SheetInit } from "../src/excel-sim";
import { generateDeltagare, generatedInsatser, prng } from "../test/fixtures/deltagare/generate";
import { POSTER_2024 } from "../test/fixtures/exempel/bas";
import { ekonomiskInformationSheet } from "../test/fixtures/exempel/beslutsutrymme";
import { medlemmarSheet, UPPSALA_INVANARE } from "../test/fixtures/exempel/medlemmar";

export interface WorkloadSize {
  deltagare: number;
  insatser: number;
  kvartal: number;
}

export interface Workload {
  size: WorkloadSize;
  sheets: SheetInit[];
  fran: string;
  till: string;
  idag: string;
}

export const FORBUND = "Samordningsförbundet Bench";
const TYPER = ["Individ", "Individ", "Individ", "Struktur", "Förstudie", "Övrig"];
const AGARE = Object.keys(UPPSALA_INVANARE);

/** The quarters ("2022-Q3" …) of `count` kvartal ending with 2024-Q2. */
export function quarters(count: number): string[] {
  const out: string[] = [];
  let y = 2024;
  let q = 2;
  for (let i = 0; i < count; i++) {
    out.unshift(`${y}-Q${q}`);
    if (--q === 0) {
      q = 4;
      y--;
    }
  }
  return out;
}

interface BenchInsats {
  insats: string;
  typ: string;
  agare: string;
  budget2023: number;
  budget2024: number;
}

function benchInsatser(count: number, r: () => number): BenchInsats[] {
  const named = generatedInsatser().map((i) => ({ insats: i.insats, typ: "Individ", agare: i.agare }));
  const out: BenchInsats[] = [];
  for (let i = 0; i < count; i++) {
    const base =
      i < named.length
        ? named[i]
        : { insats: `Insats ${String(i + 1).padStart(4, "0")}`, typ: TYPER[i % TYPER.length], agare: AGARE[i % AGARE.length] };
    const budget = 1000 * Math.round(200 + r() * 2800);
    out.push({ ...base, budget2023: budget, budget2024: 1000 * Math.round((budget / 1000) * (0.9 + r() * 0.2)) });
  }
  return out;
}

function insatserSheet(insatser: readonly BenchInsats[]): SheetInit {
  const start = isoToSerial("2022-01-01");
  const slut = isoToSerial("2026-12-31");
  const values: CellValue[][] = [
    ["Insats", "Insatsnamn", "Typ", "Insatsägare", "Start", "Slut", "Budget 2023", "Budget 2024"],
    ...insatser.map((i) => [i.insats, `${i.insats} i samverkan`, i.typ, i.agare, start, slut, i.budget2023, i.budget2024]),
  ];
  return { name: "Insatser", values };
}

function budgetSheet(): SheetInit {
  const values: CellValue[][] = [["Post", "Kategori", "År", "Budget", "Prognos"]];
  for (const ar of [2023, 2024])
    for (const p of POSTER_2024) if (p.budget !== undefined) values.push([p.post, p.kategori, ar, p.budget, p.prognos ?? null]);
  return { name: "Budget", values };
}

function utfallSheet(insatser: readonly BenchInsats[], kvartal: number, r: () => number): SheetInit {
  const values: CellValue[][] = [["Post", "Period", "Utfall"]];
  const qs = quarters(kvartal);
  for (const p of POSTER_2024) {
    if (p.budget === undefined) continue;
    const yearly = p.budget;
    for (const q of qs) values.push([p.post, q, Math.round(yearly * (0.2 + r() * 0.1))]);
  }
  for (const i of insatser)
    for (const q of qs) values.push([i.insats, q, Math.round((q < "2024" ? i.budget2023 : i.budget2024) * (0.2 + r() * 0.1))]);
  return { name: "Utfall", values };
}

function installningarSheet(): SheetInit {
  return {
    name: "Inställningar",
    values: [
      ["Inställning", "Värde"],
      ["Förbund", FORBUND],
      ["Räkenskapsår", 2024],
      ["Medlemsbidrag totalt", 23_322_000],
      ["Ackumulerat överskott", 6_360_000],
      ["Reservfond", 1_000_000],
      ["Enhet", "tkr"],
    ],
  };
}

/** The workbook of `size` (see the file comment); same size and seed, same workbook. */
export function buildWorkload(size: WorkloadSize, seed = 1): Workload {
  const r = prng(seed * 7919 + 17);
  const insatser = benchInsatser(Math.max(size.insatser, 12), r);
  const deltagare = generateDeltagare(size.deltagare, seed);
  const deltagareSheet = deltagare.sheets.find((s) => s.name === "Deltagare")!;
  return {
    size,
    sheets: [
      installningarSheet(),
      insatserSheet(insatser),
      budgetSheet(),
      utfallSheet(insatser, size.kvartal, r),
      { name: "Deltagare", values: deltagareSheet.values },
      { name: medlemmarSheet.name, values: medlemmarSheet.rows },
      { name: ekonomiskInformationSheet.name, values: ekonomiskInformationSheet.rows },
    ],
    fran: deltagare.fran,
    till: deltagare.till,
    idag: "2024-08-15",
  };
}

/** Cells of a workload (for the table). */
export function cellCount(w: Workload): number {
  return w.sheets.reduce((s, sh) => s + (sh.values ?? []).reduce((n, row) => n + row.length, 0), 0);
}
