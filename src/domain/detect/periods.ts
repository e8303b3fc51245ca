import type { Period } from "../model/records";
import { periodLabel } from "../text/period";
import { addDays, daysBetween, daysInMonth, isoParts } from "../text/sv-date";

/**
 * Period arithmetic for wide tables: nested utfall columns ("ack 2021" around "Q3 - Q4 2021") become
 * non-overlapping periods, and a budget for part of a year ("Budget 2024-06-30", "Aktuell budget jan-aug")
 * becomes a yearly budget when the table has no whole-year budget column.
 */

export function makePeriod(from: string, to: string): Period {
  return { from, to, label: periodLabel(from, to) };
}

export function contains(outer: Period, inner: Period): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** outer minus inner when they share their start or their end (else undefined). */
export function remainder(outer: Period, inner: Period): Period | undefined {
  if (inner.from === outer.from && inner.to < outer.to) return makePeriod(addDays(inner.to, 1), outer.to);
  if (inner.to === outer.to && inner.from > outer.from) return makePeriod(outer.from, addDays(inner.from, -1));
  return undefined;
}

/** Whole months covered when the period runs from a 1st to a month end; undefined otherwise. */
export function wholeMonths(p: Period): number | undefined {
  const [y1, m1, d1] = isoParts(p.from);
  const [y2, m2, d2] = isoParts(p.to);
  if (d1 !== 1 || d2 !== daysInMonth(y2, m2)) return undefined;
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/**
 * Yearly amount from the amount of a period inside one year, linear over the year (as the budget is
 * periodised): amount × 12 / months for whole months (Mölndal jan–aug: × 12/8), else × days in year / days.
 */
export function yearlyFromPeriod(amount: number, p: Period): number {
  const months = wholeMonths(p);
  if (months !== undefined) return (amount * 12) / months;
  const y = Number(p.from.slice(0, 4));
  const yearDays = daysBetween(`${y}-01-01`, `${y}-12-31`) + 1;
  return (amount * yearDays) / (daysBetween(p.from, p.to) + 1);
}

/** One utfall column's place in the decomposition: its own period, and the column whose period it is cut out of. */
export interface UtfallPlanItem {
  index: number;
  period: Period;
  /** Index of the enclosing column (sharing its start or end), when nested. */
  parent?: number;
  /** True when the column overlaps another without nesting and is not used. */
  skipped?: boolean;
}

/**
 * Orders utfall columns longest first; a column nested in an earlier one (sharing an end) is cut out of it;
 * a column that overlaps otherwise is skipped (the caller reports it).
 */
export function planUtfallColumns(periods: readonly Period[]): UtfallPlanItem[] {
  const order = periods
    .map((p, i) => i)
    .sort((a, b) => daysBetween(periods[b].from, periods[b].to) - daysBetween(periods[a].from, periods[a].to) || a - b);
  const items: UtfallPlanItem[] = [];
  const placed: UtfallPlanItem[] = [];
  for (const i of order) {
    const p = periods[i];
    const parent = placed.find(
      (q) =>
        contains(q.period, p) && remainder(q.period, p) !== undefined && !placed.some((o) => o.parent === q.index && overlaps(o.period, p)),
    );
    const item: UtfallPlanItem = { index: i, period: p };
    if (parent) item.parent = parent.index;
    else if (placed.some((q) => overlaps(q.period, p))) item.skipped = true;
    items.push(item);
    if (!item.skipped) placed.push(item);
  }
  return items.sort((a, b) => a.index - b.index);
}

/**
 * Splits one row's utfall values by the plan: a nested column keeps its value and period; its parent keeps
 * the rest (parent − children) over the remaining period; when the children cover the whole parent (H1, H2 and
 * Helår) the parent adds nothing. An empty child leaves the parent whole.
 */
export function splitUtfall(
  plan: readonly UtfallPlanItem[],
  values: readonly (number | undefined)[],
): { index: number; period: Period; value: number }[] {
  const out: { index: number; period: Period; value: number }[] = [];
  for (const item of plan) {
    const v = values[item.index];
    if (item.skipped || v === undefined) continue;
    let period = item.period;
    let value = v;
    let covered = false;
    for (const child of plan) {
      if (child.parent !== item.index || values[child.index] === undefined || covered) continue;
      if (child.period.from === period.from && child.period.to === period.to) {
        // The children cover the parent ("Halvår 1 | Halvår 2 | Helår"): the parent is their total, not more utfall.
        covered = true;
        continue;
      }
      const rest = remainder(period, child.period);
      if (!rest) continue;
      period = rest;
      value -= values[child.index]!;
    }
    if (!covered) out.push({ index: item.index, period, value });
  }
  return out;
}
