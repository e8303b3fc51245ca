/**
 * The register of Finsam's own output sheets, shared by every host (Excel add-in, CLI, demo):
 * a very hidden sheet "FinsamRegister" in the workbook itself, so it survives .xlsx round trips
 * through ExcelJS, LibreOffice and Excel (ExcelJS can neither read nor keep Office document
 * settings, and the CLI cannot know Office's worksheet ids).
 *
 * Layout — row 1 is the header, then one row per output sheet:
 *
 *   Typ              | Nyckel     | Blad                        | Id
 *   forbrukningskvot | 2024-06-30 | Förbrukningskvot 2024-06-30 | {6B1C…}
 *
 * "Typ" and "Nyckel" are the plan's kind and key (a re-run of the same kind + key replaces the
 * sheet), "Blad" the sheet name when the register was last written, "Id" the Office worksheet id
 * (only the Excel host writes it, and only for sheets it created; registers without the column,
 * as earlier CLI builds wrote them, are read as having no ids).
 *
 * Which sheet an entry denotes (resolveOutputs):
 *  1. the sheet with the entry's id, when there is one — a report the user renamed in Excel is
 *     still recognised;
 *  2. otherwise the sheet with the entry's name (compared case-insensitively like Excel does),
 *     when the entry has no id, or when none of the register's ids matches any sheet (ids that
 *     did not survive the file's trip through another program or an older Excel session);
 *  3. otherwise none: the user deleted or renamed the sheet, and from then on it is theirs.
 * A sheet is claimed by at most one entry; id matches claim first. A copy the user made of a
 * report has a new id and a new name ("… (2)"), so it is never claimed.
 *
 * Pure: no host API. The hosts read the register sheet's cells into rows and write
 * `registerRows(...)` back.
 */

/** Name of the very hidden register sheet. */
export const REGISTER_SHEET = "FinsamRegister";

/** Header row of the register sheet. */
export const REGISTER_HEADER: readonly string[] = ["Typ", "Nyckel", "Blad", "Id"];

export interface OutputEntry {
  /** SheetPlan.kind */
  kind: string;
  /** SheetPlan.key */
  key: string;
  /** Sheet name when the entry was written. */
  name: string;
  /** Office worksheet id (Excel host only); absent when unknown. */
  id?: string;
}

/** A sheet of the workbook as a host sees it (the CLI knows no ids). */
export interface SheetRef {
  name: string;
  id?: string;
}

export interface ResolvedOutput {
  entry: OutputEntry;
  /** Index into the `sheets` given to resolveOutputs. */
  index: number;
  /** True when the sheet was found by its worksheet id (so the id is still valid). */
  byId: boolean;
  /** True when the sheet was found by the output marker inside it (output-marker.ts): its current id is the one to keep. */
  byMarker?: boolean;
}

/** Identity of a plan for re-runs: kind + key. */
export const outputKey = (e: { kind: string; key: string }): string => `${e.kind}\u0000${e.key}`;

/** True for the register sheet's name (case-insensitive, like Excel's sheet names). */
export const isRegisterSheet = (name: string): boolean => name.toLowerCase() === REGISTER_SHEET.toLowerCase();

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "boolean" ? String(v) : "";

const normalize = (v: unknown): string => text(v).toLowerCase();

/**
 * Entries of a register sheet, given its used range as rows (the header is the first row; the
 * columns are found by their header text, so a register without the "Id" column reads fine).
 * Anything unreadable — no header, rows without type or sheet name — is left out: a register
 * that cannot be read means no output is recognised, never that a sheet is guessed to be ours.
 */
export function parseRegister(rows: readonly (readonly unknown[])[] | null | undefined): OutputEntry[] {
  if (!rows || rows.length === 0) return [];
  const header = (rows[0] ?? []).map(normalize);
  const col = (name: string): number => header.indexOf(name.toLowerCase());
  const [kindCol, keyCol, nameCol, idCol] = REGISTER_HEADER.map(col);
  if (kindCol < 0 || keyCol < 0 || nameCol < 0) return [];
  const entries: OutputEntry[] = [];
  for (const row of rows.slice(1)) {
    const kind = text(row?.[kindCol]);
    const name = text(row?.[nameCol]);
    if (!kind || !name) continue;
    const entry: OutputEntry = { kind, key: text(row?.[keyCol]), name };
    const id = idCol >= 0 ? text(row?.[idCol]) : "";
    if (id) entry.id = id;
    entries.push(entry);
  }
  return entries;
}

/** The register sheet's rows for `entries`: the header, then kind, key, sheet name and id ("" when none). */
export function registerRows(entries: readonly OutputEntry[]): string[][] {
  return [[...REGISTER_HEADER], ...entries.map((e) => [e.kind, e.key, e.name, e.id ?? ""])];
}

/** The sheets `entries` denote among `sheets` (rules in the module comment), in entry order. */
export function resolveOutputs(entries: readonly OutputEntry[], sheets: readonly SheetRef[]): ResolvedOutput[] {
  const byId = new Map<string, number>();
  sheets.forEach((s, i) => {
    if (s.id && !isRegisterSheet(s.name)) byId.set(s.id, i);
  });
  const idsLive = entries.some((e) => e.id !== undefined && byId.has(e.id));
  const claimed = new Set<number>();
  const found: (ResolvedOutput | undefined)[] = entries.map((entry) => {
    const index = entry.id === undefined ? undefined : byId.get(entry.id);
    if (index === undefined || claimed.has(index)) return undefined;
    claimed.add(index);
    return { entry, index, byId: true };
  });
  entries.forEach((entry, n) => {
    if (found[n] || (entry.id !== undefined && idsLive)) return;
    const index = findByName(sheets, entry.name, claimed);
    if (index < 0) return;
    claimed.add(index);
    found[n] = { entry, index, byId: false };
  });
  return found.filter((r): r is ResolvedOutput => r !== undefined);
}

/** Index of the unclaimed sheet named `name` (exact match first, then case-insensitive), or -1. */
function findByName(sheets: readonly SheetRef[], name: string, claimed: ReadonlySet<number>): number {
  const free = (s: SheetRef, i: number): boolean => !claimed.has(i) && !isRegisterSheet(s.name);
  const exact = sheets.findIndex((s, i) => free(s, i) && s.name === name);
  if (exact >= 0) return exact;
  return sheets.findIndex((s, i) => free(s, i) && s.name.toLowerCase() === name.toLowerCase());
}

/** The resolved outputs a write of `plans` replaces: those with the kind + key of one of the plans. */
export function replacedOutputs(resolved: readonly ResolvedOutput[], plans: readonly { kind: string; key: string }[]): ResolvedOutput[] {
  const wanted = new Set(plans.map(outputKey));
  return resolved.filter((r) => wanted.has(outputKey(r.entry)));
}

/**
 * The register after a write: the resolved outputs that stay (not replaced), under their sheets'
 * current names and with their id only when it was found by id (an id that matched nothing is
 * dropped), followed by the entries of the sheets just written.
 */
export function nextRegister(
  resolved: readonly ResolvedOutput[],
  sheets: readonly SheetRef[],
  replaced: readonly ResolvedOutput[],
  added: readonly OutputEntry[],
): OutputEntry[] {
  const gone = new Set(replaced.map((r) => r.index));
  const kept = resolved
    .filter((r) => !gone.has(r.index))
    .map((r): OutputEntry => {
      const sheet = sheets[r.index];
      const e: OutputEntry = { kind: r.entry.kind, key: r.entry.key, name: sheet.name };
      if ((r.byId || r.byMarker) && sheet.id) e.id = sheet.id;
      return e;
    });
  // Templates ("Skapa mallar") become the user's own input sheets once written: never registered as output,
  // so they are read as input and never replaced by a later run.
  return [...kept, ...added.filter((a) => a.kind !== TEMPLATE_KIND).map((a) => ({ ...a }))];
}

/** Kind of the template plans ("Skapa mallar"; src/domain/plan/mallar.ts re-exports it as MALL_KIND). */
export const TEMPLATE_KIND = "mall";

/** Names of the sheets that are Finsam's own: the register sheet and every resolved output sheet. */
export function ownSheetNames(resolved: readonly ResolvedOutput[], sheets: readonly SheetRef[]): Set<string> {
  const own = new Set(resolved.map((r) => sheets[r.index].name));
  for (const s of sheets) if (isRegisterSheet(s.name)) own.add(s.name);
  return own;
}
