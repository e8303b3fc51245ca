import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie } from "../../../../src/domain/ledger/sie-read";

/**
 * #PBUDGET (and #PSALDO −1) written only per objekt, without the konto's {} total (some exporters): the budget is the
 * sum of the insats dimension's records (projekt), not missing and not counted once per dimension.
 */
const sie = (...rows: string[]) =>
  [
    "#FLAGGA 0",
    "#SIETYP 4",
    "#RAR 0 20240101 20241231",
    "#RAR -1 20230101 20231231",
    "#OMFATTN 20240630",
    "#UB 0 1930 -100",
    "#RES 0 4010 100",
    ...rows,
  ].join("\n");

describe("budget and föregående år per objekt only", () => {
  it("sums the projekt records when the konto has no {} record", () => {
    const r = readSie(
      sie(
        '#PBUDGET 0 202401 4010 {6 "P1"} 100.00',
        '#PBUDGET 0 202402 4010 {6 "P2"} 50.00',
        '#PBUDGET 0 202401 4010 {1 "100"} 150.00',
        '#PBUDGET 0 202412 4010 {6 "P1"} 999.00',
        '#PSALDO -1 202303 4010 {6 "P1"} 70.00',
        '#PSALDO -1 202303 4010 {1 "100"} 70.00',
      ),
      "b.se",
    );
    const rr = computeBokslut(r.ledger, r.issues, { kontoplan: [] }).result.resultatrakning;
    expect(rr.kostnader.budget).toBe(-150);
    expect(rr.kostnader.foregaende).toBe(-70);
  });

  it("a konto with its {} total uses only that (objekt records repeat it)", () => {
    const r = readSie(
      sie("#PBUDGET 0 202401 4010 {} 200.00", '#PBUDGET 0 202401 4010 {6 "P1"} 120.00', '#PBUDGET 0 202401 4010 {6 "P2"} 80.00'),
      "b.se",
    );
    expect(computeBokslut(r.ledger, r.issues, { kontoplan: [] }).result.resultatrakning.kostnader.budget).toBe(-200);
  });
});
