import * as ExcelJS from "exceljs";
import { detectWorkbook, type WorkbookMapping } from "../domain/detect";
import { parseBase } from "../domain/parse/base/parse-base";
import { MALL_KIND, planMallar } from "../domain/plan/mallar";
import { readWorkbookSheets } from "../xlsx/read-workbook";
import { readRegisterEntries, REGISTRY_SHEET, writeRegistry } from "../xlsx/registry";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import { workbookToXlsx } from "../xlsx/charts/workbook-bytes";
import type { MallCommand } from "./args";
import { makeWorkbookXmlSafe } from "../xlsx/xml-safe";
import { fileErrorText, loadInput, outputExtensionProblem, sameFile, writeAtomically } from "./files";
import { EXIT, lostNote, registerNameClash, type RapportDeps } from "./run-rapport";
import { terminalText } from "./terminal-text";

/** What `finsam mall` needs from outside: two output streams. */
export type MallDeps = Pick<RapportDeps, "stdout" | "stderr">;

/**
 * Templates are the user's sheets from the moment they are written: they must not be registered as Finsam's
 * output (a registered sheet is never read as input and may be replaced by a later run). The register keeps
 * only the other entries; a register that held nothing else is removed.
 */
function unregisterTemplates(wb: ExcelJS.Workbook, hadRegister: boolean): void {
  const kept = readRegisterEntries(wb).filter((e) => e.kind !== MALL_KIND);
  if (kept.length > 0 || hadRegister) writeRegistry(wb, kept);
  else {
    const ws = wb.getWorksheet(REGISTRY_SHEET);
    if (ws) wb.removeWorksheet(ws.id);
  }
}

/**
 * `finsam mall <ut.xlsx> [--in <in.xlsx>]`: the standard template sheets (planMallar: Excel tables, list
 * validation for Typ, Kategori, Kostnadsslag, Kön, Avslutningsorsak, Utbildning, Ja/Nej and Medlem typ, example
 * rows, a short instruction) written into a new workbook, or into a copy of --in where only the templates the
 * workbook lacks are added: a sheet of the same name, or a sheet its own layout already gives that kind
 * (detectWorkbook), is left as it is. The input file is never changed. Exit 0, or 2 on command or file errors.
 */
export async function runMall(cmd: MallCommand, rawDeps: MallDeps): Promise<number> {
  const deps: MallDeps = { stdout: (t) => rawDeps.stdout(terminalText(t)), stderr: (t) => rawDeps.stderr(terminalText(t)) };
  if (cmd.input && (await sameFile(cmd.input, cmd.output))) {
    deps.stderr(`finsam: utfilen får inte vara indatafilen (${cmd.input}); Finsam skriver alltid till en kopia.\n`);
    return EXIT.usage;
  }
  const extProblem = outputExtensionProblem("utfilen", cmd.output);
  if (extProblem) {
    deps.stderr(`finsam: ${extProblem}\n`);
    return EXIT.usage;
  }
  let wb: ExcelJS.Workbook;
  let lost: string[] = [];
  let mapping: WorkbookMapping | undefined;
  let forbund = cmd.forbund;
  if (cmd.input) {
    const loaded = await loadInput({ input: cmd.input }, deps);
    if (!loaded) return EXIT.usage;
    ({ wb, lost } = loaded);
    const clash = registerNameClash(wb);
    if (clash) {
      deps.stderr(`finsam: ${cmd.input}: ${clash}\n`);
      return EXIT.usage;
    }
    const sheets = readWorkbookSheets(wb);
    mapping = detectWorkbook(sheets);
    forbund ??= parseBase(sheets, mapping).base.installningar.forbund;
  } else {
    wb = new ExcelJS.Workbook();
  }
  const hadRegister = wb.getWorksheet(REGISTRY_SHEET) !== undefined;
  const existing = wb.worksheets.map((w) => w.name);
  const { plans, skipped } = planMallar({ existing, idag: cmd.idag, ...(mapping ? { mapping } : {}), ...(forbund ? { forbund } : {}) });

  const skippedText = skipped.length > 0 ? `Skapades inte:\n${skipped.map((s) => `  - ${s.name}: ${s.reason}`).join("\n")}\n` : "";
  if (plans.length === 0) {
    deps.stdout(`${skippedText}Inga mallar behövdes: arbetsboken har redan alla blad. Ingen fil skrevs.\n`);
    return EXIT.ok;
  }
  const report = writePlansToWorkbook(wb, plans);
  unregisterTemplates(wb, hadRegister);
  const notes = [...report.notes];
  if (lost.length > 0) notes.push(lostNote(lost, cmd.output));
  try {
    makeWorkbookXmlSafe(wb);
    await writeAtomically(cmd.output, await workbookToXlsx(wb));
  } catch (e) {
    deps.stderr(`finsam: ${fileErrorText(e, cmd.output, "skriva")}\n`);
    return EXIT.usage;
  }
  const names = report.written.map((w) => w.name);
  deps.stdout(
    `${names.length} mallar skrivna till ${cmd.output}: ${names.join(", ")}.\n${skippedText}` +
      notes.map((n) => `Obs: ${n}\n`).join("") +
      "Fyll i bladen (radera exempelraderna) och kör sedan finsam rapport på arbetsboken.\n",
  );
  return EXIT.ok;
}
