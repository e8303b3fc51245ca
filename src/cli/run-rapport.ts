import type * as ExcelJS from "exceljs";
import type { SheetExtent } from "../domain/issues/limits";
import { type RawSheet } from "../domain/model";
import { hasErrors, issue, type Issue } from "../domain/issues";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import { readWorkbookSheets, uncalculatedCells } from "../xlsx/read-workbook";
import { REGISTRY_SHEET } from "../xlsx/registry";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import { workbookToXlsx } from "../xlsx/charts/workbook-bytes";
import { makeWorkbookXmlSafe } from "../xlsx/xml-safe";
import { readZipDirectory } from "../xlsx/zip-directory";
import type { RapportCommand } from "./args";
import { fileErrorText, jsonTargetProblem, loadInput, outputExtensionProblem, sameFile, writeAtomically } from "./files";
import { CHARTS_LOST, lostPartKinds } from "./inspect-xlsx";
import { chartsOutside } from "../xlsx/charts/input-charts";
import { formatIssues, formatSummary } from "./print-issues";
import { readSieFile } from "./read-sie-file";
import { loadMappingFile } from "./mapping-file";
import { utfallPeriodIssue } from "../domain/parse/mapped/period-coverage";
import { maskedForJson, terminalText } from "./terminal-text";
import { joinSv } from "./join-sv";
import { chooseScenario, scenarioNotComputed } from "./scenario-option";

export { loadInput, sameFile, writeAtomically } from "./files";

/** What `finsam rapport` needs from outside: the pipeline and two output streams. */
export interface RapportDeps {
  runPipeline: (sheets: RawSheet[], options: PipelineOptions) => PipelineResult;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: 0 klart, 1 skrivet men arbetsboken har fel, 2 kommando- eller filfel. */
export const EXIT = { ok: 0, fel: 1, usage: 2 } as const;

/** Features ExcelJS cannot carry over into the copy, named in Swedish from the zip's part names (inspect-xlsx.ts). */
export function lostFeatures(bytes: Uint8Array): string[] {
  const dir = readZipDirectory(bytes);
  return dir.ok ? lostPartKinds(dir.entries) : [];
}

export { joinSv };

/** The note naming what the copy lacks. */
export function lostNote(lost: readonly string[], output: string): string {
  return `Indatafilen innehåller ${joinSv(lost)}, som kommandoraden inte kan föra över; de saknas i ${output} (indatafilen är orörd). Öppna rapportbladen i ${output} och kopiera dem till originalet om du behöver behålla allt.`;
}

/**
 * A user sheet whose name is the register's in another case ("FINSAMREGISTER"): Excel's sheet names are
 * case-insensitive, so the register cannot be written beside it, and the sheet is the user's, so it is never
 * replaced. The run stops with a message instead (before anything is written).
 */
export function registerNameClash(wb: ExcelJS.Workbook): string | null {
  const clash = wb.worksheets.find((w) => w.name !== REGISTRY_SHEET && w.name.toLowerCase() === REGISTRY_SHEET.toLowerCase());
  return clash
    ? `arbetsboken har ett eget blad som heter "${clash.name}". Finsam behöver det namnet för sin förteckning över rapportbladen ` +
        `(${REGISTRY_SHEET}; Excel skiljer inte på stora och små bokstäver i bladnamn). Byt namn på bladet och kör igen — inget skrevs.`
    : null;
}

export const FORMEL_UTAN_VARDE = "FORMEL_UTAN_VARDE";

/**
 * Formula cells without a cached value (a file written by a program that does not calculate, never opened and
 * saved in Excel) would read as empty cells — a utfall of 0, a kvot of 0 % "låg". Their value becomes the formula
 * text, which no parser reads as a number (the cell is reported where it is used, never summed as 0), and each
 * gets FORMEL_UTAN_VARDE (fel) saying what to do.
 */
export function markUncalculated(wb: ExcelJS.Workbook, sheets: RawSheet[]): Issue[] {
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    if (sheet.tooLarge) continue;
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const u of uncalculatedCells(ws)) {
      const a = parseA1(u.cell);
      const r = a ? a.row - sheet.origin.row : -1;
      const c = a ? a.col - sheet.origin.col : -1;
      if (r >= 0 && c >= 0 && sheet.values[r] && c < sheet.values[r].length) sheet.values[r][c] = u.formula;
      issues.push(
        issue(
          "fel",
          FORMEL_UTAN_VARDE,
          u.sheet,
          u.cell,
          `Formeln ${u.formula} saknar beräknat värde — öppna och spara arbetsboken i Excel, så räknar Excel fram värdet. Cellen läses inte som 0.`,
        ),
      );
    }
  }
  return issues;
}

/** "C7" → 0-based row and column. */
function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The sheets ExcelJS read, with every sheet refused for its size in their place (values empty, `tooLarge` set). */
export function withRefusedSheets(sheets: RawSheet[], refused: readonly SheetExtent[]): RawSheet[] {
  if (refused.length === 0) return sheets;
  const byName = new Map(refused.map((r) => [r.name, r]));
  const out = sheets.map((s) => {
    const r = byName.get(s.name);
    if (!r) return s;
    byName.delete(s.name);
    const tooLarge: NonNullable<RawSheet["tooLarge"]> = { rows: r.rows, columns: r.columns };
    if (r.firstRow !== undefined) tooLarge.firstRow = r.firstRow;
    if (r.bytes !== undefined) tooLarge.bytes = r.bytes;
    if (r.atLeast) tooLarge.atLeast = true;
    return { name: s.name, origin: { row: 0, col: 0 }, values: [], tooLarge };
  });
  return out;
}

/**
 * `finsam rapport`: reads the input workbook, runs the pipeline, writes EVERY plan it returned
 * (all computable reports and the Valideringsrapport) into a copy of the input saved as --ut,
 * prints the issues grouped by severity and a summary, and optionally the JSON.
 * Returns 1 when any issue is "fel" or the workbook has no utfall in the period (UTFALL_SAKNAS_I_PERIODEN; the reports are still written), 2 on command or file errors.
 */
export async function runRapport(cmd: RapportCommand, rawDeps: RapportDeps): Promise<number> {
  const deps: RapportDeps = { ...rawDeps, stdout: (t) => rawDeps.stdout(terminalText(t)), stderr: (t) => rawDeps.stderr(terminalText(t)) };
  if (await sameFile(cmd.input, cmd.output)) {
    deps.stderr(`finsam: --ut får inte vara indatafilen (${cmd.input}); Finsam skriver alltid till en kopia.\n`);
    return EXIT.usage;
  }
  const utProblem = outputExtensionProblem("--ut", cmd.output);
  if (utProblem) {
    deps.stderr(`finsam: ${utProblem}\n`);
    return EXIT.usage;
  }
  if (cmd.json) {
    const problem = await jsonTargetProblem(cmd.json, cmd);
    if (problem) {
      deps.stderr(`finsam: ${problem}\n`);
      return EXIT.usage;
    }
  }
  const loaded = await loadInput(cmd, deps);
  if (!loaded) return EXIT.usage;
  const { wb } = loaded;
  const clash = registerNameClash(wb);
  if (clash) {
    deps.stderr(`finsam: ${cmd.input}: ${clash}\n`);
    return EXIT.usage;
  }
  const options: PipelineOptions = { fran: cmd.fran, till: cmd.till, idag: cmd.idag };
  if (cmd.rapporter) options.reports = cmd.rapporter;
  if (cmd.sie) {
    const sie = await readSieFile(cmd.sie, deps.stderr);
    if (!sie) return EXIT.usage;
    options.ledger = sie;
  }
  if (cmd.mappning) {
    const m = await loadMappingFile(cmd.mappning);
    if (!m.ok) {
      deps.stderr(`finsam: ${m.error}\n`);
      return EXIT.usage;
    }
    options.mapping = m.mapping;
  }

  const sheets = withRefusedSheets(readWorkbookSheets(wb), loaded.refused);
  const uncalculated = markUncalculated(wb, sheets);
  // --scenario: next year's Bidrag per medlem from a Nästa år scenario in the workbook (scenario-option.ts).
  const scenarioIssues: Issue[] = [];
  if (cmd.scenario) {
    const chosen = await chooseScenario(cmd.scenario, sheets, loaded.bytes, cmd.till, options.mapping);
    if (!chosen.ok) {
      deps.stderr(`finsam: ${cmd.input}: ${chosen.error}\n`);
      return EXIT.usage;
    }
    options.nastaAr = chosen.scenario;
    scenarioIssues.push(...chosen.issues);
  }
  const result = deps.runPipeline(sheets, options);
  if (options.nastaAr) {
    const missing = scenarioNotComputed(options.nastaAr, sheets, result);
    if (missing) {
      deps.stderr(`finsam: ${cmd.input}: ${missing}\n`);
      return EXIT.usage;
    }
  }
  result.issues.unshift(...uncalculated, ...scenarioIssues);
  // No utfall in the chosen period: a warning, and exit 1 (issue 14 pattern 10).
  const outside = utfallPeriodIssue(result.base, cmd.fran, cmd.till);
  if (outside) result.issues.unshift(outside);
  // The findings first: whatever fails to be written below, the user has seen them.
  const issueText = formatIssues(result.issues);
  if (issueText) deps.stdout(`${issueText}\n`);

  const report = writePlansToWorkbook(wb, result.plans);
  const notes = [...report.notes];
  // Charts on the report sheets replaced here are drawn again; only charts elsewhere are lost.
  const lost =
    loaded.lost.includes(CHARTS_LOST) && !(await chartsOutside(loaded.bytes, report.replaced))
      ? loaded.lost.filter((k) => k !== CHARTS_LOST)
      : loaded.lost;
  if (lost.length > 0) notes.push(lostNote(lost, cmd.output));
  try {
    makeWorkbookXmlSafe(wb);
    await writeAtomically(cmd.output, await workbookToXlsx(wb));
  } catch (e) {
    deps.stderr(`finsam: ${fileErrorText(e, cmd.output, "skriva")} Inga rapporter skrevs; indatafilen är orörd.\n`);
    return EXIT.usage;
  }
  if (cmd.json) {
    const json = maskedForJson({
      options: { ...options, ledger: undefined },
      results: result.results,
      issues: result.issues,
      written: report.written,
      lost,
    });
    try {
      await writeAtomically(cmd.json, `${JSON.stringify(json, null, 2)}\n`);
    } catch (e) {
      deps.stdout(formatSummary({ issues: result.issues, output: cmd.output, written: report.written, replaced: report.replaced, notes }));
      deps.stderr(`finsam: ${fileErrorText(e, cmd.json, "skriva")} Rapporterna skrevs till ${cmd.output}; JSON-filen skrevs inte.\n`);
      return EXIT.usage;
    }
  }
  deps.stdout(
    formatSummary({ issues: result.issues, output: cmd.output, written: report.written, replaced: report.replaced, notes, json: cmd.json }),
  );
  return hasErrors(result.issues) || outside ? EXIT.fel : EXIT.ok;
}
