import { dateToSerial, toExcelValue } from "../../src/xlsx/cell-value";

describe("cell-value", () => {
  it("dateToSerial: 1900-system serials, time of day as fraction", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2024, 5, 30)))).toBe(45473);
    expect(dateToSerial(new Date(Date.UTC(2024, 5, 30, 12)))).toBe(45473.5);
  });

  it("toExcelValue: formulas without '=' and with cached results, error texts as error values", () => {
    expect(toExcelValue(0.72, "=B6/C6")).toEqual({ formula: "B6/C6", result: 0.72 });
    expect(toExcelValue("#DIV/0!", "=B6/C6")).toEqual({ formula: "B6/C6", result: { error: "#DIV/0!" } });
    expect(toExcelValue("", '=IF(C6=0,"",B6/C6)')).toEqual({ formula: 'IF(C6=0,"",B6/C6)' });
    expect(toExcelValue("", null)).toBeNull();
    expect(toExcelValue("#REF!", null)).toBe("#REF!");
  });
});
