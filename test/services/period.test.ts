import { defaultTill, franForTill, isIsoDate, isoFromLocalDate, periodProblem } from "../../src/services/period";

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
