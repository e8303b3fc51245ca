import { classifyRow, isSumLabel } from "../../../src/domain/text/rows";

describe("classifyRow", () => {
  it("tells blank, group, sum and data rows apart", () => {
    expect(classifyRow([null, "", "  "], 0)).toBe("blank");
    expect(classifyRow(["Individinsatser", null, null], 0)).toBe("group");
    expect(classifyRow(["Avslutade insatser under Q1-Q2", null], 0)).toBe("group");
    expect(classifyRow([null, "Kostnader", "se not"], 0)).toBe("group");
    expect(classifyRow(["Summa samverkansinsatser", -10329, -9628], 0)).toBe("sum");
    expect(classifyRow(["S: a Arbete", 54, 78], 0)).toBe("sum");
    expect(classifyRow(["S:A INTÄKTER", "24 100"], 0)).toBe("sum");
    expect(classifyRow(["Totalt 2024-06-30", -1480], 0)).toBe("sum");
    expect(classifyRow(["Summa:", 99], 0)).toBe("sum");
    expect(classifyRow(["Jobbcentrum", "2024-Q1", 955], 0)).toBe("data");
    expect(classifyRow(["Jobbcentrum", "Kostnad", "?", "?"], 0)).toBe("data");
    expect(classifyRow(["Jobbcentrum", "Individ", "Enköping", "2022-01-01", "2024-12-31"], 0)).toBe("data");
    expect(classifyRow(["2 652"], 0)).toBe("data");
  });
  it("reads a pivot table's grand total as a sum and a filter row of (Alla) as no data", () => {
    expect(classifyRow(["Totalsumma", 14000000, 9287000], 0)).toBe("sum");
    expect(classifyRow(["Grand Total", 14000000, 9287000], 0)).toBe("sum");
    expect(classifyRow(["Slutsumma", 1], 0)).toBe("sum");
    expect(classifyRow(["(Alla)", "(Alla)", "(Alla)", "(Alla)"], 0)).toBe("blank");
    expect(classifyRow(["(All)", null, "(All)"], 0)).toBe("blank");
    expect(classifyRow(["(Alla)", "1 800", "(Alla)"], 0)).toBe("data");
  });
  it("does not mistake words that merely start like a sum label", () => {
    expect(isSumLabel("Totalförsvaret")).toBe(false);
    expect(isSumLabel("Summering")).toBe(false);
    expect(classifyRow(["Totalförsvaret", 12], 0)).toBe("data");
  });
});
