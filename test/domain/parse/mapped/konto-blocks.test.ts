import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../../src/domain/model/raw";

/**
 * Each insats as a heading over its konto rows (Personal, Lokaler, Övrigt) and a "Summa <insats>" row, the same
 * konton under every insats. Before: the konton were read as three posts summed over all insatser, no kvot at all,
 * only SAKNAT_BLAD (unseen.ts u15). The insats is the block; its figures are the Summa row, checked against its
 * konto rows (a wrong Summa is SUMMA_STAMMER_INTE at its cell). A group heading whose rows differ from block to
 * block ("Individinriktade" over insatser, "Summa individinriktade") stays a group.
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1000, 900],
  ["Bryggan", 500, 600],
  ["Lotsen", 800, 400],
];

function sheet(wrongSumma = false): RawSheet {
  const rows: CellValue[][] = [["Insats/konto", "Budget 2021", "Utfall 2021"]];
  FIG.forEach(([n, b, u], k) => {
    rows.push([n], ["Personal", b * 0.6, u * 0.6], ["Lokaler", b * 0.3, u * 0.3], ["Övrigt", b * 0.1, u * 0.1]);
    rows.push([`Summa ${n}`, wrongSumma && k === 1 ? b + 50 : b, u], []);
  });
  return { name: "Insatser per konto", origin: { row: 0, col: 0 }, values: rows };
}

function groups(): RawSheet {
  const rows: CellValue[][] = [
    ["Post", "Budget 2021", "Utfall 2021"],
    ["Individinriktade"],
    ["Jobbstöd", 1000, 900],
    ["Bryggan", 500, 600],
    ["Summa individinriktade", 1500, 1500],
    ["Strukturinriktade"],
    ["Lotsen", 800, 400],
    ["Kartläggning", 200, 100],
    ["Summa strukturinriktade", 1000, 500],
  ];
  return { name: "Budget", origin: { row: 0, col: 0 }, values: rows };
}

const run = (s: RawSheet) => runPipeline([s], { fran: "2021-01-01", till: "2021-12-31", idag: "2022-02-15" });
const kvoter = (s: RawSheet) => {
  const k = run(s).results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
  return Object.fromEntries((k?.rader ?? []).map((x) => [x.insats, x.kvot === undefined ? undefined : Math.round(x.kvot * 100)]));
};

describe("konto rows under each insats with a Summa row", () => {
  it("gives one kvot per insats from its Summa row", () => {
    expect(kvoter(sheet())).toEqual({ Jobbstöd: 90, Bryggan: 120, Lotsen: 50 });
    expect(run(sheet()).issues.filter((i) => i.severity === "fel")).toEqual([]);
  });

  it("a Summa row that does not add up is a fel at its cell", () => {
    const f = run(sheet(true)).issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(f.map((i) => [i.severity, i.cell])).toEqual([["fel", "B12"]]);
  });

  it("group headings over different insatser stay groups", () => {
    expect(kvoter(groups())).toEqual({ Jobbstöd: 90, Bryggan: 120, Lotsen: 50, Kartläggning: 50 });
  });
});
