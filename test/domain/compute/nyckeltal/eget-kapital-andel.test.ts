import { egetKapitalAndel } from "../../../../src/domain/compute/nyckeltal/eget-kapital-andel";

const pct1 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);

describe("egetKapitalAndel", () => {
  it("Mölndal 2016-08-31: 2 846 / 16 692 = 17,1 %", () => {
    expect(egetKapitalAndel(2_846_000, 16_692_000)).toBeCloseTo(2846 / 16692, 12);
    expect(pct1(egetKapitalAndel(2_846_000, 16_692_000))).toBe(17.1);
  });

  it("Uppsala 2024-06-30: 6 740 / 23 322 = 28,9 %", () => {
    expect(pct1(egetKapitalAndel(6_740_300, 23_322_000))).toBe(28.9);
  });

  it("no andel when the medlemsbidrag is 0", () => {
    expect(egetKapitalAndel(1_000, 0)).toBeUndefined();
    expect(egetKapitalAndel(1_000, Number.NaN)).toBeUndefined();
  });
});
