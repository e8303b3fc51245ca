import { issue, type Issue } from "../../issues/issue";
import type { ColumnMapping, SheetMapping, WorkbookMapping } from "../../model/mapping";

/**
 * Two columns of one sheet that the mapping gives the SAME role — a copied Utfall column beside itself, two
 * "Budget 2024" columns, two Post columns. Read as they are, the amounts of both are added (every utfall
 * doubled: kvot 72 % → 144 %) or the last silently wins. Neither is right, and Finsam cannot know which column
 * the user means: both are left unread and DUBBLETT_KOLUMN (fel) names both header cells.
 *
 * Same role means: the same key field (post, period, insats, typ, …), or an amount column ("belopp") with the
 * same measure, year and period. Amount columns of other figures ("ovrigt") may repeat.
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

/**
 * The mapping with every column of a duplicated role set to "ignorera" on the sheets `applies` selects, and one
 * DUBBLETT_KOLUMN per group (at the first header cell, naming all of them).
 */
export function withoutDuplicateRoles(
  mapping: WorkbookMapping,
  applies: (m: SheetMapping) => boolean,
): { mapping: WorkbookMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const sheets = mapping.sheets.map((m) => {
    if (!applies(m)) return m;
    const groups = duplicateRoleGroups(m);
    if (groups.length === 0) return m;
    const dropped = new Set<ColumnMapping>(groups.flat());
    for (const g of groups) {
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
