/**
 * Eget kapital i procent av årets medlemsbidrag (domain.md §3.2):
 *
 *   andel = eget kapital vid periodens slut / årets medlemsbidrag (the whole year's total, not the period's part)
 *
 * undefined when the medlemsbidrag is 0 (no division error, shown as an empty cell).
 * Reproduces Mölndal 2016-08-31: 2 846 / 16 692 = 17,1 %; Uppsala 2024-06-30: 6 740 / 23 322 = 28,9 %.
 */
export function egetKapitalAndel(egetKapital: number, medlemsbidrag: number): number | undefined {
  return medlemsbidrag === 0 || !Number.isFinite(medlemsbidrag) ? undefined : egetKapital / medlemsbidrag + 0;
}
