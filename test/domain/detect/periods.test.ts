import { makePeriod, planUtfallColumns, remainder, splitUtfall, wholeMonths, yearlyFromPeriod } from "../../../src/domain/detect/periods";

describe("periods", () => {
  const year = makePeriod("2021-01-01", "2021-12-31");
  const h2 = makePeriod("2021-07-01", "2021-12-31");
  const q4 = makePeriod("2021-10-01", "2021-12-31");

  it("cuts a nested period out of its parent", () => {
    expect(remainder(year, h2)?.label).toBe("2021-H1");
    expect(remainder(h2, makePeriod("2021-08-01", "2021-09-30"))).toBeUndefined();
  });

  it("ack 2021 around Q3–Q4 becomes H1 = ack − H2 and H2 (Uppsala 2021: Enköping 1 836 − 915)", () => {
    const plan = planUtfallColumns([h2, year]);
    expect(plan.find((p) => p.index === 0)?.parent).toBe(1);
    const parts = splitUtfall(plan, [915, 1836]);
    expect(parts.map((p) => [p.period.label, p.value])).toEqual([
      ["2021-H2", 915],
      ["2021-H1", 921],
    ]);
    expect(splitUtfall(plan, [undefined, 1836]).map((p) => [p.period.label, p.value])).toEqual([["2021", 1836]]);
  });

  it("three levels and overlapping columns", () => {
    const plan = planUtfallColumns([year, h2, q4]);
    expect(splitUtfall(plan, [100, 60, 25]).map((p) => [p.period.label, p.value])).toEqual([
      ["2021-H1", 40],
      ["2021-Q3", 35],
      ["2021-Q4", 25],
    ]);
    const overlapping = planUtfallColumns([makePeriod("2021-01-01", "2021-06-30"), makePeriod("2021-04-01", "2021-09-30")]);
    expect(overlapping.filter((p) => p.skipped)).toHaveLength(1);
  });

  it("makes a part-year budget yearly: × 12 / months (Mölndal jan–aug × 12/8), else by days", () => {
    expect(wholeMonths(makePeriod("2016-01-01", "2016-08-31"))).toBe(8);
    expect(yearlyFromPeriod(1326, makePeriod("2024-01-01", "2024-06-30"))).toBe(2652);
    expect(yearlyFromPeriod(8000, makePeriod("2016-01-01", "2016-08-31"))).toBe(12000);
    expect(yearlyFromPeriod(100, makePeriod("2023-01-01", "2023-01-15"))).toBeCloseTo((100 * 365) / 15, 9);
  });
});
