import { parseColumnHeader } from "../../../src/domain/detect/column-header";

/**
 * A header naming its period by two dates ("Utfall 2024-01-01 - 2024-06-30 tkr", "1/1–30/6 2024") is that period —
 * not the year-to-date up to the first date (which gave utfall for January only) and not the whole year.
 */
describe("column headers with a date range", () => {
  it.each([
    ["Utfall 2024-01-01 - 2024-06-30 tkr", "2024-01-01", "2024-06-30", "utfall", 1000],
    ["Utfall 2024-01-01 – 2024-06-30", "2024-01-01", "2024-06-30", "utfall", undefined],
    ["Budget 2024-01-01--2024-08-31", "2024-01-01", "2024-08-31", "budget", undefined],
    ["Utfall 2024-01-01 t.o.m. 2024-06-30", "2024-01-01", "2024-06-30", "utfall", undefined],
    ["Utfall 2021-07-01 till 2021-12-31", "2021-07-01", "2021-12-31", "utfall", undefined],
    ["Utfall 20240101-20240630", "2024-01-01", "2024-06-30", "utfall", undefined],
    ["Utfall 1/1–30/6 2024", "2024-01-01", "2024-06-30", "utfall", undefined],
    ["Budget 2024 1/1-30/6", "2024-01-01", "2024-06-30", "budget", undefined],
  ])("%s → %s – %s", (header, from, to, measure, factor) => {
    const info = parseColumnHeader(header);
    expect(info.period && [info.period.from, info.period.to]).toEqual([from, to]);
    expect(info.measure).toBe(measure);
    expect(info.factor).toBe(factor);
  });

  it("takes the sheet's year for a day/month range without one", () => {
    expect(parseColumnHeader("Utfall 1/1 - 31/8", 2016).period).toMatchObject({ from: "2016-01-01", to: "2016-08-31" });
  });

  it("keeps a single date as the year to that date, and an impossible range is no period", () => {
    expect(parseColumnHeader("Utfall 2024-06-30").period).toMatchObject({ from: "2024-01-01", to: "2024-06-30" });
    expect(parseColumnHeader("Utfall 2024-13-01 - 2024-14-01").period?.to).not.toBe("2024-14-01");
  });
});
