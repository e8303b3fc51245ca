import { checkPeriodsWithinInsats } from "../../../src/domain/validate/period-range";
import { insats, utfall, workbook } from "./base-fixture";

describe("checkPeriodsWithinInsats", () => {
  const base = workbook({
    insatser: [insats("Pilot", 2, { start: "2024-03-15", slut: "2024-06-15" })],
    utfall: [
      utfall("Pilot", 2, "2024-01-01", "2024-03-31", "2024-Q1"),
      utfall("Pilot", 3, "2024-07-01", "2024-09-30", "2024-Q3"),
      utfall("Pilot", 4, "2023-01-01", "2023-12-31", "2023"),
      utfall("Okänd", 5, "2020-01-01", "2020-12-31", "2020"),
    ],
  });

  it("reports PERIOD_UTANFOR_INSATS (varning) for periods wholly outside Start–Slut, at the period cell", () => {
    const issues = checkPeriodsWithinInsats(base, "B");
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["varning", "PERIOD_UTANFOR_INSATS", "Utfall", "B3"],
      ["varning", "PERIOD_UTANFOR_INSATS", "Utfall", "B4"],
    ]);
    expect(issues[0].message).toContain("2024-03-15–2024-06-15");
  });

  it("points at the post cell when the period column is unknown", () => {
    expect(checkPeriodsWithinInsats(base).map((i) => i.cell)).toEqual(["A3", "A4"]);
  });
});
