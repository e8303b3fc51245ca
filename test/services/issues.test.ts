import { countIssues, groupIssues } from "../../src/services/issues";
import type { Issue } from "../../src/domain/model";

describe("issue grouping", () => {
  const mk = (severity: Issue["severity"], sheet: string, cell: string): Issue => ({ severity, code: "C", sheet, cell, message: "m" });

  it("counts per severity", () => {
    expect(countIssues([mk("fel", "A", "A1"), mk("info", "", ""), mk("fel", "B", "B2")])).toEqual({ fel: 2, varning: 0, info: 1 });
  });

  it("groups fel, varning, info and orders by sheet then row and column", () => {
    const groups = groupIssues([
      mk("info", "Utfall", "A1"),
      mk("fel", "Utfall", "A10"),
      mk("fel", "Utfall", "B2"),
      mk("fel", "Budget", "C3"),
      mk("fel", "Utfall", "AA2"),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(["fel", "info"]);
    expect(groups[0].issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Budget!C3", "Utfall!B2", "Utfall!AA2", "Utfall!A10"]);
  });
});
