import { applySheetDate, sheetDateOf } from "../../../src/domain/detect/sheet-date";
import { detectWorkbook } from "../../../src/domain/detect";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import type { ColumnMapping } from "../../../src/domain/model/mapping";

const col = (column: string, header: string, measure: "utfall" | "budget" | "prognos"): ColumnMapping =>
  ({ column, header, role: "belopp", measure, confidence: 0.9 }) as ColumnMapping;

describe("applySheetDate: the sheet's date for columns without their own period", () => {
  const sd = sheetDateOf(["Delårsrapport jan-aug 2016, belopp i tkr"]);

  it("reads the date from 'jan-aug 2016'", () => {
    expect(sd).toEqual({ year: 2016, date: "2016-08-31" });
  });

  // Mölndal 2016: "Aktuell budget jan-aug | … | Aktuell Budget Helår" — the second is the year's budget, not year to date.
  it.each(["Aktuell Budget Helår", "Aktuell årsbudget", "Aktuell helårsbudget", "Aktuell budget FY"])(
    "%s is the year's budget",
    (header) => {
      const c = col("E", header, "budget");
      applySheetDate([c], sd);
      expect(c.period).toBeUndefined();
      const m = detectWorkbook([
        rawSheet("Områden", [
          ["Delårsrapport 2016-08-31, belopp i tkr"],
          [],
          ["Område", "Utfall jan-aug", "Aktuell budget jan-aug", header],
          ["Steget vidare", "-2 306", "-2 400", "-3 600"],
          ["Unga till arbete", "-1 488", "-1 500", "-2 250"],
        ]),
      ]);
      const year = m.sheets[0].columns.find((x) => x.header === header);
      expect(year).toMatchObject({ measure: "budget", year: 2016 });
      expect(year?.period).toBeUndefined();
    },
  );

  it.each(["Ack budget", "Aktuell budget", "Budget YTD"])("%s is budget year to date", (header) => {
    const c = col("C", header, "budget");
    applySheetDate([c], sd);
    expect(c.period).toMatchObject({ from: "2016-01-01", to: "2016-08-31" });
  });

  // A pivot table's report filters: "År | 2016" (a number cell) and "Period | jan-aug" on separate rows.
  it("combines a yearless month range with a year written elsewhere in the title rows (also as a number cell)", () => {
    expect(sheetDateOf(["År", 2016, "Period", "jan-aug"])).toEqual({ year: 2016, date: "2016-08-31" });
    expect(sheetDateOf(["Uppföljning januari–juni", "Räkenskapsår 2024"])).toEqual({ year: 2024, date: "2024-06-30" });
    expect(sheetDateOf(["Antal", 2016])).toEqual({ year: 2016 });
    expect(sheetDateOf(["Antal deltagare", 12])).toBeUndefined();
  });

  it("takes the end of a date range in the title ('Period: 2021-01-01 – 2021-12-31')", () => {
    expect(sheetDateOf(["Period: 2021-01-01 – 2021-12-31"])).toEqual({ year: 2021, date: "2021-12-31" });
    expect(sheetDateOf(["Utfall 2024-01-01--2024-06-30"])).toEqual({ year: 2024, date: "2024-06-30" });
  });

  it("reads a date cell (Excel serial) after a label such as Rapportdatum or Per", () => {
    expect(sheetDateOf(["Rapportdatum", 42613, "Belopp i tkr"])).toEqual({ year: 2016, date: "2016-08-31" });
    expect(sheetDateOf(["Per", 45473])).toEqual({ year: 2024, date: "2024-06-30" });
    expect(sheetDateOf(["Antal", 42613])).toBeUndefined();
  });

  it("utfall without its own period is year to date", () => {
    const c = col("B", "Ack utfall", "utfall");
    applySheetDate([c], sd);
    expect(c.period).toMatchObject({ from: "2016-01-01", to: "2016-08-31" });
  });
});
