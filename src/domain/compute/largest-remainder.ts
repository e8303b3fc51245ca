/**
 * Largest-remainder rounding (Hare–Niemeyer): split a whole-krona total over weights so that the
 * parts are whole kronor and add up EXACTLY to the total.
 *
 * Formula: quota_i = T × w_i / Σw; part_i = ⌊quota_i⌋; the R = T − Σ⌊quota⌋ kronor left over go,
 * one each, to the R largest remainders quota_i − ⌊quota_i⌋ (ties: larger weight first, then earlier
 * position). Used for the kommun shares of medlemsbidraget (domain.md §3.3): Uppsala 2024, kommuner
 * 5 830 500 kr by invånare → the published Helår 2024 figures to the krona.
 *
 * Integer weights are handled exactly (BigInt arithmetic, no floating-point remainders); fractional
 * weights (fixed shares such as 0,125) are scaled to integers first when they have ≤ 9 decimals.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const t = roundHalfAwayFromZero(total);
  const n = weights.length;
  if (n === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  if (clean.every((w) => w === 0)) return clean.map(() => 0);
  const scaled = toIntegerWeights(clean);
  // Weights too small to scale (5e-324 rounds to 0n) would divide by a zero BigInt sum: split them as floats.
  if (scaled && scaled.some((w) => w > 0n)) return exactSplit(t, scaled);
  return floatSplit(t, clean);
}

/** Round half away from zero to whole kronor (2,5 → 3; −2,5 → −3). */
export function roundHalfAwayFromZero(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

function toIntegerWeights(weights: number[]): bigint[] | null {
  for (let d = 0; d <= 9; d++) {
    const f = 10 ** d;
    if (weights.every((w) => Number.isSafeInteger(Math.round(w * f)) && Math.abs(Math.round(w * f) - w * f) < 1e-6)) {
      return weights.map((w) => BigInt(Math.round(w * f)));
    }
  }
  return null;
}

interface Share {
  index: number;
  floor: bigint;
  /** Remainder numerator (quota − floor) × Σw; comparable across parts because Σw is common. */
  rest: bigint;
  weight: bigint;
}

function exactSplit(total: number, weights: bigint[]): number[] {
  const negative = total < 0;
  const t = BigInt(Math.abs(total));
  const sum = weights.reduce((a, b) => a + b, 0n);
  const shares: Share[] = weights.map((w, index) => {
    const num = t * w;
    return { index, floor: num / sum, rest: num % sum, weight: w };
  });
  let left = t - shares.reduce((a, s) => a + s.floor, 0n);
  const order = [...shares].sort((a, b) => {
    if (a.rest !== b.rest) return a.rest > b.rest ? -1 : 1;
    if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
    return a.index - b.index;
  });
  for (const s of order) {
    if (left <= 0n) break;
    s.floor += 1n;
    left -= 1n;
  }
  return shares.map((s) => (negative ? -Number(s.floor) : Number(s.floor)));
}

function floatSplit(total: number, weights: number[]): number[] {
  const negative = total < 0;
  const t = Math.abs(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (t * w) / sum);
  const parts = quotas.map((q) => Math.floor(q + 1e-9));
  let left = t - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, index) => ({ index, rest: q - parts[index], weight: weights[index] }))
    .sort((a, b) => (Math.abs(a.rest - b.rest) > 1e-12 ? b.rest - a.rest : b.weight - a.weight || a.index - b.index));
  for (const o of order) {
    if (left <= 0) break;
    parts[o.index] += 1;
    left -= 1;
  }
  return parts.map((p) => (negative && p !== 0 ? -p : p));
}
