import * as iconv from "iconv-lite";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRapport } from "../../src/cli/run-rapport";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { csvDelimiter, csvSheetName, decodeCsv, readCsv } from "../../src/xlsx/read-csv";
import { readWorkbookFile, readWorkbookXlsx } from "../../src/xlsx/read-workbook";

/** Swedish Excel CSV ("CSV (semikolonavgränsad)"): semicolon, decimal comma, UTF-8 with BOM or Windows-1252. */

const TEXT =
  'Medlem;Typ;Invånare;Andel\r\nFörsäkringskassan;Stat;;\r\n"Region Uppsala";Region;;"25,0 %"\r\nÄlvkarleby kommun;Kommun;9 581;\r\n';

describe("readCsv", () => {
  it("reads UTF-8 with BOM, keeps cells as written (Swedish numbers, leading zeros) and names the sheet after the file", () => {
    const s = readCsv(new Uint8Array(Buffer.from(`\ufeff${TEXT}ID;X\r\n0012;1 234,5\r\n`, "utf8")), "C:\\data\\Medlemmar 2024.csv");
    expect(s.name).toBe("Medlemmar 2024");
    expect(s.values[0]).toEqual(["Medlem", "Typ", "Invånare", "Andel"]);
    expect(s.values[2]).toEqual(["Region Uppsala", "Region", "", "25,0 %"]);
    expect(s.values[3]).toEqual(["Älvkarleby kommun", "Kommun", "9 581", ""]);
    expect(s.values[5]).toEqual(["0012", "1 234,5", "", ""]);
  });

  it("reads Windows-1252 (å, ä, ö, €, en dash) when the bytes are not UTF-8", () => {
    const bytes = new Uint8Array(iconv.encode("Post;Belopp\r\nÖvriga kostnader – lokal;1 000 €\r\n", "win1252"));
    expect(decodeCsv(bytes).encoding).toBe("windows-1252");
    expect(readCsv(bytes, "utfall.csv").values[1]).toEqual(["Övriga kostnader – lokal", "1 000 €"]);
  });

  it("finds the separator outside quotes; semicolon on a tie", () => {
    expect(csvDelimiter('"a;b",c,d\n')).toBe(",");
    expect(csvDelimiter("a\tb\tc\n")).toBe("\t");
    expect(csvDelimiter("a;b,c\n")).toBe(";");
    expect(csvSheetName("rekv[1]:*?.csv")).not.toMatch(/[[\]:*?]/);
  });

  it("readWorkbookFile reads .csv as one sheet and everything else as .xlsx", async () => {
    const sheets = await readWorkbookFile("medlemmar.CSV", new Uint8Array(Buffer.from(TEXT, "utf8")));
    expect(sheets.map((s) => s.name)).toEqual(["medlemmar"]);
    await expect(readWorkbookFile("x.xlsx", new Uint8Array(Buffer.from(TEXT, "utf8")))).rejects.toThrow();
  });
});

describe("finsam rapport on a CSV file", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "finsam-csv-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the CSV sheet and the Bidrag report into the .xlsx output; the input is untouched", async () => {
    const csv = `Medlemsbidrag totalt;23 322 000 kr\r\n\r\n${TEXT}`;
    const input = join(dir, "Medlemmar.csv");
    writeFileSync(input, iconv.encode(csv, "win1252"));
    const before = readFileSync(input);
    const err: string[] = [];
    const code = await runRapport(
      {
        kind: "rapport",
        input,
        output: join(dir, "ut.xlsx"),
        fran: "2024-01-01",
        till: "2024-12-31",
        idag: "2025-01-15",
        rapporter: ["bidrag"],
      },
      { runPipeline, stdout: () => undefined, stderr: (t) => err.push(t) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const names = (await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true })).map((s) => s.name);
    expect(names[0]).toBe("Medlemmar");
    expect(names).toContain("Bidrag 2024");
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
