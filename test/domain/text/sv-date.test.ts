import { addMonths, daysBetween, isoToSerial, monthEnd, monthsBetween, parseSvDate, serialToIso } from "../../../src/domain/text/sv-date";

function d(v: Parameters<typeof parseSvDate>[0], monthEndOpt = false): string {
  const r = parseSvDate(v, { monthEnd: monthEndOpt });
  return r.kind === "date" ? r.value : r.kind;
}

describe("Excel serials (1900 system)", () => {
  it("converts both ways, including around the fake 1900-02-29", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBeUndefined();
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(45473)).toBe("2024-06-30");
    expect(serialToIso(45473.75)).toBe("2024-06-30");
    expect(serialToIso(44197)).toBe("2021-01-01");
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "2000-02-29", "2024-06-30", "9999-12-31"]) {
      expect(serialToIso(isoToSerial(iso))).toBe(iso);
    }
    expect(isoToSerial("2024-06-30")).toBe(45473);
    expect(d(60)).toBe("error");
    expect(d(0)).toBe("error");
    expect(d(-5)).toBe("error");
  });
});

describe("parseSvDate", () => {
  it("reads the ways Swedes write dates", () => {
    expect(d(45473)).toBe("2024-06-30");
    expect(d("2024-06-30")).toBe("2024-06-30");
    expect(d("2024-6-3")).toBe("2024-06-03");
    expect(d("2024-06-30T00:00:00.000Z")).toBe("2024-06-30");
    expect(d("20240630")).toBe("2024-06-30");
    expect(d(20240630)).toBe("2024-06-30");
    expect(d("30/6 2024")).toBe("2024-06-30");
    expect(d("30/6/2024")).toBe("2024-06-30");
    expect(d("30.6.2024")).toBe("2024-06-30");
    expect(d("30 juni 2024")).toBe("2024-06-30");
    expect(d("1 jan. 2024")).toBe("2024-01-01");
  });
  it("reads months and years as their first day, or last with monthEnd", () => {
    expect(d("2024-06")).toBe("2024-06-01");
    expect(d("2024-06", true)).toBe("2024-06-30");
    expect(d("2024-02", true)).toBe("2024-02-29");
    expect(d("juni 2024", true)).toBe("2024-06-30");
    expect(d("2024")).toBe("2024-01-01");
    expect(d("2024", true)).toBe("2024-12-31");
    expect(d(2024)).toBe("2024-01-01");
    expect(d(2024, true)).toBe("2024-12-31");
  });
  it("rejects impossible dates and other text", () => {
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "31/4 2024",
      "2024-13",
      "2024-13-01",
      "32.1.2024",
      "snart",
      "?",
      "#REF!",
      "30 smurf 2024",
    ]) {
      expect([bad, d(bad)]).toEqual([bad, "error"]);
    }
    expect(d("")).toBe("empty");
    expect(d(null)).toBe("empty");
    expect(d(true)).toBe("error");
  });
});

describe("date arithmetic", () => {
  it("adds months with clamping and counts months and days", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
    expect(monthsBetween("2024-01-15", "2024-06-30")).toBe(5);
    expect(monthsBetween("2023-07-01", "2025-06-30")).toBe(23);
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(365);
    expect(monthEnd("2023-02-03")).toBe("2023-02-28");
  });
});
