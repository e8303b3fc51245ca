import { formatCounts, formatIssues, formatSummary, issueLocation, sheetRef } from "../../src/cli/print-issues";
import { issue } from "../../src/domain/issues";

const issues = [
  issue("varning", "POST_UTAN_BUDGET", "Utfall", "A8", "Övriga intäkter har utfall men ingen budget."),
  issue("fel", "SUMMA_STAMMER_INTE", "Utfall", "C46", "Summaraden stämmer inte."),
  issue("fel", "OKAND_POST", "Utfall", "A25", 'Okänd insats "Jobcentrum". Menar du "Jobbcentrum"?'),
  issue("info", "RAPPORT_SAKNAR_UNDERLAG", "", "", "Arbetsboken lästes."),
];

describe("print-issues", () => {
  it("quotes sheet names like Excel does", () => {
    expect(sheetRef("Utfall")).toBe("Utfall");
    expect(sheetRef("Inställningar")).toBe("Inställningar");
    expect(sheetRef("Förbrukningskvot 2024-06-30")).toBe("'Förbrukningskvot 2024-06-30'");
    expect(sheetRef("Kalles blad's")).toBe("'Kalles blad''s'");
  });

  it("locates an issue as sheet!cell, sheet, or the workbook", () => {
    expect(issueLocation(issues[1])).toBe("Utfall!C46");
    expect(issueLocation({ ...issues[1], cell: "" })).toBe("Utfall");
    expect(issueLocation(issues[3])).toBe("Arbetsboken");
  });

  it("groups issues by severity, fel first, in cell order", () => {
    expect(formatIssues(issues)).toBe(
      [
        "Fel (2):",
        '  Utfall!A25: Okänd insats "Jobcentrum". Menar du "Jobbcentrum"?',
        "  Utfall!C46: Summaraden stämmer inte.",
        "",
        "Varningar (1):",
        "  Utfall!A8: Övriga intäkter har utfall men ingen budget.",
        "",
        "Information (1):",
        "  Arbetsboken: Arbetsboken lästes.",
        "",
      ].join("\n"),
    );
    expect(formatIssues([])).toBe("");
  });

  it("counts in Swedish", () => {
    expect(formatCounts(issues)).toBe("2 fel, 1 varning och 1 information.");
    expect(formatCounts([])).toBe("Inga fel eller varningar.");
  });

  it("summarises written sheets, replaced sheets, notes and what the errors mean", () => {
    const text = formatSummary({
      issues,
      output: "ut.xlsx",
      written: [{ name: "Förbrukningskvot 2024-06-30" }, { name: "Valideringsrapport" }],
      replaced: ["Valideringsrapport"],
      notes: ["Diagrammet skrevs inte."],
      json: "ut.json",
    });
    expect(text).toContain("Sammanfattning: 2 fel, 1 varning och 1 information.");
    expect(text).toContain("Skrev 2 blad till ut.xlsx:\n  Förbrukningskvot 2024-06-30\n  Valideringsrapport");
    expect(text).toContain("Ersatte tidigare rapportblad: Valideringsrapport.");
    expect(text).toContain("Obs: Diagrammet skrevs inte.");
    expect(text).toContain("JSON skrevs till ut.json.");
    expect(text).toContain("Arbetsboken har fel");
    expect(formatSummary({ issues: [], output: "u.xlsx", written: [], replaced: [], notes: [] })).not.toContain("har fel");
  });
});
