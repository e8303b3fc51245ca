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

  it("a column headed only by a period takes the measure the title names", () => {
    const a = analyzeTable(sheet("Utfall per kvartal", [["Utfall per kvartal 2024 (kr)"], ["Post", "Q1 2024", "Q2 2024"], ["A", 1, 2]]))!;
    expect(a.columns.map((c) => [c.role, c.measure, c.period?.label, c.factor])).toEqual([
      ["post", undefined, undefined, undefined],
      ["belopp", "utfall", "2024-Q1", 1],
      ["belopp", "utfall", "2024-Q2", 1],
    ]);
  });
});
