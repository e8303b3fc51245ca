import type * as ExcelJS from "exceljs";
import type { SheetExtent } from "../domain/issues/limits";
import { type RawSheet } from "../domain/model";
import { hasErrors } from "../domain/issues";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import { readWorkbookSheets } from "../xlsx/read-workbook";
import { REGISTRY_SHEET } from "../xlsx/registry";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import { makeWorkbookXmlSafe } from "../xlsx/xml-safe";
import { readZipDirectory } from "../xlsx/zip-directory";
import type { RapportCommand } from "./args";
import { fileErrorText, jsonTargetProblem, loadInput, outputExtensionProblem, sameFile, writeAtomically } from "./files";
import { lostPartKinds } from "./inspect-xlsx";
import { formatIssues, formatSummary } from "./print-issues";
import { readSieFile } from "./read-sie-file";
import { loadMappingFile } from "./mapping-file";
import { maskedForJson, terminalText } from "./terminal-text";

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

/** "a", "a och b", "a, b och c". */
export function joinSv(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

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
    return { name: s.name, origin: { row: 0, col: 0 }, values: [], tooLarge };
  });
  return out;
}

/**
 * `finsam rapport`: reads the input workbook, runs the pipeline, writes EVERY plan it returned
 * (all computable reports and the Valideringsrapport) into a copy of the input saved as --ut,
 * prints the issues grouped by severity and a summary, and optionally the JSON.
 * Returns 1 when any issue is "fel" (the reports are still written), 2 on command or file errors.
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

  const result = deps.runPipeline(withRefusedSheets(readWorkbookSheets(wb), loaded.refused), options);
  // The findings first: whatever fails to be written below, the user has seen them.
  const issueText = formatIssues(result.issues);
  if (issueText) deps.stdout(`${issueText}\n`);

  const report = writePlansToWorkbook(wb, result.plans);
  const notes = [...report.notes];
  if (loaded.lost.length > 0) notes.push(lostNote(loaded.lost, cmd.output));
  try {
    makeWorkbookXmlSafe(wb);
    await writeAtomically(cmd.output, new Uint8Array(await wb.xlsx.writeBuffer()));
  } catch (e) {
    deps.stderr(`finsam: ${fileErrorText(e, cmd.output, "skriva")} Inga rapporter skrevs; indatafilen är orörd.\n`);
    return EXIT.usage;
  }
  if (cmd.json) {
    const json = maskedForJson({ options: { ...options, ledger: undefined }, results: result.results, issues: result.issues, written: report.written, lost: loaded.lost });
    try {
      await writeAtomically(cmd.json, `${JSON.stringify(json, null, 2)}\n`);
    } catch (e) {
      deps.stdout(formatSummary({ issues: result.issues, output: cmd.output, written: report.written, replaced: report.replaced, notes }));
      deps.stderr(`finsam: ${fileErrorText(e, cmd.json, "skriva")} Rapporterna skrevs till ${cmd.output}; JSON-filen skrevs inte.\n`);
      return EXIT.usage;
    }
  }
  deps.stdout(formatSummary({ issues: result.issues, output: cmd.output, written: report.written, replaced: report.replaced, notes, json: cmd.json }));
  return hasErrors(result.issues) ? EXIT.fel : EXIT.ok;
}
