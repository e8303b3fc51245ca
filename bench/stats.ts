/** Small statistics and formatting helpers of the bench (Swedish number style: "1 234", "0,8"). */

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const max = (xs: readonly number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);

const group = (s: string): string => s.replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** Whole number with thin grouping: 1 234 567. */
export const int = (n: number): string => (Number.isFinite(n) ? group(Math.round(n).toString()) : "–");

/** Milliseconds: "840 ms" below 10 s, else "12,3 s". */
export function ms(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return "–";
  if (n < 10_000) return `${int(n)} ms`;
  return `${(n / 1000).toFixed(1).replace(".", ",")} s`;
}

/** Bytes as MB (10^6) with one decimal, or KB below 1 MB. */
export function bytes(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return "–";
  if (n < 1_000_000) return `${int(n / 1000)} KB`;
  return `${(n / 1e6).toFixed(1).replace(".", ",")} MB`;
}

/** Ratio "123×" (one decimal below 10). */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return "–";
  const r = a / b;
  return r < 10 ? `${r.toFixed(1).replace(".", ",")}×` : `${int(r)}×`;
}

/** A Markdown table. */
export function table(header: string[], rows: string[][], align?: ("l" | "r")[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? "r") === "l" ? ":---" : "---:"));
  return [header, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
