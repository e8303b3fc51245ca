import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie, sieEncoding } from "../../../../src/domain/ledger/sie-read";
import type { ParsedWorkbook } from "../../../../src/domain/model";
import { planBokslutBalansrakning, planBokslutResultatrakning } from "../../../../src/domain/plan/bokslut/bokslut-sheets";
import { isFormulaCell } from "../../../../src/domain/model";
import { budget, insatser, SOURCE_SHEETS } from "../../fixtures/build";
import { uppsala2024 } from "../../fixtures/uppsala-2024";
import { uppsala2014 } from "../../fixtures/uppsala-2014";

/**
 * Prognos and Budget columns of the bokslut from the workbook's Budget sheet (domain.md §3.7: "columns period, same
 * period last year, prognos, budget"). Uppsala 2024-06-30: the ledger (SIE fixture) with the Budget sheet of the
 * delårsrapport reproduces the published budget H1 (summa intäkter 12 050 tkr, totalt −1 480 tkr) and prognos helår
 * (årets resultat −1 530 tkr).
 */
const dir = path.join(__dirname, "../../../fixtures/ledger");
const sie = (file: string) => {
  const bytes = readFileSync(path.join(dir, file));
  return readSie(iconv.decode(bytes, sieEncoding(bytes)), file);
};
const info = { kalla: "u.se", idag: "2024-08-15" };
const u24 = sie("uppsala-2024-06-30.se");

describe("bokslut budget and prognos from the workbook", () => {
  it("Uppsala 2024-06-30: budget for the period and prognos helår per RR post, sums from their rows", () => {
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: uppsala2024() });
    const rr = result.resultatrakning;
    expect(rr.intakter.budget).toBe(12_050_000);
    expect(rr.kostnader.budget).toBe(-13_530_000);
    expect(rr.finansiellaIntakter.budget).toBe(0);
    expect(rr.aretsResultat.budget).toBe(-1_480_000);
    expect(rr.intakter.prognos).toBe(24_122_000);
    expect(rr.aretsResultat.prognos).toBe(-1_530_000);
    expect(rr.aretsResultat.period).toBe(-619_833);
    expect(rr.budgetKalla?.rubrik).toBe("Budget 2024-01-01 – 2024-06-30");
    expect(rr.prognosKalla?.rubrik).toBe("Prognos helår 2024");
  });

  it("the sheet has the columns period, prognos, budget and says where the figures come from", () => {
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: uppsala2024() });
    const plan = planBokslutResultatrakning(result, info);
    expect(plan.rows[4]).toEqual(["Post", "2024-01-01 – 2024-06-30", "Prognos helår 2024", "Budget 2024-01-01 – 2024-06-30"]);
    const not = String(plan.rows[3][0]);
    expect(not).toContain("Prognos: kolumnen Prognos i bladet Budget");
    expect(not).toContain("Budget: bladen Budget och Insatser");
    const total = plan.rows[12];
    expect(total[0]).toBe("Periodens resultat");
    expect(isFormulaCell(total[2]) && total[2]).toEqual({ formula: "=SUM(C12)", value: -1_530_000 });
    expect(isFormulaCell(total[3]) && total[3]).toEqual({ formula: "=SUM(D12)", value: -1_480_000 });
  });

  it("posts map by group: finansiell → finansiella intäkter/kostnader, avskrivningar by name, the rest by kategori", () => {
    const base: ParsedWorkbook = {
      insatser: insatser([
        { insats: "Jobbcentrum", agare: "K", typ: "individ", start: "2024-01-01", slut: "2024-12-31", budgetTkr: { 2024: 1200 } },
      ]),
      budget: [
        ...budget([
          ["Medlemsavgifter", "intakt", 2024, 2400, 2400],
          ["Ränteintäkter", "intakt", 2024, 24, 60],
          ["Avskrivningar inventarier", "kostnad", 2024, 12],
          ["Kansli", "kostnad", 2024, 600, 660],
        ]),
        {
          post: "Bankavgifter",
          kategori: "kostnad",
          ar: 2024,
          budget: 6_000,
          grupp: "finansiell",
          source: { sheet: "Budget", cell: "A6" },
        },
      ],
      utfall: [],
      installningar: { ovrigt: {} },
      sourceSheets: { ...SOURCE_SHEETS },
    };
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: base });
    const rr = result.resultatrakning;
    expect(rr.intakter.budget).toBe(1_200_000);
    expect(rr.finansiellaIntakter.budget).toBe(12_000);
    expect(rr.avskrivningar.budget).toBe(-6_000);
    expect(rr.finansiellaKostnader.budget).toBe(-3_000);
    expect(rr.kostnader.budget).toBe(-900_000); // Kansli 300 + Jobbcentrum 600
    expect(rr.aretsResultat.budget).toBe(303_000);
    // Prognos: posts without one count with their budget helår (Jobbcentrum 1 200, Avskrivningar 12, Bankavgifter 6).
    expect(rr.intakter.prognos).toBe(2_400_000);
    expect(rr.finansiellaIntakter.prognos).toBe(60_000);
    expect(rr.kostnader.prognos).toBe(-1_860_000);
    expect(rr.avskrivningar.prognos).toBe(-12_000);
    expect(rr.finansiellaKostnader.prognos).toBe(-6_000);
    expect(rr.prognosKalla?.kalla).toContain("3 poster utan prognos räknas med sin budget");
  });

  it("the ledger's own budget (#PBUDGET) wins over the Budget sheet; the prognos still comes from the workbook", () => {
    const text = [
      "#SIETYP 4",
      "#RAR 0 20240101 20241231",
      "#OMFATTN 20240630",
      '#KONTO 3011 "Medlemsavgift FK"',
      '#KONTO 4010 "Insatser"',
      "#RES 0 3011 -1000",
      "#RES 0 4010 400",
      "#PBUDGET 0 202403 4010 {} 250",
    ].join("\n");
    const r = readSie(text, "k.se");
    const { result } = computeBokslut(r.ledger, r.issues, { kontoplan: [], arbetsbok: uppsala2024() });
    expect(result.resultatrakning.kostnader.budget).toBe(-250);
    expect(result.resultatrakning.budgetKalla?.kalla).toBe("#PBUDGET i k.se, månaderna 2024-01 – 2024-06");
    expect(result.resultatrakning.aretsResultat.prognos).toBe(-1_530_000);
  });

  it("no Budget sheet: no budget or prognos column; a Budget sheet without any prognos: budget only", () => {
    const none = computeBokslut(u24.ledger, u24.issues, { kontoplan: [] }).result;
    expect(planBokslutResultatrakning(none, info).rows[4]).toEqual(["Post", "2024-01-01 – 2024-06-30"]);
    const base = uppsala2024();
    base.budget = base.budget.map(({ prognos: _p, ...b }) => b);
    const utan = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: base }).result;
    expect(planBokslutResultatrakning(utan, info).rows[4]).toEqual(["Post", "2024-01-01 – 2024-06-30", "Budget 2024-01-01 – 2024-06-30"]);
    expect(utan.resultatrakning.prognosKalla).toBeUndefined();
  });

  it("insatser with budgets but no Budget rows for the year: no budget column (no förbund intäkter to set against them)", () => {
    const base = uppsala2024();
    base.budget = base.budget.map((b) => ({ ...b, ar: 2023 }));
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: base });
    expect(result.resultatrakning.budgetKalla).toBeUndefined();
    expect(result.resultatrakning.intakter.budget).toBeUndefined();
  });

  it("the note names both sheets when the insatser's budgets come from the Insatser sheet", () => {
    const base = uppsala2024();
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: base });
    expect(result.resultatrakning.budgetKalla?.kalla).toBe(
      "bladen Budget och Insatser (21 poster), periodiserad som i Driftsredovisningen",
    );
  });

  it("a whole year has no prognos column (the year's utfall is known); its budget is the year's", () => {
    const u14 = sie("uppsala-2014.se");
    const base = uppsala2014();
    base.budget = base.budget.map((b) => ({ ...b, prognos: b.budget }));
    const { result } = computeBokslut(u14.ledger, u14.issues, { kontoplan: [], arbetsbok: base });
    expect(result.resultatrakning.prognosKalla).toBeUndefined();
    expect(result.resultatrakning.intakter.budget).toBe(22_000_000);
    expect(result.resultatrakning.kostnader.budget).toBe(-25_241_000);
    expect(planBokslutResultatrakning(result, info).rows[4]).toEqual(["Post", "2014-01-01 – 2014-12-31", "Budget 2014-01-01 – 2014-12-31"]);
  });

  it("Balansräkning in a delår with a prognos: eget kapital at the year's end = EK vid årets början + prognos", () => {
    const { result } = computeBokslut(u24.ledger, u24.issues, { kontoplan: [], arbetsbok: uppsala2024() });
    const br = planBokslutBalansrakning(result, info);
    const row = (label: string) => br.rows.find((x) => x[0] === label);
    expect(row("PROGNOS FÖR HELÅRET 2024")).toBeDefined();
    expect(row("Eget kapital vid årets början")?.[1]).toBe(7_359_764);
    expect(row("Årets resultat enligt prognos")?.[1]).toBe(-1_530_000);
    const ek = row("Eget kapital vid årets slut enligt prognos")?.[1];
    expect(ek !== undefined && isFormulaCell(ek) && ek.value).toBe(5_829_764);
    // The block comes after the nyckeltal, in whole kronor; the ratios stay percentages.
    const at = (label: string) => br.rows.findIndex((x) => x[0] === label) + 1;
    expect(at("PROGNOS FÖR HELÅRET 2024")).toBeGreaterThan(at("Soliditet (eget kapital / tillgångar)"));
    const ratio = br.styles?.find((st) => st.numberFormat === "0.0%")?.range;
    expect(ratio).toBe(`B${at("Soliditet (eget kapital / tillgångar)")}:B${at("Soliditet (eget kapital / tillgångar)")}`);
    const none = planBokslutBalansrakning(computeBokslut(u24.ledger, u24.issues, { kontoplan: [] }).result, info);
    expect(none.rows.some((x) => x[0] === "Årets resultat enligt prognos")).toBe(false);
  });
});
