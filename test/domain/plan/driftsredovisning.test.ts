import { computeDriftsredovisning } from "../../../src/domain/compute/driftsredovisning";
import { planDriftsredovisning, SIGN_CONVENTION } from "../../../src/domain/plan/driftsredovisning";
import type { PlanCell, SheetPlan } from "../../../src/domain/model";
import { uppsala2024 } from "../fixtures/uppsala-2024";
import { uppsala2014 } from "../fixtures/uppsala-2014";
import { formulaCount, formulaMismatches } from "./formula-check";

const base = uppsala2024();
const { result } = computeDriftsredovisning(base, { fran: "2024-01-01", till: "2024-06-30" });
const plan = planDriftsredovisning(result, base, { idag: "2024-10-24" });

const rowOf = (p: SheetPlan, label: string): PlanCell[] => {
  const row = p.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`ingen rad ${label}`);
  return row;
};
const cached = (c: PlanCell) => (typeof c === "object" && c !== null && "formula" in c ? c.value : c);
const tkr = (row: PlanCell[]) =>
  row.slice(2, 5).map((c) => {
    const v = cached(c);
    return typeof v === "number" ? Math.round(v / 1000) : v;
  });

describe("plan Driftsredovisning (Uppsala 2024-06-30)", () => {
  it("name, kind, key, title rows and the sign convention on row 4", () => {
    expect(plan).toMatchObject({ kind: "driftsredovisning", key: "2024-06-30", name: "Driftsredovisning 2024-06-30" });
    expect(plan.rows[0]).toEqual(["Driftsredovisning – Samordningsförbundet Uppsala län"]);
    expect(plan.rows[3]).toEqual([SIGN_CONVENTION]);
    expect(SIGN_CONVENTION).toMatch(/^Avvikelse = Utfall − Budget; positivt = bättre än budget/);
    expect(plan.rows[4]).toEqual([
      "Post",
      "Insatsägare",
      "Budget jan–jun 2024 (TSEK)",
      "Utfall jan–jun 2024 (TSEK)",
      "Avvikelse (TSEK)",
      "Prognos helår 2024 (TSEK)",
      "Budget helår 2024 (TSEK)",
      "Andel av årsbudget",
      "Not",
    ]);
  });

  it("Jobbcentrum row: kronor, avvikelse and förbrukad andel as formulas", () => {
    const i = plan.rows.findIndex((r) => r[0] === "Jobbcentrum - Din väg framåt") + 1;
    expect(plan.rows[i - 1]).toEqual([
      "Jobbcentrum - Din väg framåt",
      "Enköpings kommun",
      -1_326_000,
      -955_000,
      { formula: `=D${i}-C${i}`, value: 371_000 },
      -2_652_000,
      -2_652_000,
      { formula: `=IF(G${i}=0,"",D${i}/G${i})`, value: 955 / 2652 },
      // Run-rate check: 955 in 6 months → 1 910 a year; utfall + remaining budget 2 281; prognos 2 652 is a step change.
      "prognosen förutsätter en förändring",
    ]);
  });

  it("a post without budget is ej budgeterad: budget 0, avvikelse = utfall, marked in the Not column", () => {
    const row = rowOf(plan, "Övriga rörelseintäkter");
    expect(row.slice(2, 4)).toEqual([0, 12_000]);
    expect(row[4]).toMatchObject({ value: 12_000 });
    expect(row[8]).toMatch(/ej budgeterad/);
  });

  it("group sums are SUM formulas over the group's rows and reproduce the published sums", () => {
    const i = plan.rows.findIndex((r) => r[0] === "Summa intäkter") + 1;
    expect(rowOf(plan, "Summa intäkter")[2]).toEqual({ formula: `=SUM(C${i - 3}:C${i - 1})`, value: 12_050_000 });
    expect(tkr(rowOf(plan, "Summa intäkter"))).toEqual([12050, 12094, 44]);
    expect(tkr(rowOf(plan, "Summa administrativa kostnader"))).toEqual([-2711, -2779, -68]);
    expect(tkr(rowOf(plan, "Summa samverkansinsatser"))).toEqual([-10329, -9628, 701]);
    expect(tkr(rowOf(plan, "Summa övriga samverkansinsatser"))).toEqual([-490, -307, 183]);
    expect(tkr(rowOf(plan, "Periodens resultat 2024-06-30"))).toEqual([-1480, -620, 860]);
  });

  it("Summa samverkansinsatser adds the subgroup sums; Årets resultat adds the section sums", () => {
    const f = (label: string) => (rowOf(plan, label)[2] as { formula: string }).formula;
    const r = (label: string) => plan.rows.findIndex((x) => x[0] === label) + 1;
    expect(f("Summa samverkansinsatser")).toBe(
      `=SUM(C${r("Summa individinriktade")},C${r("Summa strukturinriktade")},C${r("Summa ej fördelade medel")})`,
    );
    expect(f("Periodens resultat 2024-06-30")).toBe(
      `=SUM(C${r("Summa intäkter")},C${r("Summa administrativa kostnader")},C${r("Summa samverkansinsatser")},C${r("Summa övriga samverkansinsatser")})`,
    );
  });

  it("every cached value equals its formula", () => {
    expect(formulaCount(plan)).toBeGreaterThan(60);
    expect(formulaMismatches(plan)).toEqual([]);
  });

  it("sections in order, formats, styles, freeze", () => {
    const headings = [
      "Intäkter",
      "Administrativa kostnader",
      "Samverkansinsatser",
      "Individinriktade",
      "Strukturinriktade",
      "Ej fördelade medel",
      "Övriga samverkansinsatser",
    ];
    const at = headings.map((h) => plan.rows.findIndex((r) => r.length === 1 && r[0] === h));
    expect(at.every((x, k) => x > 4 && (k === 0 || x > at[k - 1]))).toBe(true);
    // The result line is followed by a blank row and the run-rate note.
    const last = plan.rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Periodens resultat")) + 1;
    expect(plan.rows[last + 1][0]).toMatch(/^Rimlighetskontroll av prognosen \(6 av 12 månader\)/);
    expect(plan.styles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: `C6:G${last}`, numberFormat: "#,##0," }),
        expect.objectContaining({ range: `H6:H${last}`, numberFormat: "0%" }),
        expect.objectContaining({ range: `A${last}:I${last}`, bold: true, borderTop: true }),
      ]),
    );
    expect(plan.freeze).toEqual({ rows: 5, columns: 1 });
    expect(plan.summary).toBe("Periodens resultat 2024-06-30: budget \u22121\u00a0480 TSEK, utfall \u2212620 TSEK, avvikelse 860 TSEK.");
  });
});

describe("plan Driftsredovisning grouped by Inriktning (Uppsala 2014)", () => {
  const b = uppsala2014();
  const r = computeDriftsredovisning(b, { fran: "2014-01-01", till: "2014-12-31" }).result;
  const p = planDriftsredovisning(r, b, { idag: "2015-03-01" });

  it("one block per Inriktning, förbrukad andel per group, unit tkr by default", () => {
    expect(p.rows[4][2]).toBe("Budget jan–dec 2014 (tkr)");
    const andel = (label: string) => Math.round((cached(rowOf(p, label)[7]) as number) * 100);
    expect(andel("Summa tidiga och samordnade insatser")).toBe(209);
    expect(andel("Summa sena och samordnade insatser")).toBe(87);
    expect(andel("Summa sociala företag")).toBe(28);
    expect(andel("Summa övriga utvecklingsinsatser")).toBe(44);
    expect(cached(rowOf(p, "Summa ej fördelade medel")[7])).toBe(0);
    expect(andel("Summa samverkansinsatser")).toBe(81);
    expect(formulaMismatches(p)).toEqual([]);
  });

  it("leaves out empty sections (no administrativa kostnader in this fixture)", () => {
    expect(p.rows.some((row) => row[0] === "Administrativa kostnader")).toBe(false);
  });
});
