import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runRapport, type RapportDeps } from "../../src/cli/run-rapport";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import type { RawSheet } from "../../src/domain/model";
import { englishIn, swedishErrorText } from "../../src/domain/text/user-error";
import { describeError } from "../../src/services/errors";
import { readError, writeError, selectError } from "../../src/excel/errors";
import { demoStrings } from "../../src/taskpane/demo-strings";
import { syncSummary, strings } from "../../src/taskpane/strings";

/**
 * Every failure path's message goes through a check for English words, developer identifiers and web
 * addresses: what the ekonom reads when a file is broken, a write fails, Excel refuses or code throws.
 * The thrown errors are the real ones (jszip on a broken file, Node on a missing folder) plus the
 * Office.js codes and the JavaScript errors a bug would throw.
 */

const THROWN: unknown[] = [
  new Error(
    "Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html",
  ),
  new TypeError("Cannot read properties of undefined (reading 'map')"),
  new RangeError("Invalid array length"),
  new SyntaxError("Unexpected token < in JSON at position 0"),
  Object.assign(new Error("ENOENT: no such file or directory, open '/x/y.xlsx'"), { code: "ENOENT" }),
  Object.assign(new Error("EACCES: permission denied, open '/x/y.xlsx'"), { code: "EACCES" }),
  { code: "ItemNotFound", message: "The requested resource doesn't exist." },
  { code: "InvalidArgument", message: "The argument is invalid or missing or has an incorrect format." },
  { code: "GeneralException", message: "There was an internal error while processing the request." },
  { code: "AccessDenied", message: "You cannot perform the requested operation." },
  { code: "RequestPayloadSizeLimitExceeded", message: "The request payload size has exceeded the limit." },
  "something went wrong",
  null,
];

function expectSwedish(text: string, where: string): void {
  expect({ where, text, english: englishIn(text) }).toEqual({ where, text, english: [] });
}

describe("the English check itself", () => {
  it("finds English library text, identifiers and web addresses", () => {
    expect(englishIn("Can't find end of central directory : is this a zip file ?")).toEqual(
      expect.arrayContaining(["Can't", "find", "end", "central", "directory", "file"]),
    );
    expect(englishIn("Excel-anrop (sync): 2")).toEqual(["sync"]);
    expect(englishIn("se https://example.com")).toEqual(["webbadress"]);
    expect(englishIn("fel (ItemNotFound)")).toEqual(["ItemNotFound"]);
  });
  it("passes Swedish, also Swedish words that look English", () => {
    expect(englishIn("Skriv in beloppet i cell C7; be kansliet om en not till servern.")).toEqual([]);
    expect(englishIn("Rapportbladen kunde inte skrivas: arbetsboken är skyddad.")).toEqual([]);
  });
});

describe("every failure path speaks Swedish", () => {
  it.each(THROWN.map((e, i) => [i, e]))("thrown #%i → swedishErrorText, describeError", (_i, e) => {
    expectSwedish(swedishErrorText(e), "swedishErrorText");
    expectSwedish(describeError(e), "describeError");
  });

  it.each(THROWN.map((e, i) => [i, e]))("thrown #%i → Excel host read/write/select errors", (_i, e) => {
    expectSwedish(readError(e).message, "readError");
    expectSwedish(writeError(e, "klar").message, "writeError klar");
    expectSwedish(writeError(e, "misslyckades", e).message, "writeError misslyckades");
    expectSwedish(selectError(e, "Utfall", "C7").message, "selectError");
  });

  it.each(THROWN.map((e, i) => [i, e]))("thrown #%i → demo load and download messages", (_i, e) => {
    expectSwedish(demoStrings.loadFailed(swedishErrorText(e)), "demo loadFailed");
    expectSwedish(demoStrings.downloadFailed(swedishErrorText(e)), "demo downloadFailed");
  });

  it.each(THROWN.map((e, i) => [i, e]))("thrown #%i inside a report module → the Valideringsrapport's fel", (_i, e) => {
    const sheets: RawSheet[] = [];
    const res = runPipeline(
      sheets,
      { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-01" },
      {
        modules: [
          {
            kind: "x",
            label: "Testrapporten",
            run: () => {
              throw e;
            },
          },
        ] as never,
        parseBase: () => {
          throw e;
        },
      },
    );
    const fel = res.issues.filter((i) => i.code === "INTERNT_FEL");
    expect(fel.length).toBeGreaterThan(0);
    for (const i of fel) expectSwedish(i.message, "pipeline INTERNT_FEL");
    const sheet = res.plans.find((p) => p.kind === "valideringsrapport")!;
    for (const row of sheet.rows.slice(5)) expectSwedish(String(row[3] ?? ""), "Valideringsrapport");
  });

  it("the pane's status lines", () => {
    expectSwedish(syncSummary(2, 1), "syncSummary");
    for (const [k, v] of Object.entries(strings)) if (typeof v === "string") expectSwedish(v, `strings.${k}`);
  });

  describe("the CLI on broken input and output", () => {
    const dir = mkdtempSync(join(tmpdir(), "finsam-sv-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const run = async (input: string, output: string) => {
      const err: string[] = [];
      const out: string[] = [];
      const d: RapportDeps = { runPipeline, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
      const code = await runRapport({ kind: "rapport", input, output, fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-01" }, d);
      return { code, text: err.join("") + out.join("") };
    };

    it("a text file named .xlsx, a truncated .xlsx, a missing file, a folder", async () => {
      writeFileSync(join(dir, "text.xlsx"), "det här är ingen arbetsbok");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Budget").addRow(["Post", "Budget"]);
      const full = Buffer.from(await wb.xlsx.writeBuffer());
      writeFileSync(join(dir, "halv.xlsx"), full.subarray(0, Math.floor(full.length / 2)));
      mkdirSync(join(dir, "mapp.xlsx"));
      for (const input of ["text.xlsx", "halv.xlsx", "finns-inte.xlsx", "mapp.xlsx"]) {
        const r = await run(join(dir, input), join(dir, "ut.xlsx"));
        expect(r.code).toBe(2);
        expectSwedish(r.text.replace(/finsam:|\S*\.xlsx\S*|\S*\/\S*/g, ""), `CLI ${input}`);
      }
    });

    it("an output folder that does not exist; an empty workbook", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Blad1");
      await wb.xlsx.writeFile(join(dir, "tom.xlsx"));
      const r = await run(join(dir, "tom.xlsx"), join(dir, "saknas", "ut.xlsx"));
      expect(r.code).toBe(2);
      expectSwedish(r.text.replace(/finsam:|\S*\.xlsx\S*|\S*\/\S*/g, ""), "CLI write");
    });
  });
});
