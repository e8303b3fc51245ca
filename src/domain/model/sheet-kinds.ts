/**
 * THE list of what a sheet can hold. Everything else is derived from it: the `SheetKind` type, the saved
 * mapping's schema (model/mapping-schema.ts), the pane's kind choices and sheet overview (services/mapping-view.ts,
 * services/sheet-kinds.ts) and the CLI's mapping file comment (cli/run-mappning.ts). A new input sheet adds its
 * kind here, with its Swedish label.
 *
 * insatser/budget/utfall feed parseBase; rekvisitioner, deltagare, medlemmar feed their report modules;
 * uppfoljningstabell = a published K/M/S:a table (checked, not data); alias = Namn → Insats; annat = not read
 * (the add-in's own output, notes …).
 */
export const SHEET_KINDS = [
  "insatser",
  "budget",
  "utfall",
  "rekvisitioner",
  "deltagare",
  "medlemmar",
  "installningar",
  "alias",
  "uppfoljningstabell",
  "annat",
] as const;

/** What a sheet holds (one of SHEET_KINDS). */
export type SheetKind = (typeof SHEET_KINDS)[number];

/** The kinds that are read ("annat" is not). */
export type ReadSheetKind = Exclude<SheetKind, "annat">;

/** The kinds that are read, in list order. */
export const READ_SHEET_KINDS: readonly ReadSheetKind[] = SHEET_KINDS.filter((k): k is ReadSheetKind => k !== "annat");

/** Swedish labels of the kinds for the task pane. */
export const KIND_LABEL: Record<SheetKind, string> = {
  insatser: "Insatser",
  budget: "Budget",
  utfall: "Utfall",
  rekvisitioner: "Rekvisitioner",
  deltagare: "Deltagare",
  medlemmar: "Medlemmar",
  installningar: "Inställningar",
  alias: "Alias (namn på insatser)",
  uppfoljningstabell: "Publicerad uppföljningstabell (kontrolleras)",
  annat: "Läses inte",
};
