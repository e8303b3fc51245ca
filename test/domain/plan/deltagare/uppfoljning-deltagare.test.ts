import { skyddaDeltagaruppfoljning } from "../../../../src/domain/compute/deltagare/publicering";
import { anonymaTabell, arbeteStudierTabell, utfallTabell, Visare } from "../../../../src/domain/compute/deltagare/tabeller";
import {
  avslutningsanledningarTabell,
  diagramTabeller,
  malgruppTabell,
  snittidTabell,
} from "../../../../src/domain/compute/deltagare/tabeller-ovriga";
import { parseRange } from "../../../../src/domain/model/address";
import { isFormulaCell } from "../../../../src/domain/model/plan";
import { periodLabel, planUppfoljningDeltagare } from "../../../../src/domain/plan/deltagare/uppfoljning-deltagare";
import { generateUppsala2021 } from "../../../fixtures/deltagare/generate";
import { evaluate, shown } from "../../../fixtures/deltagare/plan-eval";
import { runDeltagare } from "../../../fixtures/deltagare/run";

const g = generateUppsala2021();
const { u } = runDeltagare(g.sheets[1], g.insatser, g);

function plan(threshold: number | null) {
  const v = new Visare(threshold === null ? null : skyddaDeltagaruppfoljning(u, threshold));
  const tabeller = [utfallTabell, arbeteStudierTabell, avslutningsanledningarTabell, anonymaTabell, malgruppTabell, snittidTabell].map(
    (f) => f(u, v),
  );
  return planUppfoljningDeltagare(tabeller, diagramTabeller(u, v), {
    fran: g.fran,
    till: g.till,
    idag: "2022-02-15",
    forbund: "Samordningsförbundet Uppsala län",
    kallor: ["Deltagare", "Insatser"],
    publicering: threshold === null ? null : { threshold },
  });
}

describe("periodLabel", () => {
  it("names whole years, halves and quarters, else the till date", () => {
    expect(periodLabel("2021-01-01", "2021-12-31")).toBe("2021");
    expect(periodLabel("2024-01-01", "2024-06-30")).toBe("2024-H1");
    expect(periodLabel("2024-04-01", "2024-06-30")).toBe("2024-Q2");
    expect(periodLabel("2024-02-01", "2024-06-30")).toBe("20240630");
    expect(periodLabel("2023-07-01", "2024-06-30")).toBe("20240630");
  });
});

describe("planUppfoljningDeltagare", () => {
  const p = plan(null);

  it("shows the Fördelning kvinnor/män rows as percentages (the last style covering a cell wins)", () => {
    const rows = p.rows
      .map((r, i) => [r[0], i] as const)
      .filter(([c]) => c === "Fördelning kvinnor/män")
      .map(([, i]) => i);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      const format = (p.styles ?? [])
        .filter((s) => s.numberFormat !== undefined)
        .filter((s) => {
          const g = parseRange(s.range)!;
          return g.row1 <= r && r <= g.row2 && g.col1 <= 1 && 1 <= g.col2;
        })
        .map((s) => s.numberFormat)
        .at(-1);
      expect(format).toBe("0%");
    }
  });

  it("title rows, sheet name, kind and key", () => {
    expect(p.name).toBe("Uppföljning deltagare 2021");
    expect(p.kind).toBe("deltagare");
    expect(p.key).toBe("2021-01-01–2021-12-31");
    expect(p.rows[0][0]).toBe("Uppföljning deltagare – Samordningsförbundet Uppsala län");
    expect(p.rows[1][0]).toBe("Period 2021-01-01 – 2021-12-31 · Källor: Deltagare, Insatser");
    expect(p.rows[2][0]).toBe("Skapad 2022-02-15 av Finsam för Excel");
  });

  it("one Excel table per display table; tables do not overlap; headers are unique", () => {
    expect(p.tables?.map((t) => t.name.split("_")[1])).toEqual([
      "Utfall",
      "ArbeteStudier",
      "Avslutningsanledningar",
      "Anonyma",
      "Malgrupp",
      "Snittid",
      "DiagramKon",
      "DiagramOrsaker",
    ]);
    const ranges = (p.tables ?? []).map((t) => parseRange(t.range));
    ranges.forEach((r, i) => ranges.slice(i + 1).forEach((q) => expect((r?.row2 ?? 0) < (q?.row1 ?? 0)).toBe(true)));
    for (const r of ranges) {
      const header = p.rows[r?.row1 ?? 0].slice(r?.col1, (r?.col2 ?? 0) + 1);
      expect(new Set(header).size).toBe(header.length);
    }
  });

  it("every formula recomputes to its cached value from the plan's own cells", () => {
    const formulas = p.rows.flat().filter(isFormulaCell);
    expect(formulas.length).toBeGreaterThan(60);
    for (const f of formulas) {
      const v = evaluate(p, f.formula);
      if (typeof v === "number" && typeof f.value === "number")
        expect([f.formula, v]).toEqual([f.formula, expect.closeTo(f.value, 10) as number]);
      else expect([f.formula, v]).toEqual([f.formula, f.value]);
    }
  });

  it("counts as #,##0, shares as 0%, and two charts over the chart ranges", () => {
    expect(p.styles?.some((s) => s.numberFormat === "0%")).toBe(true);
    expect(p.styles?.some((s) => s.numberFormat === "#,##0")).toBe(true);
    expect(p.charts?.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", "Inregistrerade perioden per insats, kvinnor och män"],
      ["BarClustered", "Avslutningsorsaker, kvinnor och män"],
    ]);
    for (const c of p.charts ?? []) {
      const r = parseRange(c.dataRange);
      expect(p.rows[r?.row1 ?? 0].slice(0, 3).slice(1)).toEqual(["Kvinnor", "Män"]);
      expect(shown(p.rows[(r?.row1 ?? 0) + 1][1])).toEqual(expect.any(Number));
    }
  });

  it("Publicering: a sheet of its own with values only (no formulas) and hidden counts", () => {
    const pub = plan(5);
    expect(pub.name).toBe("Publicering deltagare 2021");
    expect(pub.key).toBe("2021-01-01–2021-12-31:publicering");
    expect(pub.rows.flat().some(isFormulaCell)).toBe(false);
    expect(pub.rows.flat().filter((c) => c === "<5").length).toBeGreaterThan(5);
    expect(String(pub.rows[3][0])).toContain("<5");
  });
});
