import { issue, type Issue } from "../../issues/issue";
import type { ColumnMapping, SheetMapping, WorkbookMapping } from "../../model/mapping";
import type { RawSheet } from "../../model/raw";
import { colIndex, rowIndex } from "../../detect/fingerprint";
import { parseSvNumber } from "../../text/sv-number";

/**
 * Two columns of one sheet that the mapping gives the SAME role — a copied Utfall column beside itself, two
 * "Budget 2024" columns, two Post columns. Read as they are, the amounts of both are added (every utfall
 * doubled: kvot 72 % → 144 %) or the last silently wins. Neither is right, and Finsam cannot know which column
 * the user means: both are left unread and DUBBLETT_KOLUMN (fel) names both header cells.
 *
 * Same role means: the same key field (post, period, insats, typ, …), or an amount column ("belopp") with the
 * same measure, year and period. Amount columns of other figures ("ovrigt") may repeat.
 *
 * One exception: columns of one amount role that hold the SAME figures in kronor on every row ("Budget tkr" and a
 * helper "Budget kr" = tkr × 1 000, unseen.ts u21) are one figure written twice — the first is read, the others are
 * named in DUBBLETT_SAMMA_BELOPP (info). Same means: different headers (a column copied beside itself stays a fel),
 * every row filled in one is filled in all, at least two rows, and the amounts × the columns' units agree within half
 * a unit of the coarsest column.
 */

export const DUBBLETT_KOLUMN = "DUBBLETT_KOLUMN";

const MEASURE_SV: Record<string, string> = {
  utfall: "utfall",
  budget: "budget",
  prognos: "prognos",
  avvikelse: "avvikelse",
  kvot: "förbrukningskvot",
};

/** The role a column is read as, or null when it may repeat. */
function roleKey(c: ColumnMapping): string | null {
  // One column per insats (a transposed table, detect/transposed.ts): each is its own insats, named by its header.
  if (c.role === "ignorera" || c.role === "" || c.role === "insatskolumn") return null;
  if (c.role !== "belopp") return `nyckel:${c.role}`;
  if (!c.measure || c.measure === "ovrigt") return null;
  return `belopp:${c.measure}:${c.year ?? ""}:${c.period ? `${c.period.from}–${c.period.to}` : ""}`;
}

/** What the role is, in Swedish ("utfall", "budget 2024", "kolumnen post"). */
function roleText(c: ColumnMapping): string {
  if (c.role !== "belopp") return c.role;
  const what = MEASURE_SV[c.measure ?? ""] ?? "belopp";
  if (c.year !== undefined) return `${what} ${c.year}`;
  if (c.period) return `${what} ${c.period.from}–${c.period.to}`;
  return what;
}

/** Columns of one sheet mapping grouped by role, only the groups of two or more. */
export function duplicateRoleGroups(m: SheetMapping): ColumnMapping[][] {
  const groups = new Map<string, ColumnMapping[]>();
  for (const c of m.columns) {
    const key = roleKey(c);
    if (key === null) continue;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

function cellOf(m: SheetMapping, c: ColumnMapping): string {
  return `${c.column}${Math.max(m.headerRow, 1)}`;
}

/** Kronor of each data row of column c (undefined = empty, NaN = not a number). */
function kronor(sheet: RawSheet, m: SheetMapping, c: ColumnMapping): (number | undefined)[] {
  const ci = colIndex(sheet, c.column);
  const from = Math.max(0, rowIndex(sheet, Math.max(m.headerRow, m.extraHeaderRow ?? 0)) + 1);
  const out: (number | undefined)[] = [];
  for (let r = from; r < sheet.values.length; r++) {
    const p = parseSvNumber(sheet.values[r]?.[ci] ?? null);
    out.push(p.kind === "empty" ? undefined : p.kind === "number" ? p.value * (p.unitFactor ?? c.factor ?? 1) : NaN);
  }
  return out;
}

/** True when the group's amount columns hold the same kronor on every row (see the file comment). */
function sameFigures(sheet: RawSheet | undefined, m: SheetMapping, g: readonly ColumnMapping[]): boolean {
  if (!sheet || g.some((c) => c.role !== "belopp")) return false;
  // A column copied beside itself (the same header) stays a fel: the copy may have been meant for another figure.
  if (new Set(g.map((c) => c.header.trim().toLowerCase())).size < g.length) return false;
  const cols = g.map((c) => kronor(sheet, m, c));
  const tol = 0.5 * Math.max(...g.map((c) => c.factor ?? 1));
  let rows = 0;
  for (let r = 0; r < cols[0].length; r++) {
    const vs = cols.map((x) => x[r]);
    if (vs.every((v) => v === undefined)) continue;
    if (vs.some((v) => v === undefined || Number.isNaN(v))) return false;
    const nums = vs as number[];
    if (Math.max(...nums) - Math.min(...nums) > tol + 1e-9 * Math.abs(nums[0])) return false;
    rows++;
  }
  return rows >= 2;
}

/**
 * The mapping with every column of a duplicated role set to "ignorera" on the sheets `applies` selects, and one
 * DUBBLETT_KOLUMN per group (at the first header cell, naming all of them).
 */
export function withoutDuplicateRoles(
  mapping: WorkbookMapping,
  applies: (m: SheetMapping) => boolean,
  /** The sheets, to tell one figure written twice from two figures (see the file comment). */
  rawSheets: readonly RawSheet[] = [],
): { mapping: WorkbookMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const sheets = mapping.sheets.map((m) => {
    if (!applies(m)) return m;
    const groups = duplicateRoleGroups(m);
    if (groups.length === 0) return m;
    const dropped = new Set<ColumnMapping>();
    const sheet = rawSheets.find((x) => x.name === m.sheet);
    for (const g of groups) {
      if (sameFigures(sheet, m, g)) {
        const others = g.slice(1);
        for (const c of others) dropped.add(c);
        const list = others.map((c) => `${cellOf(m, c)} "${c.header}"`).join(" och ");
        issues.push(
          issue(
            "info",
            "DUBBLETT_SAMMA_BELOPP",
            m.sheet,
            cellOf(m, others[0]),
            `${list} har samma belopp som ${cellOf(m, g[0])} "${g[0].header}" på varje rad (${roleText(g[0])}, i kronor räknat); beloppen läses en gång, från ${g[0].column}.`,
          ),
        );
        continue;
      }
      for (const c of g) dropped.add(c);
      const cells = g.map((c) => `${cellOf(m, c)} "${c.header}"`);
      const list = `${cells.slice(0, -1).join(", ")} och ${cells[cells.length - 1]}`;
      issues.push(
        issue(
          "fel",
          DUBBLETT_KOLUMN,
          m.sheet,
          cellOf(m, g[0]),
          `Kolumnerna ${list} på bladet "${m.sheet}" läses alla som ${roleText(g[0])}. Ingen av dem läses, eftersom Finsam inte kan veta vilken som gäller ` +
            "(beloppen skulle annars räknas dubbelt, eller den ena tyst ersätta den andra). Ta bort den extra kolumnen, eller ge den en rubrik som säger vad den innehåller.",
        ),
      );
    }
    return { ...m, columns: m.columns.map((c) => (dropped.has(c) ? { ...c, role: "ignorera" } : c)) };
  });
  return { mapping: { ...mapping, sheets }, issues };
}
