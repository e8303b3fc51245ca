import { applyScenario } from "../../../src/domain/compute/what-if";
import { isFormulaCell, type PlanCell, type SheetPlan } from "../../../src/domain/model/plan";
import { parseA1, parseRange } from "../../../src/domain/model/address";
import { INPUT_FILL, planBeslutsutrymme } from "../../../src/domain/plan/beslutsutrymme";
import { evaluatePlan, formulaCells } from "../../fixtures/nasta-ar/formula-eval";
import { recalcPlanWithLibreOffice } from "../../fixtures/nasta-ar/libreoffice";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";

const PUBLISHED_KVAR = [3401, 4830, 1331, 151, 2262, 14260];
const PUBLISHED_RESULTAT = [-2959, -1530, -3499, -1180, 2111, 11998];
const plan = planBeslutsutrymme(uppsalaModel(), { idag: "2024-10-24", forbund: "Samordningsförbundet Uppsala län" });

const rowOf = (p: SheetPlan, label: string): number => p.rows.findIndex((r) => r[0] === label);
const cached = (c: PlanCell): unknown => (isFormulaCell(c) ? c.value : c);
const tkr = (x: unknown) => Math.round(Number(x) / 1000);

describe("planBeslutsutrymme (Uppsala 2024-10-24)", () => {
  it("names the sheet and lays out title, header and year columns", () => {
    expect(plan).toMatchObject({ kind: "beslutsutrymme", key: "2024–2028", name: "Beslutsutrymme 2024–2028" });
    expect(plan.rows[0][0]).toBe("Beslutsutrymme 2024–2028 – Samordningsförbundet Uppsala län");
    expect(plan.rows[1][0]).toBe("Period 2024-01-01 – 2028-12-31 · Källor: Ekonomisk information");
    expect(plan.rows[4]).toEqual([
      "Post",
      "Insatsägare",
      "Budget 2024",
      "Prognos 2024",
      "Prel 2025",
      "Prel 2026",
      "Prel 2027",
      "Prel 2028",
    ]);
  });

  it("caches the published kvarvarande beslutsutrymme and resultat in formula cells", () => {
    const kvar = plan.rows[rowOf(plan, "Kvarvarande beslutsutrymme")].slice(2);
    expect(kvar.every(isFormulaCell)).toBe(true);
    expect(kvar.map((c) => tkr(cached(c)))).toEqual(PUBLISHED_KVAR);
    const res = plan.rows[rowOf(plan, "Årets beräknade resultat")].slice(2);
    expect(res.every(isFormulaCell)).toBe(true);
    expect(res.map((c) => tkr(cached(c)))).toEqual(PUBLISHED_RESULTAT);
    for (const label of ["Summa intäkter", "Summa samverkansinsatser", "Summa övriga samverkansinsatser", "Summa kostnader"]) {
      expect(plan.rows[rowOf(plan, label)].slice(2).every(isFormulaCell)).toBe(true);
    }
  });

  it("every formula, evaluated by an independent evaluator, equals its cached value", () => {
    const evaluate = evaluatePlan(plan);
    const cells = formulaCells(plan);
    expect(cells.length).toBeGreaterThan(40);
    for (const [address, value] of cells) expect([address, evaluate(address)]).toEqual([address, value]);
    const kvarRow = rowOf(plan, "Kvarvarande beslutsutrymme");
    expect(PUBLISHED_KVAR.map((_, i) => tkr(evaluate(`${String.fromCharCode(67 + i)}${kvarRow + 1}`)))).toEqual(PUBLISHED_KVAR);
  });

  it("marks the input cells with a fill and lists them: every post amount and the ingående 6 360 tkr", () => {
    const inputs = plan.inputCells ?? [];
    const ing = rowOf(plan, "Ingående beslutsutrymme (från tidigare år)");
    expect(inputs).toContain(`C${ing + 1}`);
    expect(plan.rows[ing][2]).toBe(6360000);
    expect(plan.rows[ing][3]).toEqual({ formula: `=C${ing + 1}`, value: 6360000 });
    // Prel 2025 starts from Prognos 2024's kvarvarande.
    const kvar = rowOf(plan, "Kvarvarande beslutsutrymme");
    expect(plan.rows[ing][4]).toEqual({ formula: `=D${kvar + 1}`, value: 4830000 });
    const filled = new Set((plan.styles ?? []).filter((s) => s.fill === INPUT_FILL).map((s) => s.range));
    for (const range of inputs) expect(filled).toContain(range);
    // No input cell holds a formula; every post row is an input row.
    for (const range of inputs) {
      const r = parseRange(range)!;
      for (let c = r.col1; c <= r.col2; c++) expect(isFormulaCell(plan.rows[r.row1][c] ?? null)).toBe(false);
    }
    const jobb = rowOf(plan, "Din väg framåt - Växtkraft");
    expect(inputs).toContain(`C${jobb + 1}:H${jobb + 1}`);
    expect(plan.rows[jobb].slice(1)).toEqual(["Enköping", 2652000, 2652000, 2753000, 2753000, 2754000, null]);
  });

  it("highlights negative years and charts kvarvarande per year", () => {
    const kvar = rowOf(plan, "Kvarvarande beslutsutrymme") + 1;
    expect(plan.conditionalFormats?.[0]).toMatchObject({ range: `C${kvar}:H${kvar}`, operator: "LessThan", formula1: "0" });
    const chart = plan.charts?.[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Rows" });
    const range = parseRange(chart!.dataRange)!;
    expect(plan.rows[range.row1].slice(range.col1 + 1, range.col2 + 1)).toEqual([
      "Budget 2024",
      "Prognos 2024",
      "Prel 2025",
      "Prel 2026",
      "Prel 2027",
      "Prel 2028",
    ]);
    expect(plan.rows[range.row2].slice(range.col1 + 1, range.col2 + 1).map((c) => tkr(cached(c)))).toEqual(PUBLISHED_KVAR);
    expect(parseA1(chart!.anchor)).not.toBeNull();
    expect(plan.summary).toContain("Beslutsutrymmet är positivt alla år.");
  });

  it("writes a what-if scenario with its changes and negative years", () => {
    const w = applyScenario(uppsalaModel(), {
      name: "Ny ansökan",
      levers: [{ kind: "ansokan", namn: "Ny insats", agare: "Heby", belopp: { "2025": 2000000 } }],
    });
    const p = planBeslutsutrymme(w.model, { idag: "2024-10-24", scenario: "Ny ansökan" });
    // Excel allows 31 characters: the common prefix is shortened, the scenario's own name is kept
    expect(p.name).toBe("Beslutsutrymme 24–28 Ny ansökan");
    expect(p.key).toBe("2024–2028 Ny ansökan");
    expect(p.rows[4].at(-1)).toBe("Ändring i scenariot");
    const ny = rowOf(p, "Ny insats");
    expect(p.rows[ny].at(-1)).toBe("Ny ansökan");
    expect(ny).toBeLessThan(rowOf(p, "Summa samverkansinsatser"));
    const evaluate = evaluatePlan(p);
    for (const [address, value] of formulaCells(p)) expect([address, evaluate(address)]).toEqual([address, value]);
    expect(p.summary).toContain("Negativt beslutsutrymme: Prel 2025, Prel 2026.");
  });
});

describe("the written sheet recalculated by LibreOffice headless", () => {
  it("gives 3 401; 4 830; 1 331; 151; 2 262; 14 260 tkr from the formulas alone (cached results written as 0)", async () => {
    const grid = await recalcPlanWithLibreOffice(plan);
    if (grid === null) {
      console.warn(
        "soffice saknas (LibreOffice är inte installerat): LibreOffice-kontrollen hoppades över; den oberoende formelutvärderingen ovan körs ändå.",
      );
      expect(evaluatePlan(plan)(`C${rowOf(plan, "Kvarvarande beslutsutrymme") + 1}`)).toBe(3401000);
      return;
    }
    const kvar = grid.find((r) => r[0] === "Kvarvarande beslutsutrymme");
    const res = grid.find((r) => r[0] === "Årets beräknade resultat");
    expect(kvar?.slice(2, 8).map((v) => tkr(v))).toEqual(PUBLISHED_KVAR);
    expect(res?.slice(2, 8).map((v) => tkr(v))).toEqual(PUBLISHED_RESULTAT);
    expect(kvar?.slice(2, 8).map(Number)).toEqual([3401000, 4830000, 1331000, 151000, 2262000, 14260000]);
  }, 30_000);
});
