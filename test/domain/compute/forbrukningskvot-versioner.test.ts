import { computeForbrukningskvot } from "../../../src/domain/compute/forbrukningskvot";
import { computeDriftsredovisning } from "../../../src/domain/compute/driftsredovisning";
import type { BudgetRad, ParsedWorkbook } from "../../../src/domain/model";
import { budget, insatser, SOURCE_SHEETS, tkr, utfall } from "../fixtures/build";

/**
 * domain.md §3.1 (updated): period budgets win over linear periodisation; budget versions with the version for the
 * kvot a setting (default Beviljad) and both shown; the kvot over the whole insats period (definition C).
 */

describe("budget versions: Uppsala 2024 RegExPro 648 156 kr", () => {
  function wb(ovrigt: Record<string, string> = {}): ParsedWorkbook {
    const b: BudgetRad[] = [
      { post: "RegExPro", kategori: "kostnad", ar: 2024, budget: 1_245_000, version: "beviljad", source: { sheet: "Budget", cell: "A2" } },
      { post: "RegExPro", kategori: "kostnad", ar: 2024, budget: 1_346_000, version: "reviderad", source: { sheet: "Budget", cell: "A3" } },
    ];
    return {
      insatser: insatser([
        { insats: "RegExPro", agare: "Region Uppsala", typ: "struktur", start: "2020-10-01", slut: "2027-12-31", budgetTkr: {} },
      ]),
      budget: b,
      utfall: utfall([["RegExPro", "2024-01-01", "2024-06-30", "2024-H1", 648.156]]),
      installningar: { ovrigt },
      sourceSheets: { ...SOURCE_SHEETS },
    };
  }
  const H1 = { fran: "2024-01-01", till: "2024-06-30" };

  it("default Beviljad: 648 156 / 622 500 = 104 %, the reviderad 673 000 → 96 % shown beside it", () => {
    const r = computeForbrukningskvot(wb(), H1).result.rader[0];
    expect(r.periodiseradBudget).toBe(622_500);
    expect(Math.round(r.kvot! * 100)).toBe(104);
    expect(r.annanVersion).toMatchObject({ version: "reviderad", periodiseradBudget: 673_000 });
    expect(Math.round(r.annanVersion!.kvot! * 100)).toBe(96);
  });

  it("setting 'Budgetversion för kvoten: Reviderad': 96 % (as in the kansli's PM), beviljad 104 % beside it", () => {
    const res = computeForbrukningskvot(wb({ "Budgetversion för kvoten": "Reviderad" }), H1).result;
    expect(res.version).toBe("reviderad");
    expect(Math.round(res.rader[0].kvot! * 100)).toBe(96);
    expect(Math.round(res.rader[0].annanVersion!.kvot! * 100)).toBe(104);
  });
});

describe("period budgets win over linear periodisation", () => {
  it("Uppsala 2021: REKO budgets Q3–Q4 as ⅔ of the year, Älvkarleby Samverkan ⅓ (constructed yearly budgets 900 / 600 tkr)", () => {
    const period = (post: string, from: string, to: string, label: string, b: number): BudgetRad => ({
      post,
      kategori: "kostnad",
      ar: 2021,
      budget: tkr(b),
      period: { from, to, label },
      source: { sheet: "Budget", cell: "A9" },
    });
    const base: ParsedWorkbook = {
      insatser: insatser([
        { insats: "REKO", agare: "Region Uppsala", typ: "individ", start: "2021-01-01", slut: "2021-12-31", budgetTkr: { 2021: 900 } },
        {
          insats: "Älvkarleby Samverkan",
          agare: "Älvkarleby kommun",
          typ: "individ",
          start: "2021-01-01",
          slut: "2021-12-31",
          budgetTkr: { 2021: 600 },
        },
      ]),
      budget: [
        period("REKO", "2021-07-01", "2021-12-31", "2021-H2", 600),
        period("Älvkarleby Samverkan", "2021-07-01", "2021-12-31", "2021-H2", 200),
      ],
      utfall: utfall([
        ["REKO", "2021-07-01", "2021-12-31", "2021-H2", 600],
        ["Älvkarleby Samverkan", "2021-07-01", "2021-12-31", "2021-H2", 200],
      ]),
      installningar: { ovrigt: {} },
      sourceSheets: { ...SOURCE_SHEETS },
    };
    const h2 = computeForbrukningskvot(base, { fran: "2021-07-01", till: "2021-12-31" }).result.rader;
    expect(h2.map((r) => r.periodiseradBudget)).toEqual([600_000, 200_000]); // linear would give 450 000 and 300 000
    expect(h2.map((r) => Math.round(r.kvot! * 100))).toEqual([100, 100]);
    const h1 = computeForbrukningskvot(base, { fran: "2021-01-01", till: "2021-06-30" }).result.rader;
    expect(h1.map((r) => r.periodiseradBudget)).toEqual([300_000, 400_000]); // the rest of the year
  });

  it("Mölndal jan–aug 2016: the own budget column sums to −11 797 tkr, avvikelse 1 559 (linear 8/12 gives −11 803)", () => {
    // Constructed rows: the published total of the own jan–aug column (−11 797) and of the utfall (−10 238).
    const janAug = { from: "2016-01-01", to: "2016-08-31", label: "jan–aug" };
    const rad = (post: string, helar: number, period: number): BudgetRad[] => [
      { post, kategori: "kostnad", ar: 2016, budget: tkr(helar), source: { sheet: "Budget", cell: "A2" } },
      { post, kategori: "kostnad", ar: 2016, budget: tkr(period), period: janAug, source: { sheet: "Budget", cell: "C2" } },
    ];
    const base: ParsedWorkbook = {
      insatser: [],
      budget: [...rad("Arvoden", 600, 397), ...rad("Övriga personalkostnader", 3105, 2100), ...rad("Insatser", 14000, 9300)],
      utfall: utfall([
        ["Arvoden", "2016-01-01", "2016-08-31", "jan–aug", 310],
        ["Övriga personalkostnader", "2016-01-01", "2016-08-31", "jan–aug", 1950],
        ["Insatser", "2016-01-01", "2016-08-31", "jan–aug", 7978],
      ]),
      installningar: { ovrigt: {} },
      sourceSheets: { ...SOURCE_SHEETS },
    };
    const t = computeDriftsredovisning(base, { fran: "2016-01-01", till: "2016-08-31" }).result.totalt;
    expect([t.budget, t.utfall, t.avvikelse]).toEqual([-11_797_000, -10_238_000, 1_559_000]);
    expect(t.budgetHelar).toBe(-17_705_000);
  });
});

describe("kvot over the whole insats period (definition C, Beviljat totalt)", () => {
  /**
   * Uppsala 2014 flags Impl. samverkan fd Växthuset 111 % and LÄS OCD kartläggning 192 %. The published report gives
   * only the ratios; inputs are constructed consistently: Växthuset 2013-01-01 – 2015-12-31, beviljat totalt
   * 3 600 tkr, utfall since start 2 664 tkr at 2014-12-31 (24 of 36 months → 2 400 tkr → 111 %); LÄS OCD 2014-07-01 –
   * 2015-06-30, beviljat totalt 500 tkr, utfall 480 tkr at 2014-12-31 (6 of 12 months → 250 tkr → 192 %).
   */
  const base: ParsedWorkbook = {
    insatser: [
      ...insatser([
        {
          insats: "Impl. samverkan fd Växthuset",
          agare: "Uppsala kommun",
          typ: "individ",
          start: "2013-01-01",
          slut: "2015-12-31",
          budgetTkr: { 2013: 1200, 2014: 1200, 2015: 1200 },
        },
        {
          insats: "LÄS OCD kartläggning",
          agare: "Region Uppsala",
          typ: "struktur",
          start: "2014-07-01",
          slut: "2015-06-30",
          budgetTkr: { 2014: 250, 2015: 250 },
        },
      ]),
    ].map((i, n) => ({ ...i, beviljatTotalt: [3_600_000, 500_000][n] })),
    budget: budget([]),
    utfall: utfall([
      ["Impl. samverkan fd Växthuset", "2013-01-01", "2013-12-31", "2013", 1100],
      ["Impl. samverkan fd Växthuset", "2014-01-01", "2014-12-31", "2014", 1564],
      ["LÄS OCD kartläggning", "2014-07-01", "2014-12-31", "2014-H2", 480],
    ]),
    installningar: { ovrigt: {} },
    sourceSheets: { ...SOURCE_SHEETS },
  };
  const rader = computeForbrukningskvot(base, { fran: "2014-01-01", till: "2014-12-31" }).result.rader;

  it("Växthuset 111 %, LÄS OCD 192 %", () => {
    expect(rader.map((r) => Math.round(r.helaPerioden!.kvot! * 100))).toEqual([111, 192]);
    expect(rader[0].helaPerioden).toMatchObject({ utfallSedanStart: 2_664_000, budget: 2_400_000 });
    expect(rader[1].helaPerioden!.flagga).toBe("hög");
  });
});
