import { formatPercent } from "../../../../src/domain/text/format";
import { computeDriftsredovisning } from "../../../../src/domain/compute/driftsredovisning";
import { EGET_KAPITAL_OVER_TAK } from "../../../../src/domain/compute/nyckeltal/eget-kapital-tak";
import { computeResultatNyckeltal, EGET_KAPITAL_SAKNAS, MEDLEMSBIDRAG_SAKNAS } from "../../../../src/domain/compute/nyckeltal/resultat";
import { computeResultatrakning } from "../../../../src/domain/compute/resultatrakning";
import type { ParsedWorkbook } from "../../../../src/domain/model";
import { molndal2016 } from "../../fixtures/molndal-2016";
import { uppsala2024 } from "../../fixtures/uppsala-2024";

function run(base: ParsedWorkbook, fran: string, till: string) {
  const drift = computeDriftsredovisning(base, { fran, till }).result;
  return computeResultatNyckeltal({ base, sheets: [], drift, rr: computeResultatrakning(drift) });
}

/** Uppsala 2024 with the example workbook's Inställningar: Ackumulerat överskott 6 360 000, Reservfond 1 000 000. */
function uppsala(): ParsedWorkbook {
  const base = uppsala2024();
  base.installningar.ackumuleratOverskott = 6_360_000;
  base.installningar.reservfond = 1_000_000;
  return base;
}

describe("computeResultatNyckeltal", () => {
  it("Uppsala 2024-06-30: eget kapital 6 740 tkr = 28,9 % (24,6 % without the reservfond), över taket", () => {
    const { result, issues } = run(uppsala(), "2024-01-01", "2024-06-30");
    const ek = result.egetKapital!;
    expect(Math.round(ek.ek.egetKapital / 1000)).toBe(6740);
    expect(formatPercent(ek.andelMedReservfond!)).toBe("28,9 %");
    expect(formatPercent(ek.andelUtanReservfond!)).toBe("24,6 %");
    expect(result.aretsResultat).toEqual({ fran: "2024-01-01", till: "2024-06-30", belopp: -619_700, iResultatrakningen: true });
    expect(result.medlemsbidrag?.belopp).toBe(23_322_000);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([["varning", EGET_KAPITAL_OVER_TAK]]);
    expect(result.utfallMotArsbudget.map((r) => Math.round((r.andel ?? 0) * 100))).toEqual([22, 58, 50]);
    expect(result.medlemsintakt.map((r) => r.slag)).toEqual(["samverkansinsatser", "fortroendevalda", "forvaltning"]);
    expect(result.forbrukadAndel.length).toBeGreaterThan(3);
  });

  it("a period starting after 1 January still uses årets resultat from 1 January", () => {
    const { result } = run(uppsala(), "2024-04-01", "2024-06-30");
    expect(result.aretsResultat.iResultatrakningen).toBe(false);
    expect(result.aretsResultat.fran).toBe("2024-01-01");
    expect(result.aretsResultat.belopp).toBeCloseTo(-619_700, 6);
    expect(Math.round(result.egetKapital!.ek.egetKapital / 1000)).toBe(6740);
  });

  it("Mölndal 2016-08-31: 2 846 / 16 692 = 17,1 %, inside the tak", () => {
    const { result, issues } = run(molndal2016(), "2016-01-01", "2016-08-31");
    expect(Math.round(result.egetKapital!.ek.egetKapital / 1000)).toBe(2846);
    expect(result.medlemsbidrag).toEqual({ belopp: 16_692_000, kalla: "Budget: Medlemsavgifter" });
    expect(formatPercent(result.egetKapital!.andelMedReservfond!)).toBe("17,1 %");
    expect(result.egetKapital!.overTak).toBe(false);
    expect(issues).toEqual([]);
  });

  it("without Ackumulerat överskott or medlemsbidrag: info issues, no eget kapital, no andelar", () => {
    const base = uppsala2024();
    base.budget = base.budget.filter((r) => r.post !== "Medlemsavgifter");
    const { result, issues } = run(base, "2024-01-01", "2024-06-30");
    expect(result.egetKapital).toBeUndefined();
    expect(result.medlemsbidrag).toBeUndefined();
    expect(result.medlemsintakt.map((r) => r.andel)).toEqual([undefined, undefined, undefined]);
    expect(issues.map((i) => [i.severity, i.code, i.sheet])).toEqual([
      ["info", MEDLEMSBIDRAG_SAKNAS, "Inställningar"],
      ["info", EGET_KAPITAL_SAKNAS, "Inställningar"],
    ]);
  });
});
