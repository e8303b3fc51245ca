/**
 * Swedish number formatting for issue messages: space as thousands separator, decimal comma and the
 * typographic minus, e.g. −17 703 and 1 234,5. Rounds to `decimals` (default 0) only for display.
 */
export function formatSv(n: number, decimals = 0): string {
  const rounded = Number(Math.abs(n).toFixed(decimals));
  const [int, frac] = rounded.toFixed(decimals).split(".");
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += " ";
    grouped += int[i];
  }
  const sign = n < 0 && rounded !== 0 ? "\u2212" : "";
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/** "tkr" for 1000, "mkr" for 1 000 000, else "kr". */
export function unitLabel(factor: number): string {
  if (factor === 1000) return "tkr";
  if (factor === 1e6) return "mkr";
  return "kr";
}
