import { parseColumnHeader, yearHintOf } from "../../../src/domain/detect/column-header";

describe("parseColumnHeader", () => {
  it.each([
    ["Utfall TSEK", "utfall", undefined, undefined, 1000],
    ["Utfall tkr", "utfall", undefined, undefined, 1000],
    ["Budget 2024", "budget", 2024, undefined, undefined],
    ["Prel 2025", "budget", 2025, undefined, undefined],
    ["Prognos 2024", "prognos", 2024, undefined, undefined],
    ["Utfall 2024-06-30", "utfall", undefined, "2024-H1", undefined],
    ["Q3 - Q4 2021 / Budget TSEK", "budget", undefined, "2021-H2", 1000],
    ["Förbr kvot", "kvot", undefined, undefined, undefined],
    ["Diff mot budget", "avvikelse", undefined, undefined, undefined],
    ["Överf till 2022 TSEK", "ovrigt", 2022, undefined, 1000],
    ["Aktuell budget jan-aug", "budget", undefined, "2016-01–2016-08", undefined],
    ["Budget helår 2016", "budget", 2016, undefined, undefined],
    ["Utfall 2023", "utfall", 2023, undefined, undefined],
  ])("%s", (text, measure, year, period, factor) => {
    const h = parseColumnHeader(text, 2016);
    expect(h.measure).toBe(measure);
    expect(h.year).toBe(year);
    expect(h.period?.label).toBe(period);
    expect(h.factor).toBe(factor);
  });

  it("reads 'ack 2021' as an accumulation to be resolved against the sheet's periods", () => {
    const h = parseColumnHeader("ack 2021 / Utfall TSEK");
    expect(h).toMatchObject({ measure: "utfall", ackYear: 2021, hasPeriod: true });
  });

  it("a period alone has no measure; a plain title has neither", () => {
    const q = parseColumnHeader("Q1 - Q2 2024");
    expect(q.hasPeriod).toBe(true);
    expect(q.measure).toBeUndefined();
    const title = parseColumnHeader("EKONOMISK INFORMATION, belopp i TSK");
    expect(title.measure).toBeUndefined();
    expect(title).toMatchObject({ hasPeriod: false, factor: 1000 });
    expect(parseColumnHeader(2024)).toMatchObject({ hasPeriod: true, year: 2024 });
  });

  it("yearHintOf picks the most frequent year", () => {
    expect(yearHintOf(["Delårsrapport 2016-08-31", "Budget 2016", "Plan 2017"])).toBe(2016);
    expect(yearHintOf(["Utan år"])).toBeUndefined();
  });
});

describe("parseColumnHeader: years a mapping cannot hold", () => {
  it("does not take 9999-12-31 or 1899 as a period (the mapping schema allows 1900–2200)", () => {
    for (const text of ["Utfall 9999-12-31", "Budget 1899-12-31", "Prel 2201"]) {
      const info = parseColumnHeader(text);
      expect([info.year, info.period, info.hasPeriod]).toEqual([undefined, undefined, false]);
    }
    expect(parseColumnHeader("Utfall 2024-06-30").period?.to).toBe("2024-06-30");
  });
});
