import { compareIssues, issue, sortIssues, type Issue } from "../../../src/domain/issues";
import { issueSummary, maskPersonnummer, planValideringsrapport } from "../../../src/domain/plan/valideringsrapport";
import { uppsala2024 } from "../fixtures/uppsala-2024";

const opts = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };

const issues: Issue[] = [
  issue("info", "ENHET_GISSAD", "Utfall", "A2", "info 1"),
  issue("varning", "NEGATIV_BUDGET", "Utfall", "C10", "varning C10"),
  issue("fel", "OLASBART_TAL", "Utfall", "B3", "fel Utfall B3"),
  issue("varning", "OKAND_KOSTNADSSLAG", "Utfall", "C9", "varning C9"),
  issue("fel", "OKAND_KATEGORI", "Budget", "A7", "fel Budget"),
  issue("varning", "SAKNAT_BLAD", "", "", "arbetsboken"),
  issue("info", "DATUM_ANTAGNA", "Budget", "AA1", "info 2"),
  issue("varning", "BUDGET_SKILJER", "Insatser", "B2", "Deltagare 19850101-1234 finns"),
  issue("fel", "SAKNAT_VARDE", "Utfall", "A3", "fel Utfall A3"),
  issue("varning", "AVVIKELSE_STAMMER_INTE", "Utfall", "C9", "varning C9 igen"),
];

describe("Valideringsrapport", () => {
  it("sorts fel → varning → info, then sheet, then cell by row and column (A10 after A9), stably", () => {
    expect(sortIssues(issues).map((i) => i.code)).toEqual([
      "OKAND_KATEGORI",
      "SAKNAT_VARDE",
      "OLASBART_TAL",
      "SAKNAT_BLAD",
      "BUDGET_SKILJER",
      "OKAND_KOSTNADSSLAG",
      "AVVIKELSE_STAMMER_INTE",
      "NEGATIV_BUDGET",
      "DATUM_ANTAGNA",
      "ENHET_GISSAD",
    ]);
    expect(compareIssues(issue("fel", "SAKNAT_VARDE", "S", "B9", ""), issue("fel", "SAKNAT_VARDE", "S", "A10", ""))).toBeLessThan(0);
  });

  it("summarises with Swedish plurals", () => {
    expect(issueSummary(issues)).toBe("3 fel, 5 varningar och 2 information");
    expect(issueSummary([issue("varning", "SAKNAT_VARDE", "", "", "")])).toBe("0 fel, 1 varning och 0 information");
  });

  it("plans the sheet: title, summary row, header on row 5, one row per issue, a table", () => {
    const plan = planValideringsrapport(issues, uppsala2024(), opts);
    expect(plan).toMatchObject({ kind: "valideringsrapport", key: "senaste", name: "Valideringsrapport" });
    expect(plan.rows[0]).toEqual(["Valideringsrapport – Samordningsförbundet Uppsala län"]);
    expect(plan.rows[1][0]).toBe("Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Budget, Utfall, Inställningar");
    expect(plan.rows[3]).toEqual(["3 fel, 5 varningar och 2 information"]);
    expect(plan.rows[4]).toEqual(["Allvarlighet", "Blad", "Cell", "Meddelande", "Kod"]);
    expect(plan.rows[5]).toEqual(["Fel", "Budget", "A7", "fel Budget", "OKAND_KATEGORI"]);
    expect(plan.rows[14]).toEqual(["Information", "Utfall", "A2", "info 1", "ENHET_GISSAD"]);
    expect(plan.rows).toHaveLength(15);
    expect(plan.tables).toEqual([expect.objectContaining({ name: "Valideringsrapport", range: "A5:E15" })]);
    expect(plan.styles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: "A6:A8", fontColor: "#9C0006" }),
        expect.objectContaining({ range: "A9:A13", fontColor: "#9C5700" }),
      ]),
    );
    expect(plan.freeze).toEqual({ rows: 5 });
  });

  it("never copies a personnummer into the output", () => {
    const plan = planValideringsrapport(issues, null, opts);
    const text = JSON.stringify(plan.rows);
    expect(text).not.toContain("19850101-1234");
    expect(text).toContain("Deltagare [personnummer dolt] finns");
    expect(maskPersonnummer("ÅÅMMDD 850101-1234, 8501011234, 196001611234 och beloppet 1 326 000")).toBe(
      "ÅÅMMDD [personnummer dolt], [personnummer dolt], [personnummer dolt] och beloppet 1 326 000",
    );
  });

  it("with no issues: a row that says so, still a valid table", () => {
    const plan = planValideringsrapport([], uppsala2024(), opts);
    expect(plan.rows[3]).toEqual(["0 fel, 0 varningar och 0 information"]);
    expect(plan.rows[5][3]).toMatch(/Inga fel/);
    expect(plan.tables![0].range).toBe("A5:E6");
  });
});
