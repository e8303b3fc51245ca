import * as fs from "fs";
import * as path from "path";
import { parseSelection } from "../../src/demo/DemoApp";
import { sessionFromSheets, snapshotSheets } from "../../src/demo/session";
import { csvToSimSheets, readWorkbookXlsx, sheetsToXlsx, xlsxToSimSheets, type SimSheetData } from "../../src/xlsx";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");

let example: SimSheetData[];
beforeAll(async () => {
  example = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
});

describe("demo session", () => {
  it("opens an .xlsx on the simulated Excel with services that remember choices in it", async () => {
    let selected = 0;
    const session = sessionFromSheets(structuredClone(example), "Exempel", {
      initialTill: "2024-06-30",
      onSelected: () => selected++,
    });
    expect([...session.initialSheets]).toEqual(expect.arrayContaining(["Insatser", "Budget", "Utfall", "Deltagare"]));
    expect(await session.services.selectIssueCell("Utfall", "C46")).toEqual({ ok: true });
    expect(selected).toBe(1);
    expect(session.sim.snapshot().selection).toBe("Utfall!C46");
    const val = { period: { typ: "helar" as const, ar: 2024 }, avvalda: [], publicering: null };
    expect(await session.services.saveChoices(val)).toBe(true);
    expect(await session.services.readChoices()).toEqual(val);
  });

  it("downloads the simulated workbook as .xlsx with the sheets it holds", async () => {
    const session = sessionFromSheets(structuredClone(example), "Exempel");
    expect(await session.services.writeReports({ fran: "2024-01-01", till: "2024-06-30", reports: ["bidrag"] })).toMatchObject({
      ok: true,
    });
    const out = await sheetsToXlsx(snapshotSheets(session.sim.snapshot()));
    const names = (await readWorkbookXlsx(Buffer.from(out), { includeOwnOutput: true })).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Insatser", "Utfall", "Medlemmar", "Bidrag 2024", "Valideringsrapport"]));
  });

  it("opens a Swedish Excel CSV file (Windows-1252, semicolon) as one sheet and writes the Uppföljning from it", async () => {
    const csv = [
      "Deltagarnr;Insats;Kön;Inskriven;Utskriven;Avslutningsorsak",
      "1;Växtverket;Kvinna;5/3 2024;;",
      "2;Växtverket;Man;2024-02-01;2024-05-31;Studier",
    ].join("\r\n");
    const bytes = Uint8Array.from(Buffer.from(csv, "latin1"));
    const sheets = csvToSimSheets(bytes, "Deltagare Växtverket.csv");
    expect(sheets.map((s) => s.name)).toEqual(["Deltagare Växtverket"]);
    const session = sessionFromSheets(sheets, "Öppnad: Deltagare Växtverket.csv");
    expect(await session.services.writeReports({ fran: "2024-01-01", till: "2024-06-30", reports: ["deltagare"] })).toMatchObject({
      ok: true,
    });
    expect(session.sim.snapshot().sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Deltagare Växtverket", "Uppföljning deltagare 2024-H1"]),
    );
  });

  it("parses the simulator's selection address", () => {
    expect(parseSelection("Utfall!C46")).toEqual({ sheet: "Utfall", cell: { row: 45, col: 2 } });
    expect(parseSelection("'Rekv Bryggan Q1'!A3:B12")).toEqual({ sheet: "Rekv Bryggan Q1", cell: { row: 2, col: 0 } });
    expect(parseSelection(null)).toBeNull();
  });
});
