import { detectWorkbook } from "../../../../src/domain/detect/detect-workbook";
import { heldToTemplate, missingBaseColumns } from "../../../../src/domain/parse/mapped/required-columns";
import type { Issue } from "../../../../src/domain/issues/issue";
import { parseBase } from "../../../../src/domain/parse/base/parse-base";
import { sheet } from "../../detect/helpers";

const insatser = () =>
  sheet("Insatser", [
    ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (tkr)"],
    ["Jobbcentrum", "Individ", "Enköpings kommun", "2022-01-01", "2024-12-31", 2652],
  ]);
const utfall = () =>
  sheet("Utfall", [
    ["Post", "Period", "Utfall (tkr)"],
    ["Jobbcentrum", "2024-H1", 955],
  ]);
const budget = () =>
  sheet("Budget", [
    ["Post", "Kategori", "År", "Budget (tkr)"],
    ["Förvaltning", "Kostnad", 2024, 3822],
  ]);
const key = (i: Issue) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`;

function parse(...sheets: ReturnType<typeof sheet>[]) {
  return parseBase(sheets, detectWorkbook(sheets));
}

describe("required columns of base sheets read through the mapping", () => {
  it("a Budget sheet in long layout without År: SAKNAD_KOLUMN at the header's first cell, no row read, no SAKNAT_BLAD", () => {
    const r = parse(
      insatser(),
      sheet("Budget", [
        ["Post", "Kategori", "Budget (tkr)"],
        ["Förvaltning", "Kostnad", 3822],
      ]),
      utfall(),
    );
    expect(r.issues.filter((i) => i.code === "SAKNAD_KOLUMN").map(key)).toEqual(["fel SAKNAD_KOLUMN Budget!A1"]);
    expect(r.issues.find((i) => i.code === "SAKNAD_KOLUMN")?.message).toContain('"År"');
    expect(r.base.budget).toEqual([]);
    expect(r.base.sourceSheets.budget).toBe("Budget");
    expect(r.issues.map((i) => i.code)).not.toContain("SAKNAT_BLAD");
  });

  it("…but a Budget sheet whose name states the year is read for that year", () => {
    const r = parse(
      insatser(),
      sheet("Budget 2024", [
        ["Post", "Kategori", "Budget (tkr)"],
        ["Förvaltning", "Kostnad", 3822],
      ]),
      utfall(),
    );
    expect(r.issues.map((i) => i.code)).not.toContain("SAKNAD_KOLUMN");
    expect(r.base.budget.map((b) => [b.post, b.ar, b.budget])).toEqual([["Förvaltning", 2024, 3_822_000]]);
  });

  it("an Utfall sheet without an amount column: SAKNAD_KOLUMN at the header's first cell (header on row 3), not 'the sheet is missing'", () => {
    const r = parse(
      insatser(),
      budget(),
      sheet("Utfall", [["Utfall 2024"], [], ["Post", "Period", "Kommentar"], ["Jobbcentrum", "2024-H1", "klart"]]),
    );
    expect(r.issues.filter((i) => i.code === "SAKNAD_KOLUMN").map(key)).toEqual(["fel SAKNAD_KOLUMN Utfall!A3"]);
    expect(r.issues.map((i) => i.code)).not.toContain("SAKNAT_BLAD");
    expect(r.base.sourceSheets.utfall).toBe("Utfall");
  });

  it("an Insatser sheet without Typ and Insatsägare whose layout gives both says where they come from (info) and is read", () => {
    const list = sheet("Insatser", [
      ["Tabell 1. Insatser"],
      [],
      ["Individinsatser", "Start", "Till och med"],
      ["Enköping, Jobbcentrum", "2022-01-01", "2024-12-31"],
      ["Strukturinsatser", null, null],
      ["Uppsala, Lokussamordnare", "2020-01-01", "2024-12-31"],
    ]);
    const r = parse(list, utfall());
    expect(r.issues.filter((i) => i.code === "SAKNAD_KOLUMN").map(key)).toEqual([
      "info SAKNAD_KOLUMN Insatser!A3",
      "info SAKNAD_KOLUMN Insatser!A3",
    ]);
    expect(r.base.insatser.map((i) => [i.insats, i.typ, i.agare])).toEqual([
      ["Jobbcentrum", "individ", "Enköping"],
      ["Lokussamordnare", "struktur", "Uppsala"],
    ]);
  });

  it("an Insatser sheet without Typ and no group headings: typ assumed (TYP_ANTAGEN), not a second issue", () => {
    const r = parse(
      sheet("Insatser", [
        ["Insats", "Insatsägare", "Start", "Slut"],
        ["Jobbcentrum", "Enköpings kommun", "2022-01-01", "2024-12-31"],
      ]),
      utfall(),
    );
    expect(r.issues.map(key)).toContain("info TYP_ANTAGEN Insatser!A2");
    expect(r.issues.map((i) => i.code)).not.toContain("SAKNAD_KOLUMN");
    expect(r.base.insatser.map((i) => i.typ)).toEqual(["individ"]);
  });

  it("a sheet named Budget without Kategori: varning when the kategori is guessed from the post names", () => {
    const r = parse(
      insatser(),
      sheet("Budget", [
        ["Post", "År", "Budget (tkr)"],
        ["Medlemsavgifter", 2024, 23322],
        ["Förvaltning", 2024, 3822],
      ]),
      utfall(),
    );
    expect(r.issues.filter((i) => i.code === "SAKNAD_KOLUMN").map(key)).toEqual(["varning SAKNAD_KOLUMN Budget!A1"]);
    expect(r.base.budget.map((b) => [b.post, b.kategori])).toEqual([
      ["Medlemsavgifter", "intakt"],
      ["Förvaltning", "kostnad"],
    ]);
  });

  it("missingBaseColumns and heldToTemplate on mappings", () => {
    const m = detectWorkbook([insatser(), budget(), utfall()]);
    for (const s of m.sheets) expect(missingBaseColumns(s)).toEqual([]);
    expect(m.sheets.every(heldToTemplate)).toBe(true);
    const other = detectWorkbook([
      sheet("Tabell 4", [
        ["Insats", "Utfall 2024-H1 (tkr)"],
        ["Jobbcentrum", 955],
      ]),
    ]).sheets[0];
    expect(other.kind).toBe("utfall");
    expect(heldToTemplate(other)).toBe(false);
    expect(missingBaseColumns({ ...other, columns: other.columns.filter((c) => c.role !== "belopp") }).map((s) => s.key)).toEqual([
      "utfall",
    ]);
  });
});
