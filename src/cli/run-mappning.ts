import { detectWorkbook } from "../domain/detect";
import { KIND_LABEL, READ_SHEET_KINDS, type WorkbookMapping } from "../domain/model/mapping";
import { readWorkbookSheets } from "../xlsx/read-workbook";
import { EXIT, loadInput, writeAtomically, type RapportDeps } from "./run-rapport";
import { formatSv } from "../domain/text/format";

/**
 * `finsam mappning <in.xlsx> --ut <mappning.json>`: writes the detected mapping of the workbook (which sheet is
 * which kind, which column is which field, period/year and unit of every amount column, aliases) as readable
 * JSON — the same schema the task pane saves (src/domain/model/mapping-schema.ts) — with a confidence (0–1) per
 * sheet and column, and prints the items below 0,8 to check. The user edits the file and runs
 * `finsam rapport … --mappning <mappning.json>` every quarter with it (loadMappingFile).
 */

export interface MappningCommand {
  kind: "mappning";
  input: string;
  output: string;
}

/** Confidence below which an item is listed as uncertain. */
export const OSAKER = 0.8;

const KOMMENTAR = [
  "Finsam för Excel – mappning av arbetsbokens egna blad. Redigera och använd med: finsam rapport IN.xlsx --till ÅÅÅÅ-MM-DD --ut UT.xlsx --mappning DENNA.json",
  `sheets[].kind: ${READ_SHEET_KINDS.join(", ")} eller annat (läses inte). use=false: bladet läses inte.`,
  "sheets[].headerRow: Excel-radnumret för rubrikraden. columns[].column: kolumnbokstaven. columns[].role: post, agare, period, ar, kategori, typ, start, slut … eller belopp eller ignorera.",
  "För belopp: measure = utfall, budget, prognos, avvikelse, kvot eller ovrigt; period = {from, to, label} (t.ex. 2024-01-01 till 2024-06-30 för Ack utfall per 30 juni) eller year = 2024 för helårsbudget; factor = 1 (kr), 1000 (tkr) eller 1000000 (mkr).",
  "confidence: 0–1, hur säker igenkänningen är; under 0,8 bör du kontrollera. alias: [{namn, insats}] – andra stavningar av en insats. Raden kommentar ignoreras vid inläsning.",
];

/** The mapping as the file holds it: the comment first, then the schema's fields. */
export function mappingFileText(mapping: WorkbookMapping): string {
  return `${JSON.stringify({ kommentar: KOMMENTAR, ...mapping }, null, 2)}\n`;
}

/** The items to check: sheets and columns with confidence below OSAKER, and amount columns without a period or year, one Swedish line each. */
export function uncertainItems(mapping: WorkbookMapping): string[] {
  const out: string[] = [];
  for (const s of mapping.sheets) {
    if (s.kind === "annat") continue;
    if (s.confidence < OSAKER) out.push(`${s.sheet}: bladtypen ${KIND_LABEL[s.kind]} är osäker (${formatSv(s.confidence, 2)})`);
    const longLayout = s.columns.some((c) => c.role === "period" || c.role === "ar" || c.role === "fran");
    for (const c of s.columns) {
      const noPeriod =
        !longLayout && c.role === "belopp" && (c.measure === "utfall" || c.measure === "budget") && !c.period && c.year === undefined;
      if (noPeriod) {
        out.push(`${s.sheet}!${c.column} "${c.header}": ${c.measure} utan period – ange period (from, to) eller year`);
        continue;
      }
      if (c.role === "ignorera" || c.confidence >= OSAKER) continue;
      const what =
        c.role === "belopp"
          ? `${c.measure ?? "belopp"}${c.period ? ` ${c.period.label}` : c.year !== undefined ? ` ${c.year}` : " utan period"}`
          : c.role;
      out.push(`${s.sheet}!${c.column} "${c.header}": ${what} är osäker (${formatSv(c.confidence, 2)})`);
    }
  }
  return out;
}

export async function runMappning(cmd: MappningCommand, deps: Pick<RapportDeps, "stdout" | "stderr">): Promise<number> {
  const loaded = await loadInput(cmd, deps);
  if (!loaded) return EXIT.usage;
  const mapping = detectWorkbook(readWorkbookSheets(loaded.wb));
  try {
    await writeAtomically(cmd.output, new TextEncoder().encode(mappingFileText(mapping)));
  } catch (e) {
    deps.stderr(`finsam: kunde inte skriva ${cmd.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  const lines = mapping.sheets.map(
    (s) => `  ${s.sheet}: ${KIND_LABEL[s.kind]}${s.use ? "" : " (läses inte)"}, säkerhet ${formatSv(s.confidence, 2)}`,
  );
  const osakra = uncertainItems(mapping);
  deps.stdout(
    `Mappningen skrevs till ${cmd.output}.\n${lines.join("\n")}\n` +
      (osakra.length > 0
        ? `Kontrollera (säkerhet under ${formatSv(OSAKER, 1)}):\n${osakra.map((l) => `  ${l}`).join("\n")}\n`
        : "Alla blad och kolumner känns igen säkert.\n") +
      `Använd den med: finsam rapport ${cmd.input} --till ÅÅÅÅ-MM-DD --ut rapporter.xlsx --mappning ${cmd.output}\n`,
  );
  return EXIT.ok;
}
