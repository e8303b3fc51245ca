/**
 * Open findings of the fuzz suite, reported to the lead and not yet fixed by their owners. The properties skip
 * exactly these cases (and count them) so that every OTHER failure still stops the suite.
 *
 * 1. Detection keeps a header year outside 1900–2200 ("9999-12-31" → 9999, "1899-12-31" → 1899) in the mapping,
 *    but the mapping's zod schema (detect/schema.ts: year 1900–2200) refuses it: the mapping can be saved but not
 *    read back on the next run.
 */

/** True when a mapping holds a year (or an ISO date's year) outside the schema's 1900–2200. */
export function yearOutsideSchema(mapping: unknown): boolean {
  const text = JSON.stringify(mapping);
  return [...text.matchAll(/"year":(-?\d+)|"(\d{4,})-\d\d-\d\d"/g)].some((m) => {
    const y = Number(m[1] ?? m[2]);
    return y < 1900 || y > 2200;
  });
}
