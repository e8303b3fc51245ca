import type { Issue } from "../../../../src/domain/issues/issue";
import { parseBudget } from "../../../../src/domain/parse/base/budget";
import { sheet } from "../sheet-helper";

/** The standard Budget sheet's optional columns Grupp, Version and Period (domain.md §2). */
function parse(rows: (string | number | null)[][]) {
  const issues: Issue[] = [];
  return { ...parseBudget(sheet("Budget", rows), issues), issues };
}

describe("parseBudget: Grupp, Version, Period", () => {
  it("reads Skellefteå's and Mölndal's posts with their explicit groups", () => {
    const { budget, issues } = parse([
      ["Post", "Kategori", "År", "Budget", "Grupp"],
      ["Medlemsbidrag", "Intäkt", 2015, 6_104_000, "Medlemsintäkt"],
      ["Inhyrd och tillfällig personal inkl. ek. adm. avtal", "Kostnad", 2015, 400_000, "Förvaltning"],
      ["Arvoden", "Kostnad", 2016, 600_000, "Förtroendevalda"],
      ["Övriga personalkostnader", "Kostnad", 2016, 900_000, "förvaltning"],
      ["ESF-medel", "Intäkt", 2016, 100_000, "ESF"],
      ["Ränteintäkter", "Intäkt", 2016, 1_000, "Finansiell"],
      ["Ekonom projektstöd", "Kostnad", 2016, 440_000, "Övrig samverkansinsats"],
      ["Insatser", "Kostnad", 2016, 14_000_000, "Samverkansinsatser"],
    ]);
    expect(issues).toEqual([]);
    expect(budget.map((b) => b.grupp)).toEqual([
      "medlemsintakt",
      "forvaltning",
      "fortroendevalda",
      "forvaltning",
      "esf",
      "finansiell",
      "ovrig-samverkansinsats",
      "samverkansinsats",
    ]);
  });

  it("an unknown Grupp is a varning with the alternatives; the row is kept with its group guessed", () => {
    const { budget, issues } = parse([
      ["Post", "Kategori", "År", "Budget", "Grupp"],
      ["Arvoden", "Kostnad", 2016, 600_000, "Styrelsen"],
    ]);
    expect(budget).toHaveLength(1);
    expect(budget[0].grupp).toBeUndefined();
    expect(issues[0]).toMatchObject({ severity: "varning", cell: "E2" });
    expect(issues[0].message).toMatch(/Förtroendevalda/);
  });

  it("Version Beviljad / Reviderad and a Period (RegExPro 2024; Mölndal jan–aug)", () => {
    const { budget, issues } = parse([
      ["Post", "Kategori", "År", "Budget", "Version", "Period"],
      ["RegExPro", "Kostnad", 2024, 1_245_000, "Beviljad", null],
      ["RegExPro", "Kostnad", 2024, 1_346_000, "Reviderad budget", null],
      ["Insatser", "Kostnad", 2016, 9_300_000, null, "jan-aug 2016"],
      ["REKO", "Kostnad", 2021, 600_000, null, "2021-H2"],
    ]);
    expect(issues).toEqual([]);
    expect(budget.map((b) => b.version)).toEqual(["beviljad", "reviderad", undefined, undefined]);
    expect(budget[2].period).toMatchObject({ from: "2016-01-01", to: "2016-08-31" });
    expect(budget[3].period).toMatchObject({ from: "2021-07-01", to: "2021-12-31" });
  });
});
