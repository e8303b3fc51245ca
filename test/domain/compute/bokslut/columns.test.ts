import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie } from "../../../../src/domain/ledger/sie-read";
import { planBokslutResultatrakning } from "../../../../src/domain/plan/bokslut/bokslut-sheets";

/** Resultaträkning columns: same period last year from #PSALDO -1 (delår), budget from #PBUDGET months. */
const text = [
  "#FLAGGA 0",
  "#SIETYP 4",
  "#RAR 0 20240101 20241231",
  "#RAR -1 20230101 20231231",
  "#OMFATTN 20240630",
  '#KONTO 3011 "Medlemsavgift FK"',
  '#KONTO 4010 "Insatser"',
  '#KONTO 1930 "Bank"',
  "#IB 0 1930 1000",
  "#UB 0 1930 1600",
  "#RES 0 3011 -1000",
  "#RES 0 4010 400",
  "#RES -1 3011 -2200",
  "#PSALDO -1 202303 3011 {} -500",
  "#PSALDO -1 202306 3011 {} -600",
  "#PSALDO -1 202309 3011 {} -1100",
  "#PBUDGET 0 202401 4010 {} 100",
  "#PBUDGET 0 202406 4010 {} 200",
  "#PBUDGET 0 202407 4010 {} 900",
  '#PBUDGET 0 202406 4010 {6 "X"} 50',
].join("\n");

describe("bokslut resultaträkning columns", () => {
  it("delår: föregående år = same months last year, budget = months up to till", () => {
    const r = readSie(text, "k.se");
    const { result } = computeBokslut(r.ledger, r.issues, { kontoplan: [] });
    const rr = result.resultatrakning;
    expect(rr.intakter).toEqual({ period: 1000, foregaende: 1100, budget: 0 }); // never −0
    expect(rr.kostnader).toEqual({ period: -400, foregaende: 0, budget: -300 });
    expect(rr.aretsResultat).toEqual({ period: 600, foregaende: 1100, budget: -300 });
    const plan = planBokslutResultatrakning(result, { kalla: "k.se", idag: "2024-08-01" });
    expect(Object.is(plan.rows[5][3], 0)).toBe(true); // no −0 in a cell
    expect(plan.rows[4]).toEqual(["Post", "2024-01-01 – 2024-06-30", "Samma period 2023", "Budget 2024-01-01 – 2024-06-30"]);
  });
});
