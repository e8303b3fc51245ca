import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { type RawSheet } from "../domain/model";
import { hasErrors } from "../domain/issues";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import { loadWorkbook, readWorkbookSheets } from "../xlsx/read-workbook";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import type { RapportCommand } from "./args";
import { formatIssues, formatSummary } from "./print-issues";

/** What `finsam rapport` needs from outside: the pipeline and two output streams. */
export interface RapportDeps {
  runPipeline: (sheets: RawSheet[], options: PipelineOptions) => PipelineResult;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: 0 klart, 1 skrivet men arbetsboken har fel, 2 kommando- eller filfel. */
export const EXIT = { ok: 0, fel: 1, usage: 2 } as const;

/** True when both paths name the same file (also through links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Features ExcelJS cannot carry over into the copy (their part names are stored uncompressed in the zip). */
export function lostFeatures(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const lost: string[] = [];
  if (text.includes("xl/charts/")) lost.push("diagram");
  if (text.includes("xl/pivotTables/")) lost.push("pivottabeller");
  if (text.includes("xl/vbaProject.bin")) lost.push("makron");
  return lost;
}

export async function loadInput(cmd: { input: string }, deps: Pick<RapportDeps, "stderr">): Promise<{ wb: ExcelJS.Workbook; bytes: Uint8Array } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(cmd.input);
  } catch (e) {
    const code = (e as { code?: string }).code;
    deps.stderr(code === "ENOENT" ? `finsam: hittar inte filen ${cmd.input}.\n` : `finsam: kan inte läsa ${cmd.input}: ${String(e)}\n`);
    return null;
  }
  try {
    return { wb: await loadWorkbook(bytes), bytes };
  } catch (e) {
    deps.stderr(
      `finsam: ${cmd.input} kan inte läsas som en .xlsx-arbetsbok (${e instanceof Error ? e.message : String(e)}). ` +
        "Spara den som Excel-arbetsbok (.xlsx) och försök igen.\n",
    );
    return null;
  }
}

/** Writes bytes via a temporary file and a rename, so a failed write never leaves half a file. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, bytes);
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * `finsam rapport`: reads the input workbook, runs the pipeline, writes EVERY plan it returned
 * (all computable reports and the Valideringsrapport) into a copy of the input saved as --ut,
 * prints the issues grouped by severity and a summary, and optionally the JSON.
 * Returns 1 when any issue is "fel" (the reports are still written), 2 on command or file errors.
 */
export async function runRapport(cmd: RapportCommand, deps: RapportDeps): Promise<number> {
  if (await sameFile(cmd.input, cmd.output)) {
    deps.stderr(`finsam: --ut får inte vara indatafilen (${cmd.input}); Finsam skriver alltid till en kopia.\n`);
    return EXIT.usage;
  }
  const loaded = await loadInput(cmd, deps);
  if (!loaded) return EXIT.usage;
  const { wb, bytes } = loaded;
  const options: PipelineOptions = { fran: cmd.fran, till: cmd.till, idag: cmd.idag };
  if (cmd.rapporter) options.reports = cmd.rapporter;

  const result = deps.runPipeline(readWorkbookSheets(wb), options);
  const report = writePlansToWorkbook(wb, result.plans);
  const notes = [...report.notes];
  const lost = lostFeatures(bytes);
  if (lost.length > 0) {
    notes.push(`Indatafilen innehåller ${lost.join(" och ")} som kommandoraden inte kan föra över; de saknas i ${cmd.output} (indatafilen är orörd).`);
  }
  try {
    await writeAtomically(cmd.output, new Uint8Array(await wb.xlsx.writeBuffer()));
  } catch (e) {
    deps.stderr(`finsam: kunde inte skriva ${cmd.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  if (cmd.json) {
    const json = { options, results: result.results, issues: result.issues, written: report.written };
    try {
      await fs.writeFile(cmd.json, `${JSON.stringify(json, null, 2)}\n`, "utf8");
    } catch (e) {
      deps.stderr(`finsam: kunde inte skriva ${cmd.json}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT.usage;
    }
  }
  const issueText = formatIssues(result.issues);
  if (issueText) deps.stdout(`${issueText}\n`);
  deps.stdout(formatSummary({ issues: result.issues, output: cmd.output, written: report.written, replaced: report.replaced, notes, json: cmd.json }));
  return hasErrors(result.issues) ? EXIT.fel : EXIT.ok;
}
