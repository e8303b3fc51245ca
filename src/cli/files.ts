import { swedishErrorText } from "../domain/text/user-error";
import { csvToSimSheets, isCsvFileName } from "../xlsx/read-csv";
import { simSheetsToWorkbook } from "../xlsx/sim-sheets";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import type { SheetExtent } from "../domain/issues/limits";
import { loadWorkbook } from "../xlsx/read-workbook";
import { sniffWorkbook } from "../xlsx/sniff";
import { inspectXlsx } from "./inspect-xlsx";

/**
 * The CLI's file handling: every failure is a Swedish sentence that says what the file is and what to do — never
 * "ENOENT", "Can't find end of central directory" or a stack trace.
 */

/** An input file larger than this (200 MB) is not read: no Finsam workbook comes near it. */
export const MAX_INDATA_BYTES = 200 * 1024 * 1024;

/** A Node file error → what it means for the user, in Swedish ("finns inte", "saknar behörighet", …). */
export function fileErrorText(e: unknown, file: string, doing: "läsa" | "skriva"): string {
  const code = (e as { code?: string } | null)?.code;
  const dir = path.dirname(path.resolve(file));
  switch (code) {
    case "ENOENT":
      return doing === "läsa"
        ? `hittar inte filen ${file}. Kontrollera namnet och mappen.`
        : `kan inte skriva ${file}: mappen ${dir} finns inte.`;
    case "EACCES":
    case "EPERM":
      return `saknar behörighet att ${doing} ${file}. Välj en annan fil eller mapp, eller be om behörighet.`;
    case "EISDIR":
      return `${file} är en mapp, inte en fil. Ange ett filnamn, t.ex. ${path.join(file, "rapporter.xlsx")}.`;
    case "ENOTDIR":
      return `kan inte ${doing} ${file}: en del av sökvägen är en fil, inte en mapp.`;
    case "ENOSPC":
      return `kan inte skriva ${file}: disken är full. Frigör utrymme eller välj en annan disk.`;
    case "EROFS":
      return `kan inte skriva ${file}: disken är skrivskyddad. Välj en annan mapp.`;
    case "EBUSY":
    case "ETXTBSY":
      return `kan inte ${doing} ${file}: filen används av ett annat program (är den öppen i Excel?). Stäng den och försök igen.`;
    case "ENAMETOOLONG":
      return `kan inte ${doing} ${file}: sökvägen är för lång.`;
    default:
      return `kan inte ${doing} ${file}${code ? ` (felkod ${code})` : ""}. Kontrollera filen och försök igen.`;
  }
}

/** True when both paths name the same file (also through links, and in another spelling of the path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Writes bytes via a hidden temporary file beside the target and a rename, so a failed write never leaves half a
 * file; the temporary file is removed whatever fails (full disk half-way, a rename refused).
 */
export async function writeAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** The input's bytes, or why not: not a regular file (/dev/zero, a FIFO, a folder), too large, unreadable. */
export async function readInputBytes(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    return { ok: false, message: fileErrorText(e, file, "läsa") };
  }
  if (stat.isDirectory()) return { ok: false, message: `${file} är en mapp, inte en arbetsbok. Ange .xlsx-filen i mappen.` };
  if (!stat.isFile())
    return { ok: false, message: `${file} är ingen vanlig fil (utan en enhet eller ett rör) och läses inte. Ange arbetsboken (.xlsx).` };
  if (stat.size > MAX_INDATA_BYTES) {
    return {
      ok: false,
      message: `${file} är ${Math.round(stat.size / 1024 / 1024)} MB, mer än de ${MAX_INDATA_BYTES / 1024 / 1024} MB Finsam läser. Spara en kopia med bara de blad Finsam behöver (Insatser, Budget, Utfall …) och kör på den.`,
    };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (e) {
    return { ok: false, message: fileErrorText(e, file, "läsa") };
  }
}

export interface LoadedInput {
  wb: ExcelJS.Workbook;
  bytes: Uint8Array;
  /** Sheets not read because they pass the size limits (the pipeline reports them). */
  refused: SheetExtent[];
  /** Parts of the user's workbook the copy will not have, in Swedish. */
  lost: string[];
}

/**
 * The input workbook, checked before it is parsed (sniff: its format; inspect: sizes, extents, parts the copy
 * loses), or null after a Swedish message on stderr.
 */
export async function loadInput(cmd: { input: string }, deps: { stderr: (t: string) => void }): Promise<LoadedInput | null> {
  const read = await readInputBytes(cmd.input);
  if (!read.ok) {
    deps.stderr(`finsam: ${read.message}\n`);
    return null;
  }
  const { bytes } = read;
  // A Swedish Excel CSV file becomes a one-sheet workbook; --ut gets that sheet and the reports.
  if (isCsvFileName(cmd.input)) {
    try {
      return { wb: simSheetsToWorkbook(csvToSimSheets(bytes, cmd.input)), bytes, refused: [], lost: [] };
    } catch (e) {
      deps.stderr(`finsam: ${swedishErrorText(e)}\n`);
      return null;
    }
  }
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) {
    deps.stderr(`finsam: ${cmd.input} ${sniff.message}\n`);
    return null;
  }
  const inspected = await inspectXlsx(bytes, sniff.entries);
  if (!inspected.ok) {
    deps.stderr(`finsam: ${cmd.input} ${inspected.message}\n`);
    return null;
  }
  const { inspection } = inspected;
  try {
    return { wb: await loadWorkbook(inspection.bytes), bytes, refused: inspection.refused, lost: inspection.lost };
  } catch {
    deps.stderr(
      `finsam: ${cmd.input} ser ut som en Excel-arbetsbok men innehållet är skadat och kan inte läsas. ` +
        "Öppna den i Excel (som brukar kunna reparera filen), spara den som Excel-arbetsbok (.xlsx) och kör igen.\n",
    );
    return null;
  }
}

/** Extensions of files --json must never replace (a workbook or a table is not where JSON goes). */
const NOT_JSON = /\.(xlsx|xlsm|xlsb|xltx|xltm|xls|ods|csv|tsv|txt|sie|se|si)$/i;

/**
 * Why --json may not be written to `json`, or null: it is the input or --ut (any spelling, links too), it has a
 * workbook's or a table's extension, or it is an existing file that is not JSON.
 */
export async function jsonTargetProblem(json: string, others: { input: string; output: string }): Promise<string | null> {
  if (await sameFile(json, others.input))
    return `--json får inte vara indatafilen (${others.input}); den skulle skrivas över med JSON. Ange t.ex. --json resultat.json.`;
  if (await sameFile(json, others.output))
    return `--json får inte vara samma fil som --ut (${others.output}). Ange t.ex. --json resultat.json.`;
  if (NOT_JSON.test(json))
    return `--json ${json} har en filändelse för arbetsböcker eller tabeller; JSON skrivs bara till en .json-fil, t.ex. --json resultat.json.`;
  let head: string;
  try {
    const handle = await fs.open(json, "r");
    try {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      if (!(await handle.stat()).isFile()) return `--json ${json} är ingen vanlig fil. Ange en .json-fil.`;
      head = buf.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") return null;
    if (code === "EISDIR") return `--json ${json} är en mapp. Ange en fil, t.ex. ${path.join(json, "resultat.json")}.`;
    return null; // unreadable: the write reports it
  }
  const t = head.replace(/^\uFEFF/, "").trimStart();
  if (t === "" || t.startsWith("{") || t.startsWith("[")) return null;
  return `--json ${json} finns redan och är ingen JSON-fil; Finsam skriver inte över den. Ange en ny fil, t.ex. --json resultat.json.`;
}

/** Why --ut may not be written to `output` (other than being the input), or null: Finsam writes .xlsx only. */
export function outputExtensionProblem(flag: string, output: string): string | null {
  const ext = path.extname(output).toLowerCase();
  if (ext === ".xlsx") return null;
  if (ext === ".xlsm" || ext === ".xltm")
    return `${flag} ${output}: Finsam skriver en arbetsbok utan makron, som måste heta .xlsx (Excel vägrar öppna en .xlsm utan makrodel). Ange t.ex. ${output.slice(0, -ext.length)}.xlsx.`;
  return `${flag} ${output}: filen som skrivs är en Excel-arbetsbok och måste sluta på .xlsx, t.ex. ${ext ? output.slice(0, -ext.length) : output}.xlsx.`;
}
