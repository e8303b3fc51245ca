/**
 * THE Swedish number formatter: every number the add-in writes as text (issue messages, notes, summaries,
 * pane and CLI text) goes through here. Built on `Intl.NumberFormat("sv-SE")`, decided once:
 *
 * - thousands grouped with a NO-BREAK SPACE (U+00A0): what `sv-SE` gives, what Excel shows for "# ##0" on a
 *   Swedish machine, and a number never breaks across lines in a wrapped message; "23 322 000";
 * - decimal comma: "1 234,5";
 * - the typographic minus U+2212: "−17 703"; zero, −0 and negatives that round to zero are written "0";
 * - rounding half away from zero on the number as written ("2,5" → 3, "−2,5" → −3, 1.005 → "1,01" with two
 *   decimals), for display only: every calculation keeps full precision;
 * - an ordinary space before a unit: "1 326 400 kr", "−3 849 tkr", "28,9 %";
 * - NaN and ±∞ are written "–" (never "NaN", never a silent 0).
 *
 * Excel cell formats ("# ##0", "0,0 %") are not text and stay Excel formats; the demo's Excel format renderer
 * (src/demo/number-format.ts) and the print-width estimate (plan/print-measure.ts) emulate Excel, not this.
 */

const NOT_A_NUMBER = "–";
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number, signed: boolean, minDecimals = decimals): Intl.NumberFormat {
  const key = `${minDecimals}-${decimals}${signed ? "+" : ""}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat("sv-SE", {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: decimals,
      roundingMode: "halfExpand",
      signDisplay: signed ? "exceptZero" : "negative",
    });
    cache.set(key, f);
  }
  return f;
}

/** `n` rounded to `decimals` (default 0) for display: "−17 703", "1 234,5". */
export function formatSv(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return numberFormat(decimals, false).format(n);
}

/** `n` with at most `maxDecimals` decimals and no trailing zeros: 80 → "80", 28,94 → "28,9" (maxDecimals 1). */
export function formatSvUpTo(n: number, maxDecimals: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return numberFormat(maxDecimals, false, 0).format(n);
}

/** A change with its sign: "+2 000", "−669", "0" when it rounds to nothing. */
export function formatSvSigned(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return numberFormat(decimals, true).format(n);
}

/** Kronor: "1 326 400 kr" (whole kronor unless `decimals` says otherwise). */
export function formatKr(kronor: number, decimals = 0): string {
  return `${formatSv(kronor, decimals)} kr`;
}

/** Kronor shown in whole tkr: 3 849 400 → "3 849 tkr". Only the display is in thousands. */
export function formatTkr(kronor: number, decimals = 0): string {
  return `${formatSv(kronor / 1000, decimals)} tkr`;
}

/** A fraction as per cent: 0,289 → "28,9 %" (one decimal unless `decimals` says otherwise). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatSv(fraction * 100, decimals)} %`;
}

/** A fraction as per cent with at most one decimal and no trailing zero: 0,8 → "80 %", 0,289 → "28,9 %". */
export function formatPercentShort(fraction: number): string {
  return `${formatSvUpTo(fraction * 100, 1)} %`;
}

/** "tkr" for 1000, "mkr" for 1 000 000, else "kr". */
export function unitLabel(factor: number): string {
  if (factor === 1000) return "tkr";
  if (factor === 1e6) return "mkr";
  return "kr";
}
