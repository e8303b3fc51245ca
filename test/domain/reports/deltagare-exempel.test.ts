import type { CellValue, RawSheet } from "../../../src/domain/model/raw";
import type { Insats, ParsedWorkbook } from "../../../src/domain/model/records";
import { isoToSerial } from "../../../src/domain/text/sv-date";
import { deltagareModule } from "../../../src/domain/reports/deltagare";
import { INSATSER_2024 } from "../../fixtures/exempel/bas";
import { deltagareSheets } from "../../fixtures/exempel/deltagare";
import type { FixtureSheet } from "../../fixtures/exempel/sheet-spec";

/** A FixtureSheet as the RawSheet a host would read from the written .xlsx (title, blank row, header, rows). */
function raw(f: FixtureSheet): RawSheet {
  const cell = (c: FixtureSheet["rows"][number][number]): CellValue =>
    c !== null && typeof c === "object" ? ("date" in c ? isoToSerial(c.date) : c.result) : c;
  return { name: f.name, origin: { row: 0, col: 0 }, values: [[f.title], [], f.header, ...f.rows.map((r) => r.map(cell))] };
}

const insatser: Insats[] = INSATSER_2024.map((i) => ({
  insats: i.insats,
  namn: i.namn,
  typ: i.typ === "Individ" ? "individ" : i.typ === "Struktur" ? "struktur" : "forstudie",
  agare: i.agare,
  start: i.start,
  slut: i.slut,
  budgetPerAr: {},
  source: { sheet: "Insatser", cell: "A4" },
}));
const base: ParsedWorkbook = { insatser, budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: { insatser: "Insatser" } };
const run = (mistakes: boolean) =>
  deltagareModule.run({
    sheets: [raw(deltagareSheets({ mistakes })[0])],
    base,
    options: { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" },
  });

describe("example workbook sheet Deltagare (Uppsala 2024 individinsatser)", () => {
  it("without mistakes: 300 rows, no issue, every individinsats in the report", () => {
    const out = run(false);
    expect(out?.issues).toEqual([]);
    const u = out?.result as { raknade: number; utfall: { rader: { insats: string }[]; totalt: { inregistrerade: { s: number } } } };
    expect(u.raknade).toBe(300);
    expect(u.utfall.rader.map((r) => r.insats)).toEqual(INSATSER_2024.filter((i) => i.typ === "Individ").map((i) => i.insats));
    expect(u.utfall.totalt.inregistrerade.s).toBeGreaterThan(100);
  });

  it("with mistakes: exactly the four planted findings", () => {
    const out = run(true);
    expect(out?.issues.map((i) => i.code).sort()).toEqual([
      "DELT_AVSLUTSORSAK_SAKNAS",
      "DELT_OKANT_VARDE",
      "DELT_PERSONNUMMER",
      "DELT_UTSKRIVEN_FORE_INSKRIVEN",
    ]);
    expect(out?.issues.find((i) => i.code === "DELT_OKANT_VARDE")?.message).toContain('Menade du "Gymnasium"?');
    expect(JSON.stringify(out)).not.toContain("19121212");
  });
});
