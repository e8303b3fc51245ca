/**
 * Findings of the fuzz suite. 1 (fixed): detection kept a header year outside 1900–2200 ("9999-12-31" → 9999)
 * in the mapping, which the mapping's zod schema (detect/schema.ts) refuses. parseColumnHeader now drops such
 * years; the detect property asserts that no mapping holds one (yearOutsideSchema).
 */

/** True when a mapping holds a year (or an ISO date's year) outside the schema's 1900–2200. */
export function yearOutsideSchema(mapping: unknown): boolean {
  const text = JSON.stringify(mapping);
  return [...text.matchAll(/"year":(-?\d+)|"(\d{4,})-\d\d-\d\d"/g)].some((m) => {
    const y = Number(m[1] ?? m[2]);
    return y < 1900 || y > 2200;
  });
}
