import { formatPercent } from "../../../../src/domain/text/format";
import { egetKapitalVidPeriodslut } from "../../../../src/domain/compute/nyckeltal/eget-kapital";
import {
  EGET_KAPITAL_OVER_TAK,
  egetKapitalMotTak,
  egetKapitalOverTakIssue,
  STANDARD_TAK,
} from "../../../../src/domain/compute/nyckeltal/eget-kapital-tak";

const uppsala = egetKapitalVidPeriodslut({ ackumuleratOverskott: 6_360_000, reservfond: 1_000_000, aretsResultat: -619_700 });
const molndal = egetKapitalVidPeriodslut({ ackumuleratOverskott: 2_478_000, aretsResultat: 368_000 });

describe("egetKapitalMotTak", () => {
  it("Uppsala 2024-06-30: 28,9 % with and 24,6 % without the reservfond; over the 20 % tak of 4 664 tkr", () => {
    const r = egetKapitalMotTak(uppsala, 23_322_000, "2024-06-30");
    expect(r.tak).toEqual(STANDARD_TAK);
    expect(STANDARD_TAK).toEqual({ andel: 0.2, inklReservfond: true });
    expect(formatPercent(r.andelMedReservfond!)).toBe("28,9 %");
    expect(formatPercent(r.andelUtanReservfond!)).toBe("24,6 %");
    expect(r.takBelopp).toBeCloseTo(4_664_400, 6);
    expect(r.jamfordAndel).toBe(r.andelMedReservfond);
    expect(r.overTak).toBe(true);
  });

  it("the tak can be compared without the reservfond and set to another share", () => {
    const utan = egetKapitalMotTak(uppsala, 23_322_000, "2024-06-30", { andel: 0.25, inklReservfond: false });
    expect(utan.jamfordAndel).toBe(utan.andelUtanReservfond);
    expect(utan.overTak).toBe(false);
    const med = egetKapitalMotTak(uppsala, 23_322_000, "2024-06-30", { andel: 0.25, inklReservfond: true });
    expect(med.overTak).toBe(true);
  });

  it("Mölndal 2016-08-31: 17,1 % is inside the tak, no issue", () => {
    const r = egetKapitalMotTak(molndal, 16_692_000, "2016-08-31");
    expect(formatPercent(r.andelMedReservfond!)).toBe("17,1 %");
    expect(r.overTak).toBe(false);
    expect(egetKapitalOverTakIssue(r, "tkr")).toBeNull();
  });

  it("no medlemsbidrag: no andel and never över taket", () => {
    const r = egetKapitalMotTak(uppsala, 0, "2024-06-30");
    expect([r.andelMedReservfond, r.jamfordAndel, r.overTak]).toEqual([undefined, undefined, false]);
  });
});

describe("egetKapitalOverTakIssue", () => {
  it("a varning naming every figure, at the given cell", () => {
    const r = egetKapitalMotTak(uppsala, 23_322_000, "2024-06-30");
    const i = egetKapitalOverTakIssue(r, "tkr", { sheet: "Inställningar", cell: "B7" })!;
    expect(i).toMatchObject({ severity: "varning", code: EGET_KAPITAL_OVER_TAK, sheet: "Inställningar", cell: "B7" });
    for (const s of [
      "2024-06-30",
      "6\u00a0740 tkr",
      "28,9 %",
      "23\u00a0322 tkr",
      "5\u00a0740 tkr",
      "24,6 %",
      "1\u00a0000 tkr",
      "20,0 %",
      "4\u00a0664 tkr",
    ]) {
      expect(i.message).toContain(s);
    }
  });
});
