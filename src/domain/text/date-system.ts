import { parseRange, type RawSheet, type SheetPlan } from "../model";

/**
 * Excel's two date systems. In the 1900 system (Windows, and every workbook unless "Använd 1904-datumsystem"
 * is ticked) serial 45 292 is 2024-01-01; in the 1904 system (old Mac workbooks) serial 0 is 1904-01-01 and
 * the same day is 43 830 — every date 1 462 days lower. The domain reads serials in the 1900 system
 * (sv-date.ts serialToIso), so a host moves a 1904 workbook's dates up by 1 462 before the domain sees them.
 */

/** Days between the 1900 and the 1904 date system's serial numbers (1904-01-01 is 1462 in the 1900 system). */
export const DATE_1904_OFFSET = 1462;

/** True for a number format that shows a date or a time (y, m, d, h, s outside quotes and brackets). */
export function isDateNumberFormat(fmt: string | null | undefined): boolean {
  if (!fmt || fmt === "General") return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhsYMDHS]/.test(bare) && !/^[#0.,%\s-]*$/.test(bare);
}

/**
 * A sheet read from a 1904-system workbook with its dates in the 1900 system: every number under a date or
 * time number format + 1 462 (amounts, counts and numbers in General cells are left as they are — the same
 * rule ExcelJS applies when it turns date-formatted cells into dates).
 */
export function sheetFrom1904(sheet: RawSheet): RawSheet {
  const nf = sheet.numberFormats;
  if (!nf) return sheet;
  const values = sheet.values.map((row, r) =>
    row.map((v, c) => (typeof v === "number" && isDateNumberFormat(nf[r]?.[c]) ? v + DATE_1904_OFFSET : v)),
  );
  return { ...sheet, values };
}

/**
 * A plan for a 1904-system workbook: every plain number in a cell a style gives a date or time format, 1 462
 * lower (the plans' dates are 1900-system serials). Formulas are left alone: Excel computes them in the
 * workbook's own system.
 */
export function planTo1904(plan: SheetPlan): SheetPlan {
  const rows = plan.rows.map((r) => [...r]);
  const done = new Set<string>();
  for (const st of plan.styles ?? []) {
    if (!isDateNumberFormat(st.numberFormat)) continue;
    const rect = parseRange(st.range);
    if (!rect) continue;
    for (let r = rect.row1; r <= Math.min(rect.row2, rows.length - 1); r++)
      for (let c = rect.col1; c <= Math.min(rect.col2, (rows[r]?.length ?? 0) - 1); c++) {
        const v = rows[r][c];
        if (typeof v !== "number" || done.has(`${r},${c}`)) continue;
        done.add(`${r},${c}`);
        rows[r][c] = v - DATE_1904_OFFSET;
      }
  }
  return { ...plan, rows };
}
