import { checkUnknownPosts } from "../../../src/domain/validate/unknown-post";
import { insats, utfall, workbook } from "./base-fixture";

describe("checkUnknownPosts", () => {
  const base = workbook({
    insatser: [insats("Jobbcentrum", 2, { namn: "Jobbcentrum – Din väg framåt" }), insats("Framsteget", 3)],
    budget: [{ post: "Förvaltning", kategori: "kostnad", ar: 2024, budget: 3822000, source: { sheet: "Budget", cell: "A2" } }],
  });

  it("reports OKAND_POST at the post cell: fel with the closest name, varning when nothing is close", () => {
    base.utfall = [
      utfall("Jobbcentrum", 2, "2024-01-01", "2024-06-30", "2024-H1"),
      utfall("Jobbcentrum – din väg framåt", 3, "2024-01-01", "2024-06-30", "2024-H1"),
      utfall("Framstegt", 4, "2024-01-01", "2024-06-30", "2024-H1"),
      utfall("förvaltning", 5, "2024-01-01", "2024-06-30", "2024-H1"),
      utfall("Kaffeautomat", 6, "2024-01-01", "2024-06-30", "2024-H1"),
    ];
    const issues = checkUnknownPosts(base);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["fel", "OKAND_POST", "Utfall", "A4"],
      ["varning", "OKAND_POST", "Utfall", "A6"],
    ]);
    expect(issues[0].message).toContain("Menade du 'Framsteget'?");
    expect(issues[1].message).not.toContain("Menade du");
  });

  it("reports a post written on several rows once, at its first cell, with the row count", () => {
    base.utfall = [
      utfall("Övriga intäkter", 8, "2024-01-01", "2024-03-31", "2024-Q1"),
      utfall("Övriga intäkter", 9, "2024-04-01", "2024-06-30", "2024-Q2"),
    ];
    const issues = checkUnknownPosts(base);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([["varning", "OKAND_POST", "A8"]]);
    expect(issues[0].message).toContain("(2 rader)");
  });

  it("says nothing when there are neither insatser nor budget posts to compare with", () => {
    expect(checkUnknownPosts(workbook({ utfall: [utfall("X", 2, "2024-01-01", "2024-03-31", "2024-Q1")] }))).toEqual([]);
  });
});
