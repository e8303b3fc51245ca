import type { Severity } from "../domain/model";

/** Every text the task pane shows, in Swedish. */
export const strings = {
  appTitle: "Finsam för Excel",
  appIntro: "Kontrollera arbetsboken och skapa rapporter för perioden.",
  periodLegend: "Rapportperiod",
  tillLabel: "Periodens slutdatum",
  tillHint: "Till och med, t.ex. 2024-06-30.",
  franLabel: "Från",
  franHint: "Förvalt: 1 januari samma år.",
  kontrollera: "Kontrollera",
  skapaRapporter: "Skapa rapporter",
  kontrollerar: "Läser arbetsboken och kontrollerar …",
  skapar: "Skapar rapporter …",
  actionsLabel: "Åtgärder",
  issuesHeading: "Resultat av kontrollen",
  issuesRegion: "Avvikelser i arbetsboken",
  noIssues: "Inga fel eller varningar hittades.",
  severityGroup: { fel: "Fel", varning: "Varningar", info: "Information" } satisfies Record<Severity, string>,
  severityBadge: { fel: "fel", varning: "varning", info: "info" } satisfies Record<Severity, string>,
  workbookWide: "hela arbetsboken",
  writtenHeading: "Rapporter skapade",
  failedHeading: "Något gick fel",
  cellNotShown: (where: string) => `Kunde inte visa ${where}.`,
  unknownError: "Okänt fel.",
} as const;

/** "Jobbcentrum!C7" style location of an issue; "hela arbetsboken" when it is not about one sheet. */
export function issueLocation(sheet: string, cell: string): string {
  if (!sheet) return strings.workbookWide;
  return cell ? `${sheet}!${cell}` : sheet;
}

/** "Gå till Insatser!C7: <message>" — the accessible name of an issue button. */
export function issueButtonLabel(severity: Severity, location: string, message: string): string {
  return `${strings.severityBadge[severity]}, ${location}: ${message}`;
}

/** "3 fel, 2 varningar, 1 info". */
export function countSummary(counts: Record<Severity, number>): string {
  const varningar = counts.varning === 1 ? "1 varning" : `${counts.varning} varningar`;
  return `${counts.fel} fel, ${varningar}, ${counts.info} info`;
}

/** "Kontrollen läste 5 blad: 3 fel, 2 varningar, 1 info." */
export function checkSummary(sheetCount: number, counts: Record<Severity, number>): string {
  return `Kontrollen läste ${sheetCount} blad: ${countSummary(counts)}.`;
}

/** "Skapa rapporter skriver 3 blad: A, B, C." */
export function plannedSummary(names: string[]): string {
  if (names.length === 0) return "Arbetsboken saknar blad som rapporterna behöver.";
  return `Skapa rapporter skriver ${names.length} blad: ${names.join(", ")}.`;
}

/** "4 blad skrivna: A, B, C, D" */
export function writtenSummary(names: string[]): string {
  return `${names.length} blad skrivna: ${names.join(", ")}`;
}

/** "Ersatte tidigare: A, B" */
export function replacedSummary(names: string[]): string {
  return `Ersatte tidigare: ${names.join(", ")}`;
}

/** "Excel-anrop (sync): 2 vid läsning, 1 vid skrivning" */
export function syncSummary(read: number | null, write?: number): string {
  const parts: string[] = [];
  if (read !== null) parts.push(`${read} vid läsning`);
  if (write !== undefined) parts.push(`${write} vid skrivning`);
  return parts.length ? `Excel-anrop (sync): ${parts.join(", ")}` : "";
}

/** Texts of the browser demo (the same pane beside a simulated workbook). */
export const demoStrings = {
  title: "Finsam för Excel – webbdemo",
  subtitle: "Simulerad Excel i webbläsaren. Inga uppgifter lämnar datorn.",
  openFile: "Öppna .xlsx …",
  openFileLabel: "Öppna en egen arbetsbok (.xlsx)",
  loadExample: "Ladda exemplet",
  download: "Ladda ner .xlsx",
  loading: "Läser arbetsboken …",
  loadFailed: (why: string) => `Kunde inte läsa arbetsboken: ${why}`,
  downloadFailed: (why: string) => `Kunde inte skapa .xlsx-filen: ${why}`,
  sheetTabs: "Blad i arbetsboken",
  gridLabel: (sheet: string) => `Bladet ${sheet}`,
  corner: "Markera allt",
  formulaBar: "Formelfält",
  nameBox: "Namnruta",
  paneLabel: "Aktivitetsfönster: Finsam",
  workbookLabel: "Arbetsbok",
  noWorkbook: "Ingen arbetsbok är öppen.",
  sourceExample: "Exempel: finsam-exempel-2024.xlsx",
  sourceFile: (name: string) => `Öppnad: ${name}`,
  downloadName: "finsam-resultat.xlsx",
} as const;
