import { readSaldobalans } from "../../../src/domain/ledger/saldobalans";
import { computeBokslut } from "../../../src/domain/compute/bokslut";
import { planBokslutResultatrakning } from "../../../src/domain/plan/bokslut/bokslut-sheets";
import type { CellValue, RawSheet } from "../../../src/domain/model";

/**
 * The saldobalans sheet's optional Budget column (domain.md §3.7): Konto | Benämning | IB | Period | UB | Budget |
 * Föregående år, in the shape of Mölndal's balansrapport 2016-08-31 (title rows, sum rows). Amounts constructed
 * (ledger sign: intäkter and skulder negative); the budget is the year's, the period January–August.
 */
const sheet = (rows: CellValue[][], name = "Saldobalans"): RawSheet => ({ name, origin: { row: 0, col: 0 }, values: rows });

const header = (budget: string): CellValue[] => ["Konto", "Benämning", "IB", "Period", "UB", budget, "Föregående år"];
const ROWS = (budget: string, sign = 1): CellValue[][] => [
  ["Balansrapport Samordningsförbundet Mölndal", null, null, null, null, null, null],
  ["Period 2016-01 – 2016-08", null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  header(budget),
  [1930, "Bank", 3_000_000, -84_000, 2_916_000, null, 3_000_000],
  [2091, "Balanserat resultat", -3_000_000, 0, -3_000_000, null, -3_000_000],
  [3011, "Medlemsavgift Försäkringskassan", 0, -5_564_000, -5_564_000, sign * -8_346_000, -8_200_000],
  [3012, "Medlemsavgift Västra Götalandsregionen", 0, -2_782_000, -2_782_000, sign * -4_173_000, -4_100_000],
  [3013, "Medlemsavgift Mölndals stad", 0, -2_782_000, -2_782_000, sign * -4_173_000, -4_100_000],
  ["Summa intäkter", null, 0, -11_128_000, -11_128_000, sign * -16_692_000, -16_400_000],
  [4010, "Samverkansinsatser", 0, 9_212_000, 9_212_000, sign * 14_000_000, 13_000_000],
  [6420, "Styrelsearvoden", 0, 400_000, 400_000, sign * 700_000, 650_000],
  [7010, "Löner kansli", 0, 1_600_000, 1_600_000, sign * 2_500_000, 2_400_000],
  [8310, "Ränteintäkter", 0, "−2 000", "−2 000", sign * -3_000, -4_000],
  [8410, "Räntekostnader", 0, 2_000, 2_000, "", 1_000],
];

describe("saldobalans Budget column", () => {
  it.each(["Budget", "Årsbudget", "Budget helår", "BUDGET HELÅR", "Helårsbudget", "Budget 2016", "Budget helår 2016"])(
    "header %s is the year's budget, per konto in öre",
    (h) => {
      const r = readSaldobalans(sheet(ROWS(h)));
      expect(r.ledger.budgetKolumn?.slag).toBe("helar");
      expect(r.ledger.budgetKolumn?.cell).toBe("F4");
      expect(r.ledger.budgetKolumn?.rubrik).toBe(h);
      expect(r.ledger.budgetKolumn?.saldon.map((s) => [s.konto, s.ore])).toEqual([
        ["3011", -834_600_000],
        ["3012", -417_300_000],
        ["3013", -417_300_000],
        ["4010", 1_400_000_000],
        ["6420", 70_000_000],
        ["7010", 250_000_000],
        ["8310", -300_000],
      ]);
      expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    },
  );

  it.each(["Periodbudget", "Budget perioden", "Budget period", "Ack budget"])("header %s is the period's budget", (h) => {
    expect(readSaldobalans(sheet(ROWS(h))).ledger.budgetKolumn?.slag).toBe("period");
  });

  it("without a Budget column there is no budget, and IB/Period/UB/Föregående år are read as before", () => {
    const rows = ROWS("Budget").map((r) => [...r.slice(0, 5), r[6]]);
    const r = readSaldobalans(sheet(rows));
    expect(r.ledger.budgetKolumn).toBeUndefined();
    expect(r.ledger.res.filter((s) => s.ar === -1 && s.konto === "3011").map((s) => s.ore)).toEqual([-820_000_000]);
  });

  it("an unreadable budget cell is a finding on that cell; the konto's IB/Period/UB are still read", () => {
    const rows = ROWS("Budget");
    rows[7] = [3012, "Medlemsavgift Västra Götalandsregionen", 0, -2_782_000, -2_782_000, "#REF!", -4_100_000];
    const r = readSaldobalans(sheet(rows));
    const f = r.issues.filter((i) => i.cell === "F8");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("budgeten för konto 3012");
    expect(f[0].message).not.toContain("kontot är inte inläst");
    expect(r.ledger.res.find((s) => s.konto === "3012" && s.ar === 0)?.ore).toBe(-278_200_000);
    expect(r.ledger.budgetKolumn?.saldon.some((s) => s.konto === "3012")).toBe(false);
  });

  it("a Budget column with intäkter positive (the opposite sign of IB/Period/UB) is turned, with an info finding", () => {
    const r = readSaldobalans(sheet(ROWS("Budget", -1)));
    expect(r.ledger.budgetKolumn?.saldon.find((s) => s.konto === "3011")?.ore).toBe(-834_600_000);
    expect(r.ledger.budgetKolumn?.saldon.find((s) => s.konto === "4010")?.ore).toBe(1_400_000_000);
    const f = r.issues.filter((i) => i.code === "SALDOBALANS_BUDGET_TECKEN");
    expect(f.map((i) => [i.severity, i.sheet, i.cell])).toEqual([["info", "Saldobalans", "F4"]]);
  });

  it("feeds the resultaträkning's budget column (delår: Budget helår 2016) and the sheet says where it comes from", () => {
    const r = readSaldobalans(sheet(ROWS("Årsbudget")));
    const { result } = computeBokslut(r.ledger, r.issues, { kontoplan: [], till: "2016-08-31" });
    const rr = result.resultatrakning;
    expect(rr.intakter.budget).toBe(16_692_000);
    expect(rr.kostnader.budget).toBe(-17_200_000);
    expect(rr.verksamhetensResultat.budget).toBe(-508_000);
    expect(rr.finansiellaIntakter.budget).toBe(3_000);
    expect(rr.finansiellaKostnader.budget).toBe(0);
    expect(rr.aretsResultat.budget).toBe(-505_000);
    expect(rr.aretsResultat.period).toBe(-84_000);
    const plan = planBokslutResultatrakning(result, { kalla: "Saldobalans", idag: "2016-09-15" });
    expect(plan.rows[4]).toEqual(["Post", "2016-01-01 – 2016-08-31", "Budget helår 2016"]);
    expect(String(plan.rows[3][0])).toContain('Budget: kolumnen "Årsbudget" i bladet Saldobalans (F4)');
    expect(plan.rows[5]).toEqual(["Verksamhetens intäkter", 11_128_000, 16_692_000]);
  });

  it("a period budget column is headed by the period", () => {
    const r = readSaldobalans(sheet(ROWS("Periodbudget")));
    const { result } = computeBokslut(r.ledger, r.issues, { kontoplan: [], till: "2016-08-31" });
    const plan = planBokslutResultatrakning(result, { kalla: "Saldobalans", idag: "2016-09-15" });
    expect(plan.rows[4][2]).toBe("Budget 2016-01-01 – 2016-08-31");
  });
});
