/**
 * Conditional-format thresholds as locale-free formulas. A rule's `formula1` outside `Range.formulas` has been
 * read in the user's locale on Excel desktop and Mac, so a bare "0.8" can become text or a date in Swedish Excel
 * and the hög/låg colouring then never or always fires (issue 16, finding 2). Microsoft's examples always pass
 * formulas; a decimal is sent as a fraction of integers, which has no decimal separator in any locale:
 *   "0.8" → "=4/5", "1" → "=1", "1.25" → "=5/4", "-0.05" → "=-1/20"; a formula ("=…") is kept; anything else
 * (a cell reference such as "$B$2") gets a leading "=".
 */
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

export function cfFormula(threshold: string | number): string {
  const text = String(threshold).trim();
  if (text.startsWith("=")) return text;
  const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) return `=${text}`;
  const decimals = m[3] ?? "";
  let num = BigInt(`${m[2]}${decimals}`);
  let den = 10n ** BigInt(decimals.length);
  const g = gcd(num, den) || 1n;
  num /= g;
  den /= g;
  const sign = m[1] === "-" && num !== 0n ? "-" : "";
  return den === 1n ? `=${sign}${num}` : `=${sign}${num}/${den}`;
}
