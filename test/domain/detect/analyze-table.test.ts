import { analyzeTable } from "../../../src/domain/detect/analyze-table";
import { sheet } from "./helpers";

describe("analyzeTable", () => {
  it("resolves 'ack 2021' to the sheet's latest period end and swaps an owner column named Insats", () => {
    const a = analyzeTable(
      sheet("P", [
        ["Insats", null, "Q1 - Q2 2021", null, "ack 2021", null],
        [null, null, "Utfall TSEK", "Budget TSEK", "Utfall TSEK", "Budget TSEK"],
        ["Enköping , AF", "Jobbcentrum-Ung Rehab", "900", "1 000", "900", "2 020"],
        ["Uppsala", "Lokussamordnare", "150", "180", "150", "360"],
        ["Uppsala", "Digital plattform för stöd", "300", "600", "300", "1 317"],
        ["Region Uppsala", "REKO", "100", "150", "100", "308"],
      ]),
    )!;
    const by = Object.fromEntries(a.columns.map((c) => [c.column, c]));
    expect(by.A.role).toBe("agare");
    expect(by.B.role).toBe("post");
    expect(by.E.period?.label).toBe("2021-H1");
    expect(by.F.period?.label).toBe("2021-H1");
  });

  it("a Belopp column on a sheet whose name says Budget is the budget (the name says what the weak word does not)", () => {
    const budget = analyzeTable(
      sheet("Budget 2021", [
        ["Insats", "Belopp tkr"],
        ["Bryggan", "1 627"],
        ["REKO", "308"],
      ]),
    )!;
    expect(budget.columns.map((c) => [c.role, c.measure, c.year])).toEqual([
      ["post", undefined, undefined],
      ["belopp", "budget", 2021],
    ]);
    const utfall = analyzeTable(
      sheet("Utfall 2021", [
        ["Insats", "Belopp tkr"],
        ["Bryggan", "1 617"],
        ["REKO", "308"],
      ]),
    )!;
    expect(utfall.columns[1].measure).toBe("utfall");
  });

  it("a bare Budget beside utfall to a date in the title is the period's budget when the year reading would put every kvot far above 100 %", () => {
    const rows = (factor: number) => [
      ["Driftsredovisning 2024-06-30 (tkr)"],
      ["Post", "Budget", "Utfall"],
      ["Jobbcentrum", String(1326 * factor), "955"],
      ["Framsteget", String(1940 * factor), "1804"],
      ["Bryggan", String(930 * factor), "871"],
      ["Ung Framtid", String(2171 * factor), "1993"],
    ];
    const period = analyzeTable(sheet("Drift", rows(1)))!.columns.find((c) => c.measure === "budget")!;
    expect(period.period).toMatchObject({ from: "2024-01-01", to: "2024-06-30" });
    expect(period.year).toBeUndefined();
    // The year's budget (twice as large): kvoter 72–94 % on the year reading, so it stays the year's.
    const year = analyzeTable(sheet("Drift", rows(2)))!.columns.find((c) => c.measure === "budget")!;
    expect(year).toMatchObject({ year: 2024 });
    expect(year.period).toBeUndefined();
  });

  it("a post column of account numbers (Konto) before a text column of names (Insats): the names are the posts", () => {
    const a = analyzeTable(
      sheet("U", [
        ["Konto", "Insats", "Budget 2016", "Utfall jan-aug 2016"],
        [6510, "Individsamverkansteam", "5 200", "3 384"],
        [6511, "Steget vidare", "3 400", "2 306"],
        [6512, "Aktivitetscentrum", "1 800", "1 152"],
      ]),
    )!;
    expect(a.columns.filter((c) => c.role !== "belopp").map((c) => [c.column, c.role])).toEqual([["B", "post"]]);
  });

  it("'Utfall ack' on a sheet named 'Uppföljning per juni 2024' runs to the end of June, not to year end", () => {
    const a = analyzeTable(
      sheet("Uppföljning per juni 2024", [
        ["Insats", "Budget helår tkr", "Utfall ack tkr"],
        ["Jobbcentrum", "2 652", "955"],
        ["Bryggan", "1 860", "871"],
      ]),
    )!;
    const by = Object.fromEntries(a.columns.map((c) => [c.column, c]));
    expect(by.C.period).toMatchObject({ from: "2024-01-01", to: "2024-06-30" });
    expect(by.B).toMatchObject({ year: 2024 });
  });

  it("a column headed only by a period takes the measure the title names", () => {
    const a = analyzeTable(sheet("Utfall per kvartal", [["Utfall per kvartal 2024 (kr)"], ["Post", "Q1 2024", "Q2 2024"], ["A", 1, 2]]))!;
    expect(a.columns.map((c) => [c.role, c.measure, c.period?.label, c.factor])).toEqual([
      ["post", undefined, undefined, undefined],
      ["belopp", "utfall", "2024-Q1", 1],
      ["belopp", "utfall", "2024-Q2", 1],
    ]);
  });
});
