import { egetKapitalVidPeriodslut } from "../../../../src/domain/compute/nyckeltal/eget-kapital";

describe("egetKapitalVidPeriodslut", () => {
  it("Uppsala 2024-06-30: 6 360 + 1 000 (reservfond) − 620 = 6 740 tkr; 5 740 tkr without the reservfond", () => {
    const ek = egetKapitalVidPeriodslut({ ackumuleratOverskott: 6_360_000, reservfond: 1_000_000, aretsResultat: -619_700 });
    expect(ek).toEqual({
      ackumuleratOverskott: 6_360_000,
      reservfond: 1_000_000,
      aretsResultat: -619_700,
      egetKapital: 6_740_300,
      egetKapitalUtanReservfond: 5_740_300,
    });
    expect(Math.round(ek.egetKapital / 1000)).toBe(6740);
    expect(Math.round(ek.egetKapitalUtanReservfond / 1000)).toBe(5740);
  });

  it("reading 6 360 as already including the reservfond would give 5 740 tkr, not the published 6 740", () => {
    const ek = egetKapitalVidPeriodslut({ ackumuleratOverskott: 6_360_000, aretsResultat: -619_700 });
    expect(Math.round(ek.egetKapital / 1000)).toBe(5740);
    expect(ek.reservfond).toBe(0);
  });
});
