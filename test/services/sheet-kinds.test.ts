import type { RawSheet } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { bladOversikt, reportKindsWithPlans } from "../../src/services/sheet-kinds";

const sheet = (name: string, values: RawSheet["values"]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values });

describe("what each read sheet was taken as", () => {
  const sheets = [
    sheet("Anteckningar", [["Möte med styrelsen"], ["Inga tal här"]]),
    sheet("Utfall", [
      ["Post", "Period", "Utfall"],
      ["Jobbcentrum", "2024-Q1", 400000],
    ]),
    sheet("Rekv Jobbcentrum", [
      ["Insats", "Period", "Belopp"],
      ["Jobbcentrum", "2024-Q1", 400000],
    ]),
    sheet("Förbrukningskvot 2024-03-31", [["Förbrukningskvot"], ["Period"], ["Skapad 2024-04-02 av Finsam för Excel"]]),
    sheet("Medlemmar", [
      ["Medlem", "Typ"],
      ["Försäkringskassan", "Stat"],
    ]),
  ];
  const result = runPipeline(sheets, { fran: "2024-01-01", till: "2024-03-31", idag: "2024-04-02" });

  it("names base sheets, rekvisition and member sheets and the add-in's own reports; other sheets get null", () => {
    expect(bladOversikt(sheets, result)).toEqual([
      { namn: "Anteckningar", typ: null },
      { namn: "Utfall", typ: "utfall" },
      { namn: "Rekv Jobbcentrum", typ: "rekvisitioner" },
      { namn: "Förbrukningskvot 2024-03-31", typ: "rapport" },
      { namn: "Medlemmar", typ: "medlemmar" },
    ]);
  });

  it("follows the run's mapping: a sheet the user switched off is not used, an alias sheet is named", () => {
    if (!result.mapping) throw new Error("the pipeline returns its mapping");
    const mapping = {
      ...result.mapping,
      sheets: [
        ...result.mapping.sheets.map((m) => (m.sheet === "Medlemmar" ? { ...m, use: false } : m)),
        { ...result.mapping.sheets[0], sheet: "Anteckningar", kind: "alias" as const, use: true },
      ],
    };
    const kinds = Object.fromEntries(bladOversikt(sheets, { ...result, mapping }).map((b) => [b.namn, b.typ]));
    expect(kinds).toMatchObject({ Anteckningar: "alias", Medlemmar: null, Utfall: "utfall", "Förbrukningskvot 2024-03-31": "rapport" });
  });

  it("without a mapping uses the report modules' own finders", () => {
    const kinds = bladOversikt(sheets, { ...result, mapping: undefined }).map((b) => b.typ);
    expect(kinds).toEqual([null, "utfall", "rekvisitioner", "rapport", "medlemmar"]);
  });

  it("lists the report kinds that produced a sheet, without the Valideringsrapport", () => {
    const kinds = reportKindsWithPlans(result);
    expect(kinds).not.toContain("valideringsrapport");
    expect(kinds).toEqual([...new Set(result.plans.map((p) => p.kind))].filter((k) => k !== "valideringsrapport"));
  });
});
