import {
  defaultTill,
  franForTill,
  isIsoDate,
  isoFromLocalDate,
  periodProblem,
  periodRange,
  periodValForTill,
  withTyp,
  withYear,
} from "../../src/services/period";

describe("period helpers", () => {
  it("recognises real ISO dates only", () => {
    expect(isIsoDate("2024-06-30")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("30/6 2024")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });

  it("från defaults to 1 January of the period end's year", () => {
    expect(franForTill("2024-06-30")).toBe("2024-01-01");
  });

  it("the default period end is the last quarter that ended before today", () => {
    expect(defaultTill("2024-08-15")).toBe("2024-06-30");
    expect(defaultTill("2024-11-24")).toBe("2024-09-30");
    expect(defaultTill("2024-02-10")).toBe("2023-12-31");
    expect(defaultTill("2024-04-01")).toBe("2024-03-31");
  });

  it("uses the local calendar date", () => {
    expect(isoFromLocalDate(new Date(2024, 0, 5, 23, 59))).toBe("2024-01-05");
  });

  it("explains what is wrong with a period", () => {
    expect(periodProblem("2024-01-01", "2024-06-30")).toBeNull();
    expect(periodProblem("2024-01-01", "")).toMatch(/slutdatum/);
    expect(periodProblem("x", "2024-06-30")).toMatch(/startdatum/);
    expect(periodProblem("2024-07-01", "2024-06-30")).toBe("Startdatum ligger efter slutdatum.");
  });
});

describe("period choices", () => {
  it("turns kvartal, halvår, helår and own dates into dates", () => {
    expect(periodRange({ typ: "kvartal", ar: 2024, nr: 2 })).toEqual({ fran: "2024-04-01", till: "2024-06-30" });
    expect(periodRange({ typ: "kvartal", ar: 2024, nr: 1 })).toEqual({ fran: "2024-01-01", till: "2024-03-31" });
    expect(periodRange({ typ: "kvartal", ar: 2023, nr: 4 })).toEqual({ fran: "2023-10-01", till: "2023-12-31" });
    expect(periodRange({ typ: "halvar", ar: 2024, nr: 1 })).toEqual({ fran: "2024-01-01", till: "2024-06-30" });
    expect(periodRange({ typ: "halvar", ar: 2024, nr: 2 })).toEqual({ fran: "2024-07-01", till: "2024-12-31" });
    expect(periodRange({ typ: "helar", ar: 2021 })).toEqual({ fran: "2021-01-01", till: "2021-12-31" });
    expect(periodRange({ typ: "datum", fran: "2016-01-01", till: "2016-08-31" })).toEqual({ fran: "2016-01-01", till: "2016-08-31" });
  });

  it("a period end becomes the choice that covers 1 January to it", () => {
    expect(periodValForTill("2024-03-31")).toEqual({ typ: "kvartal", ar: 2024, nr: 1 });
    expect(periodValForTill("2024-06-30")).toEqual({ typ: "halvar", ar: 2024, nr: 1 });
    expect(periodValForTill("2024-12-31")).toEqual({ typ: "helar", ar: 2024 });
    expect(periodValForTill("2024-09-30")).toEqual({ typ: "datum", fran: "2024-01-01", till: "2024-09-30" });
  });

  it("changing the type keeps the year and the part of the year", () => {
    const q2 = { typ: "kvartal", ar: 2024, nr: 2 } as const;
    expect(withTyp(q2, "halvar")).toEqual({ typ: "halvar", ar: 2024, nr: 1 });
    expect(withTyp({ typ: "halvar", ar: 2024, nr: 2 }, "kvartal")).toEqual({ typ: "kvartal", ar: 2024, nr: 4 });
    expect(withTyp(q2, "helar")).toEqual({ typ: "helar", ar: 2024 });
    expect(withTyp(q2, "datum")).toEqual({ typ: "datum", fran: "2024-04-01", till: "2024-06-30" });
    expect(withTyp({ typ: "datum", fran: "2024-01-01", till: "2024-08-31" }, "kvartal")).toEqual({ typ: "kvartal", ar: 2024, nr: 3 });
  });

  it("changing the year keeps the type", () => {
    expect(withYear({ typ: "kvartal", ar: 2024, nr: 3 }, 2023)).toEqual({ typ: "kvartal", ar: 2023, nr: 3 });
    const own = { typ: "datum", fran: "2024-01-01", till: "2024-02-01" } as const;
    expect(withYear(own, 2020)).toBe(own);
  });
});
