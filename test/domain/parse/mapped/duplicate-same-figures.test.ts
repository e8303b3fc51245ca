import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../../src/domain/model/raw";

/**
 * The budget twice in two units ("Budget tkr" and a helper "Budget kr" = tkr × 1 000, kept for a lookup): before,
 * DUBBLETT_KOLUMN (fel) and neither read — no kvot at all (unseen.ts u21). Two columns of one role that hold the
 * same figures in kronor on every row are one figure: the first is read, the other named in an info. Columns of one
 * role with different figures stay a fel (Finsam cannot know which is meant).
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1640, 1512],
  ["Framsteget", 2200, 2057],
  ["Lotsen", 980, 1011],
];

function sheet(differ: boolean): RawSheet {
  const rows: CellValue[][] = [
    ["Projekt 2014"],
    ["Projekt", "Budget tkr", "Budget kr", "Utfall tkr"],
    ...FIG.map(([n, b, u], k) => [n, b, b * 1000 + (differ && k === 1 ? 40000 : 0), u]),
  ];
  return { name: "Projekt", origin: { row: 0, col: 0 }, values: rows };
}

const run = (s: RawSheet) => runPipeline([s], { fran: "2014-01-01", till: "2014-12-31", idag: "2015-02-20" });

describe("one figure in two columns of one role", () => {
  it("the same figures in tkr and kr: read once, an info names the other column", () => {
    const r = run(sheet(false));
    expect(r.issues.filter((i) => i.severity === "fel")).toEqual([]);
    const info = r.issues.find((i) => i.code === "DUBBLETT_SAMMA_BELOPP");
    expect(info?.severity).toBe("info");
    expect(info?.message).toMatch(/C2 "Budget kr"/);
    const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] };
    expect(Object.fromEntries(k.rader.map((x) => [x.insats, Math.round((x.kvot ?? 0) * 100)]))).toEqual({
      Jobbstöd: 92,
      Framsteget: 94,
      Lotsen: 103,
    });
  });

  it("different figures stay a DUBBLETT_KOLUMN fel", () => {
    const r = run(sheet(true));
    expect(r.issues.filter((i) => i.code === "DUBBLETT_KOLUMN").map((i) => i.severity)).toEqual(["fel"]);
  });
});
