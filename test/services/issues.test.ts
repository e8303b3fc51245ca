import { countIssues, filterIssues, groupIssues, groupIssuesBySheet } from "../../src/services/issues";
import type { Issue } from "../../src/domain/issues";

describe("issue grouping", () => {
  const mk = (severity: Issue["severity"], sheet: string, cell: string): Issue => ({
    severity,
    code: "SAKNAT_VARDE",
    sheet,
    cell,
    message: "m",
  });

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

describe("issues by sheet and filters", () => {
  const mk = (severity: Issue["severity"], sheet: string, cell: string, code: Issue["code"] = "SAKNAT_VARDE"): Issue => ({
    severity,
    code,
    sheet,
    cell,
    message: "m",
  });
  const issues = [
    mk("varning", "Budget", "B4"),
    mk("info", "Utfall", "A8"),
    mk("fel", "Utfall", "C46"),
    mk("varning", "Insatser", "A2"),
    mk("info", "", ""),
    mk("fel", "Deltagare", "F46"),
  ];

  it("puts sheets with fel first, then varningar, ties in workbook order, the whole workbook last", () => {
    const groups = groupIssuesBySheet(issues, ["Insatser", "Budget", "Utfall", "Deltagare"]);
    expect(groups.map((g) => g.sheet)).toEqual(["Utfall", "Deltagare", "Insatser", "Budget", ""]);
    expect(groups[0].issues.map((i) => i.severity)).toEqual(["fel", "info"]);
    expect(groups[0].antal).toEqual({ fel: 1, varning: 0, info: 1 });
  });

  it("orders sheets missing from the workbook order by name", () => {
    const groups = groupIssuesBySheet([mk("fel", "Ö", "A1"), mk("fel", "B", "A1"), mk("fel", "A", "A1")], ["B"]);
    expect(groups.map((g) => g.sheet)).toEqual(["B", "A", "Ö"]);
  });

  it("filters by severity and sheet", () => {
    expect(filterIssues(issues, new Set(["fel"]), null).map((i) => i.cell)).toEqual(["C46", "F46"]);
    expect(filterIssues(issues, new Set(["fel", "info"]), "Utfall").map((i) => i.cell)).toEqual(["A8", "C46"]);
    expect(filterIssues(issues, new Set(["info"]), "")).toEqual([mk("info", "", "")]);
    expect(filterIssues(issues, new Set(), null)).toEqual([]);
  });
});
