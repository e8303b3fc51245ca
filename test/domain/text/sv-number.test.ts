import { parseSvNumber, writtenDecimals } from "../../../src/domain/text/sv-number";

function num(v: Parameters<typeof parseSvNumber>[0]): number | string {
  const r = parseSvNumber(v);
  return r.kind === "number" ? r.value : r.kind;
}

describe("parseSvNumber", () => {
  it("keeps numbers and reads Swedish-written amounts", () => {
    expect(num(1234.5)).toBe(1234.5);
    expect(num("1 234")).toBe(1234);
    expect(num("1 234,5")).toBe(1234.5);
    expect(num("−1 326")).toBe(-1326);
    expect(num("-1 326")).toBe(-1326);
    expect(num("–1 326")).toBe(-1326);
    expect(num("(1 326)")).toBe(-1326);
    expect(num("6 028 000 kr")).toBe(6028000);
    expect(num("23 322 000")).toBe(23322000);
    expect(num("+12")).toBe(12);
    expect(num("1 234,-")).toBe(1234);
    expect(num("1 234:-")).toBe(1234);
  });
  it("accepts no-break, thin and narrow no-break spaces as thousands separators", () => {
    expect(num("1\u00a0234")).toBe(1234);
    expect(num("1\u2009234\u2009567")).toBe(1234567);
    expect(num("1\u202f234,25")).toBe(1234.25);
  });
  it("reads percentages as fractions and unit words as kronor", () => {
    expect(num("72%")).toBeCloseTo(0.72, 12);
    expect(num("72 %")).toBeCloseTo(0.72, 12);
    expect(num("7,5 %")).toBeCloseTo(0.075, 12);
    expect(num("1,5 mkr")).toBe(1500000);
    expect(num("12 tkr")).toBe(12000);
    expect(num("2 652 TSEK")).toBe(2652000);
    expect(num("(1 326) tkr")).toBe(-1326000);
    expect(parseSvNumber("12 tkr")).toEqual({ kind: "number", value: 12000, unitFactor: 1000 });
    expect(parseSvNumber("1 234")).toEqual({ kind: "number", value: 1234 });
  });
  it("reads dots: decimal point, or thousands between groups of three", () => {
    expect(num("0.72")).toBe(0.72);
    expect(num("1.234")).toBe(1234);
    expect(num("1.234.567")).toBe(1234567);
    expect(num("1.234,5")).toBe(1234.5);
    expect(num("1,234.5")).toBe(1234.5);
  });
  it("treats blanks as empty and everything else as an error", () => {
    expect(num("")).toBe("empty");
    expect(num("   ")).toBe("empty");
    expect(num("-")).toBe("empty");
    expect(num("–")).toBe("empty");
    expect(num(null)).toBe("empty");
    for (const bad of ["?", "ca 100", "12 34", "1,2,3", "kr", "#REF!", "#DIV/0!", "N/A", "1 2345", "---", "1 234,"]) {
      expect([bad, num(bad)]).toEqual([bad, "error"]);
    }
    expect(num(true)).toBe("error");
    expect(num(Number.NaN)).toBe("error");
    const r = parseSvNumber("?");
    expect(r.kind === "error" && r.reason).toContain("?");
  });
  it("counts the decimals as written", () => {
    expect(writtenDecimals("1 234,50")).toBe(2);
    expect(writtenDecimals("1 234")).toBe(0);
    expect(writtenDecimals(12.5)).toBe(1);
    expect(writtenDecimals(17703)).toBe(0);
    expect(writtenDecimals("1.234")).toBe(0);
    expect(writtenDecimals("(1 326,5)")).toBe(1);
  });
});
