import { swedishErrorText } from "../domain/text/user-error";
import * as ExcelJS from "exceljs";
import { detectWorkbook, type WorkbookMapping } from "../domain/detect";
import { parseBase } from "../domain/parse/base/parse-base";
import { MALL_KIND, planMallar } from "../domain/plan/mallar";
import { readWorkbookSheets } from "../xlsx/read-workbook";
import { readRegisterEntries, REGISTRY_SHEET, writeRegistry } from "../xlsx/registry";
import { writePlansToWorkbook } from "../xlsx/write-plans";
import type { MallCommand } from "./args";
import { EXIT, loadInput, lostFeatures, sameFile, writeAtomically, type RapportDeps } from "./run-rapport";

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
export async function runMall(cmd: MallCommand, deps: MallDeps): Promise<number> {
  if (cmd.input && (await sameFile(cmd.input, cmd.output))) {
    deps.stderr(`finsam: utfilen får inte vara indatafilen (${cmd.input}); Finsam skriver alltid till en kopia.\n`);
    return EXIT.usage;
  }
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array | null = null;
  let mapping: WorkbookMapping | undefined;
  let forbund = cmd.forbund;
  if (cmd.input) {
    const loaded = await loadInput({ input: cmd.input }, deps);
    if (!loaded) return EXIT.usage;
    ({ wb, bytes } = loaded);
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
  const lost = bytes ? lostFeatures(bytes) : [];
  if (lost.length > 0) notes.push(`Indatafilen innehåller ${lost.join(" och ")} som kommandoraden inte kan föra över; de saknas i ${cmd.output} (indatafilen är orörd).`);
  try {
    await writeAtomically(cmd.output, new Uint8Array(await wb.xlsx.writeBuffer()));
  } catch (e) {
    deps.stderr(`finsam: kunde inte skriva ${cmd.output}: ${swedishErrorText(e)}.\n`);
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
