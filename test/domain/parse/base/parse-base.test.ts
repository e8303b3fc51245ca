import type { RawSheet } from "../../../../src/domain/model/raw";
import { parseBase } from "../../../../src/domain/parse/base/parse-base";
import { sheet } from "../sheet-helper";

/** A small Uppsala 2024 workbook: Insatser without budget columns, Budget in TSEK, Utfall with negative costs. */
function uppsala(): RawSheet[] {
  return [
    sheet("Instruktioner", [["Fyll i bladen nedan"]]),
    sheet("Insatser", [
      ["Insats", "Insatsnamn", "Typ", "Insatsägare", "Start", "Slut"],
      ["Jobbcentrum", "Jobbcentrum – Din väg framåt", "Individ", "Enköpings kommun", "2022-01-01", "2024-12-31"],
      ["Framsteget", "Framsteget 2.0", "Individ", "Håbo kommun", "2022-01-01", "2024-12-31"],
      ["Lokussamordnare", null, "Struktur", "Uppsala kommun", "2020-01-01", "2024-12-31"],
    ]),
    sheet("Budget", [
      ["Budget (TSEK)"],
      ["Post", "Kategori", "År", "Budget"],
      ["Medlemsavgifter", "Intäkt", 2024, "23 322"],
      ["Jobbcentrum – Din väg framåt", "Kostnad", 2024, "2 652"],
      ["Framsteget", "Kostnad", 2024, "3 880"],
      ["Lokussamordnare", "Kostnad", 2024, 360],
    ]),
    sheet("UTFALL", [
      ["Post", "Period", "Utfall TSEK"],
      ["Medlemsavgifter", "2024-H1", "11 661"],
      ["jobbcentrum", "Q1 - Q2 2024", "-955"],
      ["Framsteget 2.0", "2024-H1", "−1 804"],
      ["Lokussamordnare", "2024-H1", -199],
    ]),
    sheet("Inställningar", [["Förbund", "Samordningsförbundet Uppsala län"]]),
  ];
}

describe("parseBase", () => {
  it("parses the base sheets, links posts to insatser and fills budgetPerAr from the Budget sheet", () => {
    const { base, issues } = parseBase(uppsala());
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([["info", "NEGATIVA_KOSTNADER", "UTFALL", "C1"]]);
    expect(base.sourceSheets).toEqual({ insatser: "Insatser", budget: "Budget", utfall: "UTFALL", installningar: "Inställningar" });
    expect(base.insatser.map((i) => [i.insats, i.budgetPerAr])).toEqual([
      ["Jobbcentrum", { 2024: 2652000 }],
      ["Framsteget", { 2024: 3880000 }],
      ["Lokussamordnare", { 2024: 360000 }],
    ]);
    expect(base.budget.map((b) => b.post)).toEqual(["Medlemsavgifter", "Jobbcentrum", "Framsteget", "Lokussamordnare"]);
    expect(base.utfall.map((u) => [u.post, u.period.label, u.utfall])).toEqual([
      ["Medlemsavgifter", "2024-H1", 11661000],
      ["Jobbcentrum", "2024-H1", 955000],
      ["Framsteget", "2024-H1", 1804000],
      ["Lokussamordnare", "2024-H1", 199000],
    ]);
    expect(base.installningar.forbund).toBe("Samordningsförbundet Uppsala län");
  });

  it("finds base sheets by their headers when the names differ, but not the add-in's own output", () => {
    const { base, issues } = parseBase([
      sheet("Förbrukningskvot 2024-06-30", [
        ["Post", "Period", "Utfall"],
        ["X", "2024-H1", 1],
      ]),
      sheet("Blad1", [
        ["Titel"],
        [],
        [],
        ["Kortnamn", "Typ", "Ägare", "Startdatum", "Slutdatum"],
        ["Jobbcentrum", "Individ", "Enköping", "2022-01-01", "2024-12-31"],
      ]),
      sheet("Blad2", [
        ["Post", "Period", "Utfall tkr"],
        ["Jobbcentrum", "2024-Q1", 500],
      ]),
    ]);
    expect(base.sourceSheets).toEqual({ insatser: "Blad1", utfall: "Blad2" });
    expect(base.insatser[0].source.cell).toBe("A5");
    expect(base.utfall.map((u) => u.utfall)).toEqual([500000]);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([["varning", "SAKNAT_BLAD", "", ""]]);
    expect(issues[0].message).toContain('"Budget"');
  });

  it("reports SAKNAT_BLAD for each missing base sheet, or one info when there is none at all", () => {
    const some = parseBase([
      sheet("Budget", [
        ["Post", "Kategori", "År", "Budget"],
        ["Styrelse", "Kostnad", 2024, 1],
      ]),
    ]);
    expect(some.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["varning", "SAKNAT_BLAD", "", ""],
      ["varning", "SAKNAT_BLAD", "", ""],
    ]);
    expect(some.issues.map((i) => i.message.match(/"(\w+)"/)?.[1])).toEqual(["Insatser", "Utfall"]);
    const none = parseBase([sheet("Deltagare", [["Deltagar-ID", "Insats"]])]);
    expect(none.issues).toEqual([expect.objectContaining({ severity: "info", code: "SAKNAT_BLAD", sheet: "", cell: "" })]);
    expect(none.base).toEqual({ insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} });
  });

  it("reports a column missing on a sheet found by name", () => {
    const { issues } = parseBase([
      ...uppsala().filter((s) => s.name !== "UTFALL"),
      sheet("Utfall", [[], ["Post", "Utfall"], ["Jobbcentrum", 1]]),
    ]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SAKNAD_KOLUMN", sheet: "Utfall", cell: "A2" })]);
  });

  it("warns BUDGET_SKILJER when Budget and a Budget ÅÅÅÅ column disagree, and keeps the Insatser figure", () => {
    const sheets = uppsala();
    sheets[1] = sheet("Insatser", [
      ["Insats", "Insatsnamn", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (tkr)"],
      ["Jobbcentrum", "Jobbcentrum – Din väg framåt", "Individ", "Enköping", "2022-01-01", "2024-12-31", "2 600"],
    ]);
    const { base, issues } = parseBase(sheets);
    expect(base.insatser[0].budgetPerAr).toEqual({ 2024: 2600000 });
    expect(issues.filter((i) => i.code === "BUDGET_SKILJER")).toEqual([
      expect.objectContaining({ severity: "varning", sheet: "Budget", cell: "A4" }),
    ]);
  });

  it("respects the sheet origin in every address", () => {
    const s = sheet(
      "Utfall",
      [
        ["Post", "Period", "Utfall"],
        ["Jobbcentrum", "2024-13", 1],
      ],
      { row: 3, col: 2 },
    );
    const { issues } = parseBase([s]);
    expect(issues.find((i) => i.code === "OLASBAR_PERIOD")?.cell).toBe("D5");
  });
});
