import { parsePeriod, periodLabel } from "../../../src/domain/text/period";

function p(v: Parameters<typeof parsePeriod>[0]): string {
  const r = parsePeriod(v);
  return r.kind === "period" ? `${r.value.from}..${r.value.to} ${r.value.label}` : r.kind;
}

describe("parsePeriod", () => {
  it("reads quarters, halves, tertials, months and years", () => {
    expect(p("2024-Q2")).toBe("2024-04-01..2024-06-30 2024-Q2");
    expect(p("Q2 2024")).toBe("2024-04-01..2024-06-30 2024-Q2");
    expect(p("kv 3 2024")).toBe("2024-07-01..2024-09-30 2024-Q3");
    expect(p("2024-H1")).toBe("2024-01-01..2024-06-30 2024-H1");
    expect(p("H2 2024")).toBe("2024-07-01..2024-12-31 2024-H2");
    expect(p("2024-T2")).toBe("2024-05-01..2024-08-31 2024-T2");
    expect(p("2024-05")).toBe("2024-05-01..2024-05-31 2024-05");
    expect(p("2024-02")).toBe("2024-02-01..2024-02-29 2024-02");
    expect(p("maj 2024")).toBe("2024-05-01..2024-05-31 2024-05");
    expect(p("2024")).toBe("2024-01-01..2024-12-31 2024");
    expect(p(2024)).toBe("2024-01-01..2024-12-31 2024");
    expect(p("Helår 2024")).toBe("2024-01-01..2024-12-31 2024");
  });
  it("reads ranges as written in the sources", () => {
    expect(p("Q1 - Q2 2024")).toBe("2024-01-01..2024-06-30 2024-H1");
    expect(p("Q3 - Q4 2021")).toBe("2021-07-01..2021-12-31 2021-H2");
    expect(p("Q1–Q3 2024")).toBe("2024-01-01..2024-09-30 2024-01–2024-09");
    expect(p("jan-aug 2016")).toBe("2016-01-01..2016-08-31 2016-01–2016-08");
    expect(p("2024-01-01 - 2024-06-30")).toBe("2024-01-01..2024-06-30 2024-H1");
    expect(p("2024-03-15–2024-06-15")).toBe("2024-03-15..2024-06-15 2024-03-15–2024-06-15");
  });
  it("reads an Excel date as its month", () => {
    expect(p(45473)).toBe("2024-06-01..2024-06-30 2024-06");
  });
  it("reports anything else", () => {
    for (const bad of ["2024-Q5", "2024-H3", "2024-13", "Q2", "ibland", "?", "#N/A", "2024-06-30 - 2024-01-01"]) {
      expect([bad, p(bad)]).toEqual([bad, "error"]);
    }
    expect(p("")).toBe("empty");
    expect(p(null)).toBe("empty");
  });
  it("labels intervals canonically", () => {
    expect(periodLabel("2024-10-01", "2024-12-31")).toBe("2024-Q4");
    expect(periodLabel("2024-01-01", "2025-12-31")).toBe("2024-01–2025-12");
  });
});
