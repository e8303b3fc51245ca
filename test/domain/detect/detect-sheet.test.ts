import { detectSheet, detectSheetAs } from "../../../src/domain/detect/detect-sheet";
import { sheet } from "./helpers";

describe("detectSheet", () => {
  it("detects the template sheets by header and name, with full confidence", () => {
    const u = detectSheet(
      sheet("Utfall", [
        ["Post", "Period", "Utfall (tkr)"],
        ["Förvaltning", "2024-Q1", "900"],
      ]),
    );
    expect(u).toMatchObject({ kind: "utfall", confidence: 1, headerRow: 1, layout: "lang" });
    expect(u.columns.map((c) => [c.column, c.role, c.measure, c.factor])).toEqual([
      ["A", "post", undefined, undefined],
      ["B", "period", undefined, undefined],
      ["C", "belopp", "utfall", 1000],
    ]);
    expect(u.fingerprint.cells.map((c) => c.cell)).toEqual(["A1", "B1", "C1"]);
  });

  it("recognises synonyms ignoring case, spacing, punctuation and diacritics (Huvud-projektägare, Insatsägare)", () => {
    const s = detectSheet(
      sheet("Lista", [
        ["INSATS", "Huvud-projektägare", "typ", "start datum", "Slut", "Budget 2024 tkr"],
        ["A", "Heby kommun", "Individ", "2024-01-01", "2024-12-31", 100],
      ]),
    );
    expect(s.kind).toBe("insatser");
    expect(s.columns.find((c) => c.column === "B")?.role).toBe("agare");
    expect(s.columns.find((c) => c.column === "F")).toMatchObject({ measure: "budget", year: 2024, factor: 1000 });
  });

  it("guesses the unit from the size of the amounts when nothing names it, and says so", () => {
    const tkr = detectSheet(
      sheet("Utfall", [
        ["Post", "Period", "Utfall"],
        ["A", "2024-Q1", 955],
        ["B", "2024-Q1", 1326],
      ]),
    );
    expect(tkr.columns[2]).toMatchObject({ factor: 1000, unitSource: "gissad" });
    expect(tkr.notes?.[0]).toContain("tkr");
    const kr = detectSheet(
      sheet("Utfall", [
        ["Post", "Period", "Utfall"],
        ["A", "2024-Q1", 955_000],
        ["B", "2024-Q1", 1_326_000],
      ]),
    );
    expect(kr.columns[2]).toMatchObject({ factor: 1, unitSource: "gissad" });
  });

  it("tells record kinds apart: deltagare, rekvisitioner, medlemmar, alias, inställningar", () => {
    expect(
      detectSheet(
        sheet("X", [
          ["Löpnummer", "Projekt", "Kön", "Startdatum", "Slutdatum"],
          ["D1", "A", "K", "2021-01-01", null],
        ]),
      ).kind,
    ).toBe("deltagare");
    expect(
      detectSheet(
        sheet("X", [
          ["Insats", "Period", "Belopp", "Inkommen"],
          ["A", "2024-Q1", 100, "2024-04-10"],
        ]),
      ).kind,
    ).toBe("rekvisitioner");
    expect(
      detectSheet(
        sheet("X", [
          ["Medlem", "Typ", "Invånare"],
          ["Heby kommun", "Kommun", 14_000],
        ]),
      ).kind,
    ).toBe("medlemmar");
    expect(
      detectSheet(
        sheet("Alias", [
          ["Namn", "Insats"],
          ["Individ -samverkansteam", "Individsamverkansteam"],
        ]),
      ).kind,
    ).toBe("alias");
    expect(
      detectSheet(
        sheet("Inställningar", [
          ["Inställning", "Värde"],
          ["Förbund", "X"],
        ]),
      ).kind,
    ).toBe("installningar");
  });

  it("never reads the add-in's own output, and reads unknown sheets as 'annat'", () => {
    expect(
      detectSheet(
        sheet("Förbrukningskvot 2024-06-30", [
          ["Förbrukningskvot – X"],
          ["Period"],
          ["Skapad 2024-10-24 av Finsam för Excel"],
          [],
          ["Insats", "Utfall"],
        ]),
      ).kind,
    ).toBe("annat");
    expect(detectSheet(sheet("Anteckningar", [["Möte 12/3"], ["Ring Heby"]])).kind).toBe("annat");
  });

  it("lowers the confidence when two kinds score alike", () => {
    const s = detectSheet(
      sheet("X", [
        ["Insats", "Period", "Belopp"],
        ["A", "2024-Q1", 100],
      ]),
    );
    expect(s.confidence).toBeLessThan(0.8);
  });

  it("detectSheetAs gives the columns of a kind the user chose", () => {
    const s = sheet("Export", [
      ["Löpnummer", "Projekt", "Kön", "Startdatum"],
      ["D1", "A", "K", "2021-01-01"],
    ]);
    const m = detectSheetAs(s, "deltagare");
    expect(m).toMatchObject({ kind: "deltagare", corrected: true });
    expect(m.columns.map((c) => c.role)).toEqual(["id", "insats", "kon", "inskriven"]);
  });
});

describe("detectSheet: a sheet whose name states its kind", () => {
  it("is taken as that kind even when its columns do not fit (the parser then names the missing column)", () => {
    const u = detectSheet(
      sheet("Utfall", [
        ["Post", "Period", "Kommentar"],
        ["Förvaltning", "2024-Q1", "klart"],
      ]),
    );
    expect(u).toMatchObject({ kind: "utfall", use: true, headerRow: 1 });
    expect(u.confidence).toBeGreaterThanOrEqual(0.6);
    expect(u.columns.some((c) => c.measure === "utfall")).toBe(false);
    const m = detectSheet(sheet("Medlemmar 2024", [["Anteckning"], ["Listan kommer"]]));
    expect(m).toMatchObject({ kind: "medlemmar", headerRow: 0, columns: [] });
  });

  it("keeps the name's kind over content that says another kind below 0,9, not over content at 0,9 or more", () => {
    const weak = sheet("Rekvisitioner", [
      ["Medlem", "Typ", "Invånare"],
      ["Heby kommun", "Kommun", 14_000],
    ]);
    expect(detectSheet({ ...weak, name: "Lista" }).kind).toBe("medlemmar");
    expect(detectSheet(weak).kind).toBe("rekvisitioner");
    const clear = sheet("Rekvisitioner", [
      ["Medlem", "Typ", "Invånare", "Andel", "Beslutat", "Fakturerat"],
      ["Heby kommun", "Kommun", 14_000, null, 400_000, 200_000],
    ]);
    expect(detectSheet(clear).kind).toBe("medlemmar");
  });

  it("gives way to content that clearly says another kind: utfall columns, a published K/M/S:a table, the add-in's output", () => {
    const both = detectSheet(
      sheet("Budget och utfall", [
        ["Post", "Budget 2024 (tkr)", "Utfall 2024-H1 (tkr)"],
        ["Förvaltning", 3822, 2202],
      ]),
    );
    expect(both.kind).toBe("utfall");
    const published = detectSheet(
      sheet("Deltagare 2021", [
        ["Tabell 6. Utfall för deltagare"],
        ["Individinsatser", "Inregistrerade perioden", null, null],
        [null, "K", "M", "S: a"],
        ["Framsteget", 27, 46, 73],
        ["Jobbcentrum", 29, 33, 62],
      ]),
    );
    expect(published.kind).toBe("uppfoljningstabell");
    expect(
      detectSheet(
        sheet("Utfall 2024-06-30", [
          ["Driftsredovisning – X"],
          ["Period"],
          ["Skapad 2024-10-24 av Finsam för Excel"],
          [],
          ["Post", "Utfall"],
        ]),
      ).kind,
    ).toBe("annat");
  });

  it("takes the year of a bare Budget column from the sheet's name or title when there is no År column", () => {
    const b = detectSheet(
      sheet("Budget 2024", [
        ["Post", "Kategori", "Budget (tkr)"],
        ["Förvaltning", "Kostnad", 3822],
      ]),
    );
    expect(b.columns.find((c) => c.column === "C")).toMatchObject({ measure: "budget", year: 2024 });
    const titled = detectSheet(
      sheet("Budget", [["Budget 2025 (tkr)"], [], ["Post", "Kategori", "Budget"], ["Förvaltning", "Kostnad", 3900]]),
    );
    expect(titled.columns.find((c) => c.column === "C")).toMatchObject({ measure: "budget", year: 2025 });
    const none = detectSheet(
      sheet("Budget", [
        ["Post", "Kategori", "Budget (tkr)"],
        ["Förvaltning", "Kostnad", 3822],
      ]),
    );
    expect(none.columns.find((c) => c.column === "C")?.year).toBeUndefined();
  });
});
