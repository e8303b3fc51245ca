import { computeDriftsredovisning, type DriftsBelopp } from "../../../src/domain/compute/driftsredovisning";
import type { BudgetRad, ParsedWorkbook } from "../../../src/domain/model";
import { budget, SOURCE_SHEETS, utfall } from "../fixtures/build";
import { uppsala2024 } from "../fixtures/uppsala-2024";

/**
 * domain.md §3.2 (updated): sum rows from ALL their rows. Uppsala 2024-06-30: Summa intäkter 12 050 / 12 094 / 44
 * and Totalt −1 480 / −620 / 860 (the published table prints 32 and 848: it leaves the unbudgeted 12 tkr of
 * övriga rörelseintäkter out of the avvikelse). Prognos helår −1 530 tkr when every prognos is given; a sensible
 * total (the budget as prognos, marked) when some are missing — never +18 042 tkr.
 */
const H1 = { fran: "2024-01-01", till: "2024-06-30" };
const tkr = (b: DriftsBelopp) => [b.budget, b.utfall, b.avvikelse].map((v) => (v === undefined ? undefined : Math.round(v / 1000)));
const alla = (r: ReturnType<typeof computeDriftsredovisning>["result"]) => r.grupper.flatMap((g) => g.poster);

describe("sum rows from all their rows (Uppsala 2024-06-30)", () => {
  const { result, issues } = computeDriftsredovisning(uppsala2024(), H1);

  it("Summa intäkter 12 050 / 12 094 / 44 and Totalt −1 480 / −620 / 860", () => {
    expect(tkr(result.summaIntakter)).toEqual([12050, 12094, 44]);
    expect(tkr(result.totalt)).toEqual([-1480, -620, 860]);
    expect(tkr(result.summaSamverkansinsatser)).toEqual([-10329, -9628, 701]);
  });

  it("a post with utfall but no budget row is ej budgeterad: budget 0, avvikelse = its utfall", () => {
    const p = alla(result).find((x) => x.post === "Övriga rörelseintäkter")!;
    expect(p.ejBudgeterad).toBe(true);
    expect([p.budget, p.utfall, p.avvikelse]).toEqual([0, 12_000, 12_000]);
  });

  it("on every sum row avvikelse = utfall − budget and prognos = Σ of its rows", () => {
    const summor = [
      ...result.grupper.map((g) => g.summa),
      result.summaIntakter,
      result.summaAdministration,
      result.summaSamverkansinsatser,
      result.summaOvriga,
      result.totalt,
    ];
    for (const s of summor) expect(s.avvikelse).toBeCloseTo(s.utfall - (s.budget ?? NaN), 6);
    for (const g of result.grupper) {
      expect(g.summa.prognosHelar).toBeCloseTo(
        g.poster.reduce((a, p) => a + (p.prognosHelar ?? NaN), 0),
        6,
      );
    }
    expect(issues.filter((i) => i.code === "PROGNOS_SAKNAS")).toEqual([]);
  });

  it("Prognos helår: Årets resultat −1 530 tkr, samverkansinsatser −19 572 tkr with every prognos given", () => {
    expect(result.totalt.prognosHelar).toBe(-1_530_000);
    expect(result.summaSamverkansinsatser.prognosHelar).toBe(-19_572_000);
  });
});

describe("a workbook where some posts lack a prognos", () => {
  const base = uppsala2024();
  // Insatser without prognos (only förbund posts have one), as in the bundled example.
  const insatsNamn = new Set(base.insatser.map((i) => i.insats));
  base.budget = base.budget.map((b): BudgetRad => (insatsNamn.has(b.post) ? { ...b, prognos: undefined } : b));
  const { result, issues } = computeDriftsredovisning(base, H1);

  it("takes the budget as prognos for those posts (marked), never +18 042 tkr", () => {
    const jc = alla(result).find((p) => p.post.startsWith("Jobbcentrum"))!;
    expect(jc.prognosHelar).toBe(-2_652_000);
    expect(jc.prognosArBudget).toBe(true);
    // Σ: intäkter 24 122 − adm 5 100 − insatsbudgetar 20 658 + ej nyttjade 1 300 − övriga 980 = −1 316 tkr.
    expect(result.totalt.prognosHelar).toBe(-1_316_000);
    expect(result.summaSamverkansinsatser.prognosHelar).toBe(-20_658_000 + 1_300_000);
  });

  it("says so in one info finding naming the posts", () => {
    const i = issues.filter((x) => x.code === "PROGNOS_SAKNAS");
    expect(i).toHaveLength(1);
    expect(i[0].severity).toBe("info");
    expect(i[0].message).toMatch(/12 poster/);
    expect(i[0].message).toMatch(/Jobbcentrum/);
    expect(i[0].message).toMatch(/prognos = budget/);
  });
});

describe("run-rate check beside the helårsprognos", () => {
  it("utfall/m × 12 and utfall + remaining budget; Uppsala's −1 530 lies between them (no flag)", () => {
    const { result } = computeDriftsredovisning(uppsala2024(), H1);
    const t = result.totalt.korning!;
    expect(t.utfallTakt).toBeCloseTo(-619_700 * 2, 6);
    expect(t.utfallPlusRestbudget).toBeCloseTo(-619_700 + (-2_960_000 + 1_480_000), 6);
    expect(t.stegforandring).toBe(false);
  });

  it("flags a prognos that implies a step change, with an info finding", () => {
    const base: ParsedWorkbook = {
      insatser: [],
      budget: budget([["Förvaltning", "kostnad", 2024, 1200, 3000]]),
      utfall: utfall([["Förvaltning", "2024-01-01", "2024-06-30", "2024-H1", 600]]),
      installningar: { ovrigt: {} },
      sourceSheets: { ...SOURCE_SHEETS },
    };
    const { result, issues } = computeDriftsredovisning(base, H1);
    const p = result.grupper.flatMap((g) => g.poster)[0];
    expect(p.korning!.stegforandring).toBe(true);
    expect(issues.find((i) => i.code === "PROGNOS_STEGFORANDRING")?.message).toMatch(/Förvaltning/);
  });
});

describe("Periodens resultat in a delår", () => {
  it("labels the result line by period", () => {
    expect(computeDriftsredovisning(uppsala2024(), H1).result.resultatRubrik).toBe("Periodens resultat");
    expect(computeDriftsredovisning(uppsala2024(), { fran: "2024-01-01", till: "2024-12-31" }).result.resultatRubrik).toBe(
      "Årets resultat",
    );
  });
});
