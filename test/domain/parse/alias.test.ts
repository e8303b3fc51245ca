import {
  aliasIndex,
  insatsNameResolver,
  mergeAliases,
  parseAliasSheet,
  resolveInsatsName,
  suggestAlias,
  workbookAliases,
} from "../../../src/domain/parse/alias";
import type { Issue } from "../../../src/domain/issues/issue";
import { sheet } from "../detect/helpers";

describe("alias", () => {
  const insatser = ["Individsamverkansteam", "Lokussamordnare Uppsala", "Lokussamordnare Älvkarleby"];

  it("reads an Alias sheet with or without header and reports half rows", () => {
    const issues: Issue[] = [];
    expect(
      parseAliasSheet(
        sheet("Alias", [
          ["Namn", "Insats"],
          ["IST", "Individsamverkansteam"],
          ["Bara namn", null],
        ]),
        issues,
      ),
    ).toEqual([{ namn: "IST", insats: "Individsamverkansteam" }]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["ALIAS_OFULLSTANDIGT", "B3"]]);
    expect(parseAliasSheet(sheet("Alias", [["IST", "Individsamverkansteam"]]), [])).toHaveLength(1);
  });

  it("resolves a spelling, an alias, or a shared name by its owner", () => {
    const issues: Issue[] = [];
    const index = aliasIndex(
      insatser,
      [
        { namn: "Individuella Verkansteamet", insats: "individsamverkansteam" },
        { namn: "X", insats: "Finns inte" },
      ],
      issues,
      { sheet: "Alias", cell: "A1" },
    );
    expect(resolveInsatsName(index, "Individuella Verkansteamet")).toBe("Individsamverkansteam");
    expect(resolveInsatsName(index, "INDIVIDSAMVERKANSTEAM")).toBe("Individsamverkansteam");
    expect(resolveInsatsName(index, "Lokussamordnare", "Älvkarleby kommun")).toBe("Lokussamordnare Älvkarleby");
    expect(resolveInsatsName(index, "Lokussamordnare")).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(["ALIAS_OKAND_INSATS"]);
  });

  it("suggests the closest insats for the three spellings of one source report", () => {
    const index = aliasIndex(insatser, []);
    expect(suggestAlias(index, "Individ -samverkansteam")).toEqual({ namn: "Individ -samverkansteam", insats: "Individsamverkansteam" });
    expect(suggestAlias(index, "Individuella Verkansteamet")?.insats).toBe("Individsamverkansteam");
    expect(suggestAlias(index, "Helt annat")).toBeUndefined();
  });

  it("merges aliases, first spelling wins", () => {
    expect(
      mergeAliases(
        [{ namn: "A", insats: "X" }],
        [
          { namn: " a ", insats: "Y" },
          { namn: "B", insats: "Y" },
        ],
      ),
    ).toEqual([
      { namn: "A", insats: "X" },
      { namn: "B", insats: "Y" },
    ]);
  });

  it("workbookAliases: the mapping's, then the Alias sheets'; insatsNameResolver also knows the Insatsnamn", () => {
    const aliasSheet = sheet("Alias", [
      ["Namn", "Insats"],
      ["Individ -samverkansteam", "Individsamverkansteam"],
    ]);
    const mapping = { version: 1 as const, sheets: [], alias: [{ namn: "IST", insats: "Individsamverkansteam" }] };
    expect(workbookAliases([aliasSheet]).map((a) => a.namn)).toEqual(["Individ -samverkansteam"]);
    expect(workbookAliases([aliasSheet], mapping).map((a) => a.namn)).toEqual(["IST"]);
    const withSheet = {
      ...mapping,
      sheets: [
        {
          version: 1 as const,
          sheet: "Alias",
          kind: "alias" as const,
          confidence: 1,
          use: true,
          headerRow: 1,
          headerRows: 1,
          layout: "lang" as const,
          columns: [],
          fingerprint: { cells: [] },
        },
      ],
    };
    expect(workbookAliases([aliasSheet], withSheet).map((a) => a.namn)).toEqual(["IST", "Individ -samverkansteam"]);
    const ins = {
      typ: "individ" as const,
      agare: "Enköpings kommun",
      start: "2024-01-01",
      slut: "2024-12-31",
      budgetPerAr: {},
      source: { sheet: "Insatser", cell: "A2" },
    };
    const resolve = insatsNameResolver(
      [{ ...ins, insats: "Individsamverkansteam", namn: "Individuellt samverkansteam i Enköping" }],
      workbookAliases([aliasSheet]),
    );
    expect(resolve("Individ -samverkansteam")).toBe("Individsamverkansteam");
    expect(resolve("individuellt samverkansteam i enköping")).toBe("Individsamverkansteam");
    expect(resolve("INDIVIDSAMVERKANSTEAM")).toBe("Individsamverkansteam");
    expect(resolve("Något annat")).toBeUndefined();
  });
});
