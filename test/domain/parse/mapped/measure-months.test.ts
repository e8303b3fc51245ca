import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../../src/domain/model/raw";

/**
 * Budget and Utfall stacked per insats with the months as columns ("Insats | Avser | jan … dec | Totalt", utfall
 * filled January–June). Before: the Totalt of the Utfall row was read as the whole year's utfall and cut to 182/366
 * days — kvot 36 % instead of 72 %, exit 0, only an info (unseen.ts u03). The months a row fills are its period:
 * utfall jan–jun is the utfall of 2024-01-01–2024-06-30, twelve budget months the year's budget.
 */
const MON = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1200, 420],
  ["Bryggan", 600, 330],
];

function sheet(withTotal: boolean, monthHeader: (m: string) => string = (m) => m): RawSheet {
  const rows: CellValue[][] = [["Insats", "Avser", ...MON.map(monthHeader), ...(withTotal ? ["Totalt"] : [])]];
  for (const [namn, b, u] of FIG) {
    const bm = MON.map(() => (b * 1000) / 12);
    const um = MON.map((_, k) => (k < 6 ? (u * 1000) / 6 : null));
    rows.push([namn, "Budget", ...bm, ...(withTotal ? [b * 1000] : [])]);
    rows.push([null, "Utfall", ...um, ...(withTotal ? [u * 1000] : [])]);
  }
  return { name: "Månadsuppföljning 2024", origin: { row: 0, col: 0 }, values: rows };
}

const kvoter = (s: RawSheet) => {
  const r = runPipeline([s], { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" });
  const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
  return Object.fromEntries((k?.rader ?? []).map((x) => [x.insats, x.kvot === undefined ? undefined : Math.round(x.kvot * 100)]));
};

describe("months as columns with the measure on each row", () => {
  it.each([
    ["with a Totalt column", true, undefined],
    ["without a Totalt column", false, undefined],
    ["months written Januari … December", true, (m: string) => ({ jan: "Januari", maj: "Maj" })[m] ?? m],
  ])("%s: utfall jan–jun against the period's budget", (_, withTotal, header) => {
    expect(kvoter(sheet(withTotal as boolean, header as ((m: string) => string) | undefined))).toEqual({ Jobbstöd: 70, Bryggan: 110 });
  });
});
