import { findHeaderRows } from "../../../src/domain/detect/header-rows";
import { sheet } from "./helpers";

describe("findHeaderRows", () => {
  it("finds a header below title rows and a period row above it, spread over the columns it spans", () => {
    const s = sheet("T", [
      ["Tabell 4. Utfall och Budget"],
      [],
      ["Insats", null, "Q1 - Q2 2024", null, null, "Not"],
      [null, null, "Utfall TSEK", "Budget TSEK", "Förbr kvot", null],
      ["Jobbcentrum", "Enköping", "955", "1 326", "72%", null],
    ]);
    const h = findHeaderRows(s, 2024)!;
    expect(h.row).toBe(3);
    expect(h.extra).toBe(2);
    expect(h.dataStart).toBe(4);
    expect(h.texts.slice(2, 6)).toEqual(["Q1 - Q2 2024 / Utfall TSEK", "Q1 - Q2 2024 / Budget TSEK", "Q1 - Q2 2024 / Förbr kvot", "Not"]);
    expect(h.keys.post).toBe(0);
  });

  it("a title row above a header whose first column is an amount-less code column is not a period row", () => {
    // "Projekt 2014 (tkr)" in A1 over "Nr | Projekt | Budget 2014 | Utfall 2014": a title, not a period spanning every column.
    const s = sheet("P", [["Projekt 2014 (tkr)"], ["Nr", "Projekt", "Budget 2014", "Utfall 2014"], [1, "Unga i arbete", "1 800", "1 640"]]);
    const h = findHeaderRows(s, 2014)!;
    expect([h.row, h.extra, h.dataStart]).toEqual([1, undefined, 2]);
    expect(h.texts).toEqual(["Nr", "Projekt", "Budget 2014", "Utfall 2014"]);
  });

  it("takes the lower row as the field row when the upper one, with key and kvot words, is its period row", () => {
    // Tabell 4 reordered: "Insats | Kommun | Förbr kvot | Q1 - Q2 2024" over "Utfall TSEK | Budget TSEK".
    const s = sheet("T", [
      ["Insats", "Kommun", "Förbr kvot", "Q1 - Q2 2024", null],
      [null, null, null, "Utfall TSEK", "Budget TSEK"],
      ["Jobbcentrum", "Enköping", "72%", "955", "1 326"],
    ]);
    const h = findHeaderRows(s, 2024)!;
    expect([h.row, h.extra, h.dataStart]).toEqual([1, 0, 2]);
    expect(h.texts.slice(3)).toEqual(["Q1 - Q2 2024 / Utfall TSEK", "Q1 - Q2 2024 / Budget TSEK"]);
    expect(h.keys.post).toBe(0);
  });

  it("finds a period row below the field row (driftsredovisning: Budget over 2024-06-30)", () => {
    const s = sheet("D", [
      ["Driftsredovisning (belopp i TSEK)"],
      [null, "Budget", "Utfall", "Diff mot budget"],
      [null, "2024-06-30", "2024-06-30", "2024-06-30"],
      ["Medlemsavgifter", "11 661", "11 661", "0"],
    ]);
    const h = findHeaderRows(s, 2024)!;
    expect([h.row, h.extra, h.dataStart]).toEqual([1, 2, 3]);
    expect(h.texts[1]).toBe("Budget / 2024-06-30");
  });

  it("a header of periods only counts when it has two or more; no header in a sheet of numbers", () => {
    expect(
      findHeaderRows(
        sheet("K", [
          ["Post", "Q1 2024", "Q2 2024"],
          ["Förvaltning", 1, 2],
        ]),
        2024,
      )?.row,
    ).toBe(0);
    expect(
      findHeaderRows(
        sheet("N", [
          [1, 2, 3],
          [4, 5, 6],
        ]),
        undefined,
      ),
    ).toBeNull();
  });
});
