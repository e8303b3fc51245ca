import { cellAddress, locateTable, normalizeHeader, type ColumnSpec } from "../../../src/domain/text/header";
import { columnUnitFactor } from "../../../src/domain/text/units";
import { sheet } from "../parse/sheet-helper";

const specs: ColumnSpec[] = [
  { key: "post", synonyms: ["Post", "Insats"], required: true },
  { key: "period", synonyms: ["Period"], required: true },
  { key: "utfall", synonyms: ["Utfall"], required: true },
  { key: "kostnadsslag", synonyms: ["Kostnadsslag"], prefix: true },
];

describe("normalizeHeader", () => {
  it("ignores case, spacing, punctuation and diacritics", () => {
    expect(normalizeHeader("Insatsägare*")).toBe("insatsagare");
    expect(normalizeHeader(" Huvud-projektägare ")).toBe("huvudprojektagare");
    expect(normalizeHeader("Utfall (TSEK)")).toBe("utfalltsek");
    expect(normalizeHeader("Inställningar")).toBe("installningar");
    expect(normalizeHeader(2024)).toBe("2024");
    expect(normalizeHeader(null)).toBe("");
  });
});

describe("locateTable", () => {
  it("finds a header row under title rows and matches synonyms with units", () => {
    const s = sheet("Utfall", [
      ["Utfall per insats"],
      ["belopp i tkr"],
      [],
      ["Insats", "Period", "Utfall TSEK", "Kostnadsslag (Personal/Lokal/Övrigt)"],
      ["Jobbcentrum", "2024-Q1", 500, "Personal"],
    ]);
    const t = locateTable(s, specs);
    expect(t).not.toBeNull();
    expect(t!.headerRow).toBe(3);
    expect(t!.columns).toEqual({ post: 0, period: 1, utfall: 2, kostnadsslag: 3 });
    expect(t!.missing).toEqual([]);
    expect(columnUnitFactor(s, 3, 2)).toBe(1000);
  });
  it("lists missing required columns and respects the origin for addresses", () => {
    const s = sheet("Utfall", [["Titel"], ["Post", "Belopp", "Utfall kr"]], { row: 2, col: 1 });
    const t = locateTable(s, specs)!;
    expect(t.headerRow).toBe(1);
    expect(t.missing.map((m) => m.key)).toEqual(["period"]);
    expect(cellAddress(s, t.headerRow, 0)).toBe("B4");
    expect(columnUnitFactor(s, 1, 2)).toBe(1);
  });
  it("returns null when no row looks like the header", () => {
    expect(
      locateTable(
        sheet("X", [
          ["a", "b"],
          [1, 2],
        ]),
        specs,
      ),
    ).toBeNull();
  });
  it("does not let a prefix steal an exactly named column", () => {
    const t = locateTable(sheet("I", [["Insatsnamn", "Insats", "Period", "Utfall"]]), specs)!;
    expect(t.columns.post).toBe(1);
  });
});
