import type { Severity } from "../../../../src/domain/issues/issue";
import { checkNegativeBudget, checkSlutForeStart } from "../../../../src/domain/parse/base/row-rules";

function recorder() {
  const got: [Severity, string, number, number][] = [];
  return { got, report: (s: Severity, code: string, r: number, c: number) => void got.push([s, code, r, c]) };
}

describe("row rules", () => {
  it("SLUT_FORE_START is a fel at the Slut cell; equal dates are fine", () => {
    const rec = recorder();
    expect(checkSlutForeStart(rec, 4, 6, "2024-06-01", "2024-05-31")).toBe(true);
    expect(checkSlutForeStart(rec, 5, 6, "2024-06-01", "2024-06-01")).toBe(false);
    expect(rec.got).toEqual([["fel", "SLUT_FORE_START", 4, 6]]);
  });
  it("NEGATIV_BUDGET is a varning; zero is fine", () => {
    const rec = recorder();
    expect(checkNegativeBudget(rec, 2, 3, -1, "X")).toBe(true);
    expect(checkNegativeBudget(rec, 2, 3, 0, "X")).toBe(false);
    expect(rec.got).toEqual([["varning", "NEGATIV_BUDGET", 2, 3]]);
  });
});
