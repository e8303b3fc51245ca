import * as ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook, readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import {
  cleanXlsx,
  cornerCells,
  editZip,
  oleFile,
  patchDeclaredSize,
  streamedSharedStringsBomb,
  sheetXml,
  withExtraSheet,
  zipOf,
} from "../fixtures/bad/hostile-files";

/**
 * Issue 18's hostile tester, as a corpus: every finding is a case run through `finsam` in-process with the real
 * pipeline. Exit 2 must come with a Swedish sentence naming the file's problem and no English internals; the
 * input is never changed; nothing half-written is left behind.
 */

const ENGLISH_INTERNALS = /ENOENT|EISDIR|EACCES|Can't|Cannot|Invalid|undefined|Error\b|Unexpected|\bat [\w.<>]+ \(|JSZip|central directory/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-hostile-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string;
  err: string;
}

async function finsam(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => "2024-10-24" });
  return { code, out: out.join(""), err: err.join("") };
}

function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function rapport(input: string, extra: string[] = [], ut = join(dir, "ut.xlsx")): Promise<Run> {
  return finsam(["rapport", input, "--till", "2024-06-30", "--ut", ut, "--idag", "2024-10-24", ...extra]);
}

/** Exit 2 with a Swedish message containing `says`, no internals, and no output file. */
async function refused(input: string, says: RegExp, extra: string[] = []): Promise<void> {
  const r = await rapport(input, extra);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(says);
  expect(r.err).not.toMatch(ENGLISH_INTERNALS);
  expect(existsSync(join(dir, "ut.xlsx"))).toBe(false);
}

describe("1 · --json never replaces the input or the report, and the findings are printed first", () => {
  it("refuses --json naming the input workbook; the input is unchanged", async () => {
    const input = file("budget.xlsx", await cleanXlsx());
    const before = readFileSync(input);
    const r = await rapport(input, ["--json", input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--json får inte vara indatafilen");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses --json equal to --ut (also in another spelling of the path)", async () => {
    const input = file("budget.xlsx", await cleanXlsx());
    const r = await rapport(input, ["--json", join(dir, ".", "ut.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--json får inte vara samma fil som --ut");
    expect(existsSync(join(dir, "ut.xlsx"))).toBe(false);
  });

  it("refuses an existing file that is not JSON", async () => {
    const input = file("budget.xlsx", await cleanXlsx());
    const notes = file("anteckningar", "Mina anteckningar om budgeten\n");
    const r = await rapport(input, ["--json", notes]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ingen JSON-fil");
    expect(readFileSync(notes, "utf8")).toBe("Mina anteckningar om budgeten\n");
  });

  it("prints the findings before an unwritable --json fails, and leaves no temporary file", async () => {
    const input = file("budget.xlsx", await cleanXlsx((wb) => (wb.getWorksheet("Utfall")!.getCell("A2").value = "Jobcentrum")));
    const r = await rapport(input, ["--json", join(dir, "saknas", "r.json")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Jobcentrum");
    expect(r.err).toContain("mappen");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("5 · extents are checked before anything is built; a refused sheet is a finding, the rest is read", () => {
  it("a corner cell (A1 and XFD1048576) refuses that sheet only", async () => {
    const input = file("horn.xlsx", await withExtraSheet(cornerCells()));
    const r = await rapport(input);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Bladet "Stor" är för stort för att läsas: 1\u00a0048\u00a0576 rader/);
    const names = (await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true })).map((s) => s.name);
    expect(names.some((n) => n.startsWith("Förbrukningskvot"))).toBe(true);
    expect(r.out).toContain('innehållet i bladet "Stor"');
  }, 20_000);

  it("200 001 row elements refuse the sheet", async () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `<row r="${i + 1}"/>`).join("");
    const input = file("rader.xlsx", await withExtraSheet(rows));
    const r = await rapport(input);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Bladet "Stor" är för stort/);
  }, 20_000);

  it("a sharedStrings part whose directory lies about its size is stopped while inflating", async () => {
    const input = file("bomb.xlsx", patchDeclaredSize(await streamedSharedStringsBomb(70), "xl/sharedStrings.xml", 1000));
    await refused(input, /packas upp till över 64 MB/);
  }, 30_000);

  it("a part whose declared size is too large is refused without inflating", async () => {
    const input = file("stor.xlsx", patchDeclaredSize(await cleanXlsx(), "xl/styles.xml", 2_000_000_000));
    await refused(input, /enligt zip-filen packas upp till 1907 MB/);
  });

  it("/dev/zero, a folder and a missing file are refused by what they are", async () => {
    if (existsSync("/dev/zero")) await refused("/dev/zero", /ingen vanlig fil/);
    mkdirSync(join(dir, "mapp.xlsx"));
    await refused(join(dir, "mapp.xlsx"), /är en mapp/);
    await refused(join(dir, "finns-inte.xlsx"), /hittar inte filen/);
  });
});

describe("9 · files that are not .xlsx: named, with how to convert", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ["en .xls (Excel 97–2003)", () => oleFile(["Root Entry", "Workbook", "SummaryInformation"]), /äldre Excel-formatet \(\.xls/],
    ["en lösenordsskyddad arbetsbok", () => oleFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), /lösenordsskyddad/],
    ["ett Word-dokument (.doc) med .xlsx-namn", () => oleFile(["Root Entry", "WordDocument"]), /Word-dokument \(\.doc\)/],
    [
      "ett .ods-kalkylblad",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }),
      /OpenDocument.*\.ods/,
    ],
    [
      "ett .docx med .xlsx-namn",
      () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      /Word-dokument \(\.docx\)/,
    ],
    ["en tom zip-fil", () => new Uint8Array([0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]), /tom zip-fil/],
    ["en tom fil", () => new Uint8Array(0), /är tom \(0 byte\)/],
    ["slumpdata", () => new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251 || 1)), /ingen Excel-arbetsbok/],
    [
      "en CSV-fil med .xlsx-namn",
      () => new Uint8Array(Buffer.from("Post;Period;Utfall\nJobbcentrum;2024-Q1;500\n")),
      /textfil \(t\.ex\. CSV\)/,
    ],
    ["en PDF", () => new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")), /PDF-fil/],
    [
      "en HTML-export med .xls-namn",
      () => new Uint8Array(Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>")),
      /webbsida \(HTML\)/,
    ],
  ];
  it.each(cases)("%s", async (_name, build, says) => {
    await refused(file("indata.xlsx", await build()), says);
  });

  it("a truncated download (half an .xlsx)", async () => {
    const whole = await cleanXlsx();
    await refused(file("halv.xlsx", whole.subarray(0, Math.floor(whole.length / 2))), /ofullständig eller skadad/);
  });

  it("--ut x.xlsm is refused (Excel refuses a macro-enabled name without macros)", async () => {
    const input = file("budget.xlsx", await cleanXlsx());
    const r = await rapport(input, [], join(dir, "ut.xlsm"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(".xlsx");
    expect(existsSync(join(dir, "ut.xlsm"))).toBe(false);
  });
});

describe("6 · parts the copy loses are named; a sheet under an odd part name is read", () => {
  it("names external links, Power Query connections and customXml", async () => {
    const input = file(
      "delar.xlsx",
      await editZip(await cleanXlsx(), (zip) => {
        zip.file("xl/externalLinks/externalLink1.xml", "<externalLink/>");
        zip.file("xl/connections.xml", "<connections/>");
        zip.file("customXml/item1.xml", "<DataMashup/>");
      }),
    );
    const r = await rapport(input);
    expect(r.code).toBe(0);
    expect(r.out).toContain("externa länkar");
    expect(r.out).toContain("Power Query");
    expect(r.out).toContain("customXml");
  });

  it("names sparklines and data bars of the newer kind", async () => {
    const ext =
      '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Utfall!C2:C8</xm:f><xm:sqref>E1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>' +
      '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar"><x14:dataBar/></x14:cfRule></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
    const base = await cleanXlsx((wb) => wb.addWorksheet("Diagram").addRow([1, 2, 3]));
    const input = file(
      "spark.xlsx",
      await editZip(base, (zip) => void zip.file("xl/worksheets/sheet5.xml", sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', ext))),
    );
    const r = await rapport(input);
    expect(r.out).toContain("miniatyrdiagram (sparklines)");
    expect(r.out).toContain("datastaplar");
  });

  it("reads a sheet stored under a non-standard part name instead of dropping it", async () => {
    const input = file(
      "delnamn.xlsx",
      await editZip(await cleanXlsx(), async (zip) => {
        zip.file("xl/worksheets/utfall-data.xml", await zip.file("xl/worksheets/sheet3.xml")!.async("uint8array"));
        zip.remove("xl/worksheets/sheet3.xml");
        const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
        zip.file("xl/_rels/workbook.xml.rels", rels.replace("worksheets/sheet3.xml", "worksheets/utfall-data.xml"));
      }),
    );
    const r = await rapport(input, ["--json", join(dir, "r.json")]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { issues: { code: string }[] };
    expect(json.issues.filter((i) => i.code === "SAKNAT_BLAD" || i.code === "OKAND_POST")).toEqual([]);
  });
});

describe("7 · hostile text", () => {
  it("escape sequences and bidi overrides in a cell never reach the terminal", async () => {
    // As Excel stores controls in a cell: "_x001B_" (ESC) and "_x0007_" (BEL), which a reader decodes.
    const hostile = "_x001B_]52;c;ZWNobyBoYWNrZWQ=_x0007_Jobb_x001B_[2J_x001B_[H\u202Ecentrum\u009b31m";
    const input = file("esc.xlsx", await cleanXlsx((wb) => (wb.getWorksheet("Utfall")!.getCell("A2").value = hostile)));
    const r = await rapport(input);
    expect(r.out + r.err).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain("Jobbcentrum");
  });

  it("_xFFFF_ in a cell gives a copy that can be read back, with the text unchanged", async () => {
    const input = file(
      "xffff.xlsx",
      await cleanXlsx((wb) => (wb.getWorksheet("Insatser")!.getCell("G2").value = "Not _xFFFF_ och _x001B_")),
    );
    const r = await rapport(input);
    expect(r.code).toBe(0);
    const back = await loadWorkbook(readFileSync(join(dir, "ut.xlsx")));
    expect(back.getWorksheet("Insatser")!.getCell("G2").value).toBe("Not \uFFFF och \x1B");
  });
});

describe("4 · personnummer in any spelling never leave the pipeline", () => {
  const variants = [
    "121212–1212",
    "121212\u20111212",
    "121212\u00A01212",
    "121212 - 1212",
    "121212_1212",
    "121212/1212",
    "１２１２１２－１２１２",
    "12 12 12-1212",
  ];
  it.each(variants)(
    "%j in a post, a sheet name and an insats reaches no terminal, JSON or report sheet",
    async (pnr) => {
      const input = file(
        "pnr.xlsx",
        await cleanXlsx((wb) => {
          wb.getWorksheet("Utfall")!.getCell("A2").value = `Anna ${pnr}`;
          wb.getWorksheet("Insatser")!.getCell("A2").value = `Jobbcentrum ${pnr}`;
          wb.addWorksheet(pnr.replace(/[/]/g, "-")).addRow(["Anteckning", pnr]);
        }),
      );
      const r = await rapport(input, ["--json", join(dir, "r.json")]);
      const json = readFileSync(join(dir, "r.json"), "utf8");
      const sheets = await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true });
      const own = sheets.filter((s) => !["Insatser", "Budget", "Utfall", "Inställningar"].includes(s.name) && !/1212|１２/.test(s.name));
      const reportText = own.flatMap((s) => s.values.flat().map(String)).join("\n");
      for (const text of [r.out, r.err, JSON.parse(json) && JSON.stringify(JSON.parse(json)), reportText]) {
        expect(text).not.toMatch(/12\D{0,3}12\D{0,3}12\D{0,3}1212|１２１２/);
      }
    },
    20_000,
  );
});

describe("8 · odd workbooks", () => {
  it("a user sheet named FINSAMREGISTER gives a Swedish message, no stack trace, and is never deleted", async () => {
    const input = file("reg.xlsx", await cleanXlsx((wb) => wb.addWorksheet("FINSAMREGISTER").addRow(["Mina anteckningar"])));
    const r = await rapport(input);
    expect(r.code).toBe(2);
    expect(r.err).toContain('eget blad som heter "FINSAMREGISTER"');
    expect(r.err).not.toMatch(ENGLISH_INTERNALS);
  });

  it("an uncalculated formula is a fel saying to open and save in Excel, never an utfall of 0", async () => {
    const input = file(
      "ej-beraknad.xlsx",
      await cleanXlsx((wb) => (wb.getWorksheet("Utfall")!.getCell("C2").value = { formula: "400+100" } as ExcelJS.CellFormulaValue)),
    );
    const r = await rapport(input, ["--json", join(dir, "r.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Utfall!C2: Formeln =400+100 saknar beräknat värde — öppna och spara arbetsboken i Excel");
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { issues: { code: string; sheet: string; cell: string }[] };
    const atCell = json.issues.filter((i) => i.sheet === "Utfall" && i.cell === "C2").map((i) => i.code);
    expect(atCell).toEqual(expect.arrayContaining(["FORMEL_UTAN_VARDE", "OLASBART_TAL"]));
  });

  it("finsam mall --in a 1904 workbook writes dates in the 1904 system", async () => {
    const input = file("mac.xlsx", await cleanXlsx((wb) => (wb.properties.date1904 = true)));
    const ut = join(dir, "mallar.xlsx");
    const r = await finsam(["mall", ut, "--in", input, "--idag", "2024-10-24"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(ut) as unknown as ArrayBuffer);
    expect(wb.properties.date1904).toBe(true);
    const dates: Date[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => void (c.value instanceof Date && dates.push(c.value))));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.getUTCFullYear()).toBeLessThanOrEqual(2025);
  }, 20_000);

  it("a write that fails half-way leaves no hidden temporary file", async () => {
    const input = file("budget.xlsx", await cleanXlsx());
    const real = fsp.writeFile;
    const spy = jest.spyOn(fsp, "writeFile").mockImplementation(async (p, data, opts) => {
      await real(p, "halv", opts as never);
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    });
    try {
      const r = await rapport(input);
      expect(r.code).toBe(2);
      expect(r.err).toContain("disken är full");
      expect(r.err).not.toMatch(ENGLISH_INTERNALS);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir).sort()).toEqual(["budget.xlsx"]);
  });
});
