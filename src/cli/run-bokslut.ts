import { swedishErrorText } from "../domain/text/user-error";
import { promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import { type RawSheet } from "../domain/model";
import { hasErrors } from "../domain/issues";
import type { PipelineOptions } from "../domain/reports/types";
import { BOKSLUT_REPORT_KIND } from "../domain/reports/bokslut";
import { readWorkbookSheets } from "../xlsx/read-workbook";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import { workbookToXlsx } from "../xlsx/charts/workbook-bytes";
import type { BokslutCommand } from "./args";
import { formatIssues, formatSummary } from "./print-issues";
import { readSieFile } from "./read-sie-file";
import { EXIT, loadInput, sameFile, writeAtomically, type RapportDeps } from "./run-rapport";

/**
 * `finsam bokslut FIL.se --till ÅÅÅÅ-MM-DD --ut ut.xlsx [--in arbetsbok.xlsx]`: reads the SIE 4 file, runs the bokslut
 * report (Resultaträkning, Balansräkning, Kassaflödesanalys, Noter, Kontroller bokslut, Valideringsrapport) and writes
 * the sheets into a new workbook, or into a copy of --in (whose Kontoplan, Utfall and Inställningar sheets are used).
 * The SIE file and --in are never changed. Exit 1 when a finding is "fel" (the sheets are still written).
 */
export async function runBokslut(cmd: BokslutCommand, deps: RapportDeps): Promise<number> {
  if (cmd.input && (await sameFile(cmd.input, cmd.output))) {
    deps.stderr(`finsam: --ut får inte vara indatafilen (${cmd.input}); Finsam skriver alltid till en kopia.\n`);
    return EXIT.usage;
  }
  const sie = await readSieFile(cmd.sie, deps.stderr);
  if (!sie) return EXIT.usage;
  if (sie.issues.some((i) => i.code === "SIE_INTE_SIE")) {
    // Not a SIE file: say what it is; a bokslut of zeros is never written.
    deps.stdout(`${formatIssues(sie.issues)}\nInget bokslut skrivet.\n`);
    return EXIT.fel;
  }
  let wb: ExcelJS.Workbook;
  let sheets: RawSheet[] = [];
  if (cmd.input) {
    const loaded = await loadInput({ input: cmd.input }, deps);
    if (!loaded) return EXIT.usage;
    wb = loaded.wb;
    sheets = readWorkbookSheets(wb);
  } else wb = new ExcelJS.Workbook();
  const options: PipelineOptions = { fran: cmd.fran, till: cmd.till, idag: cmd.idag, reports: [BOKSLUT_REPORT_KIND], ledger: sie };
  const result = deps.runPipeline(sheets, options);
  // Without a workbook the base sheets are missing by design: that is not news for a bokslut from a SIE file.
  const issues = cmd.input ? result.issues : result.issues.filter((i) => i.code !== "SAKNAT_BLAD");
  const report = writePlansToWorkbook(wb, result.plans);
  try {
    await writeAtomically(cmd.output, await workbookToXlsx(wb));
  } catch (e) {
    deps.stderr(`finsam: kunde inte skriva ${cmd.output}: ${swedishErrorText(e)}.\n`);
    return EXIT.usage;
  }
  if (cmd.json) {
    try {
      await fs.writeFile(
        cmd.json,
        `${JSON.stringify({ options: { ...options, ledger: undefined }, results: result.results, issues, written: report.written }, null, 2)}\n`,
        "utf8",
      );
    } catch (e) {
      deps.stderr(`finsam: kunde inte skriva ${cmd.json}: ${swedishErrorText(e)}.\n`);
      return EXIT.usage;
    }
  }
  const issueText = formatIssues(issues);
  if (issueText) deps.stdout(`${issueText}\n`);
  deps.stdout(
    formatSummary({
      issues,
      output: cmd.output,
      written: report.written,
      replaced: report.replaced,
      notes: [...report.notes],
      json: cmd.json,
    }),
  );
  return hasErrors(issues) ? EXIT.fel : EXIT.ok;
}
