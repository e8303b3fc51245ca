import type { RawSheet } from "../model/raw";
import type { ColumnMapping } from "../model/mapping";
import { normalizeHeader } from "../text/header";
import { parseSvNumber } from "../text/sv-number";

/**
 * A bare "Budget" beside year-to-date utfall, the date only in the title ("Driftsredovisning 2024-06-30 | Post |
 * Budget | Utfall"), is read as the year's budget (sheet-date.ts) — but many driftsredovisningar write the
 * period's budget there. The content decides: with r = the median of utfall / budget over the rows and f = the
 * share of the year the utfall covers, the year reading gives kvoter around r / f. When that is at least 140 %
 * while r itself is at most 130 % (a plausible kvot), the column is the period's budget: it takes the utfall's
 * period, confidence 0,6, and the sheet gets a note. Needs at least three rows with both figures.
 */

const YEAR_KVOT_LIMIT = 1.4;
const PERIOD_KVOT_LIMIT = 1.3;
const MIN_ROWS = 3;
const DAY = 86_400_000;

function num(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return undefined;
  const p = parseSvNumber(v);
  return p.kind === "number" ? p.value : undefined;
}

/** Returns a note when the budget column was changed to the period's budget; see the file comment. */
export function periodBudgetByContent(
  sheet: RawSheet,
  dataStart: number,
  amounts: readonly { col: ColumnMapping; c: number }[],
): string | undefined {
  const budgets = amounts.filter((a) => a.col.measure === "budget");
  const utfall = amounts.filter((a) => a.col.measure === "utfall");
  if (budgets.length !== 1 || utfall.length !== 1) return undefined;
  const [b] = budgets;
  const [u] = utfall;
  const period = u.col.period;
  if (b.col.year === undefined || b.col.period || !period) return undefined;
  if (normalizeHeader(b.col.header).replace(/(tkr|tsek|ksek|kr|sek)$/, "") !== "budget") return undefined;
  if (!period.from.startsWith(`${b.col.year}-01-01`) || period.to >= `${b.col.year}-12-31`) return undefined;
  const share =
    (Date.parse(period.to) - Date.parse(period.from) + DAY) / (Date.parse(`${b.col.year}-12-31`) - Date.parse(`${b.col.year}-01-01`) + DAY);
  const ratios: number[] = [];
  for (let r = dataStart; r < sheet.values.length; r++) {
    const bv = num(sheet.values[r]?.[b.c]);
    const uv = num(sheet.values[r]?.[u.c]);
    if (bv === undefined || uv === undefined || bv === 0 || uv === 0) continue;
    ratios.push(Math.abs(uv / bv));
  }
  if (ratios.length < MIN_ROWS) return undefined;
  ratios.sort((x, y) => x - y);
  const median = ratios[Math.floor(ratios.length / 2)];
  if (median / share < YEAR_KVOT_LIMIT || median > PERIOD_KVOT_LIMIT) return undefined;
  delete b.col.year;
  b.col.period = { ...period };
  b.col.confidence = Math.min(b.col.confidence, 0.6);
  return (
    `Kolumnen ${b.col.header} läses som budgeten för ${period.label}: som helårsbudget skulle förbrukningen ligga kring ` +
    `${Math.round((median / share) * 100)} % för de flesta poster. Ändra till helårsbudget i mappningen om det är fel.`
  );
}
