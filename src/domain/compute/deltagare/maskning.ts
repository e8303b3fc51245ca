/**
 * Publicering: small-count suppression for tables meant for publication (domain.md §3.6).
 *
 * Primary: a shown count c with 1 ≤ c < threshold (default 5, 3 as an alternative) is hidden and shown as "<5".
 * Secondary: the reader knows every shown cell and every additive relation between cells (K + M = S:a, rows
 * adding up to a Totalt, the same figure in two tables). A relation with exactly one unknown cell gives that
 * cell away, so the engine computes what a reader can derive (repeatedly solving relations with one unknown);
 * whenever a sensitive count (1 ≤ c < threshold) — shown or merely derivable — would be derived, it hides one
 * more shown cell in the relation that gave it away (or, recursively, in the relation that gave away one of its
 * cells), preferring inner cells over totals and the smallest non-zero count. Secondary cells are shown as "x".
 * Percentages built on a hidden count are hidden by the caller (see `status`).
 * Example: Bryggan avslutade K 4, M 3, S:a 7 → K and M "<5"; column totals then force a second row's K and M.
 *
 * Cells that are never shown (e.g. aktivt arbetssökande per insats = the difference of two shown figures) are
 * registered with `shown: false`: they cannot be hidden but are protected when sensitive.
 */

export const VISAS = 0;
export const PRIMAR = 1;
export const SEKUNDAR = 2;

export interface SuppressionCell {
  value: number;
  /** False for figures the reader can only derive (never written). */
  shown: boolean;
  /** A total (S:a, Totalt): hidden only when no inner cell can be. */
  margin: boolean;
}

/** Registry of the cells and relations of every table of one report. */
export class SuppressionModel {
  readonly cells: SuppressionCell[] = [];
  readonly relations: number[][] = [];

  add(value: number, opts: { shown?: boolean; margin?: boolean } = {}): number {
    this.cells.push({ value, shown: opts.shown ?? true, margin: opts.margin ?? false });
    return this.cells.length - 1;
  }

  /** Declares that the cells' values are bound by one linear equation (parts adding to a total, or two equal figures). */
  relate(ids: readonly number[]): void {
    const unique = [...new Set(ids)];
    if (unique.length >= 2) this.relations.push(unique);
  }
}

/** True when a count must be hidden: 1 ≤ value < threshold. */
export function isSmall(value: number, threshold: number): boolean {
  return value >= 1 && value < threshold;
}

/** Status per cell: VISAS, PRIMAR ("<5") or SEKUNDAR ("x"). Deterministic. */
export function suppress(model: SuppressionModel, threshold: number): Uint8Array {
  const { cells, relations } = model;
  const n = cells.length;
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (cells[i].shown && isSmall(cells[i].value, threshold)) status[i] = PRIMAR;
  const byCell: number[][] = Array.from({ length: n }, () => []);
  relations.forEach((rel, r) => rel.forEach((c) => byCell[c].push(r)));

  for (let guard = 0; guard <= n; guard++) {
    const known = new Uint8Array(n);
    const derivedBy = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) if (cells[i].shown && status[i] === VISAS) known[i] = 1;
    derive(relations, byCell, known, derivedBy);
    let leak = -1;
    for (let i = 0; i < n && leak < 0; i++) if (derivedBy[i] >= 0 && isSmall(cells[i].value, threshold)) leak = i;
    if (leak < 0) return status;
    if (!hideIn(derivedBy[leak], leak, model, status, derivedBy, 0)) return status;
  }
  return status;
}

/** Marks every cell a reader can derive: a relation with exactly one unknown cell gives it away. */
function derive(relations: number[][], byCell: number[][], known: Uint8Array, derivedBy: Int32Array): void {
  const unknownCount = relations.map((rel) => rel.reduce((a, c) => a + (known[c] ? 0 : 1), 0));
  const queue: number[] = [];
  unknownCount.forEach((u, r) => u === 1 && queue.push(r));
  while (queue.length > 0) {
    const r = queue.pop() as number;
    if (unknownCount[r] !== 1) continue;
    const cell = relations[r].find((c) => !known[c]);
    if (cell === undefined) continue;
    known[cell] = 1;
    derivedBy[cell] = r;
    for (const r2 of byCell[cell]) if (--unknownCount[r2] === 1) queue.push(r2);
  }
}

/** Hides one shown cell so that relation `r` no longer gives away `exclude`; true when a cell was hidden. */
function hideIn(r: number, exclude: number, model: SuppressionModel, status: Uint8Array, derivedBy: Int32Array, depth: number): boolean {
  const rel = model.relations[r];
  if (depth < 50) {
    for (const c of rel)
      if (c !== exclude && derivedBy[c] >= 0 && hideIn(derivedBy[c], c, model, status, derivedBy, depth + 1)) return true;
  }
  let best = -1;
  for (const c of rel) {
    if (c === exclude || !model.cells[c].shown || status[c] !== VISAS) continue;
    if (best < 0 || better(model.cells[c], model.cells[best])) best = c;
  }
  if (best < 0) return false;
  status[best] = SEKUNDAR;
  return true;
}

/** Inner cells before totals; then the smallest non-zero value; zeros last (a hidden 0 protects little). */
function better(a: SuppressionCell, b: SuppressionCell): boolean {
  if (a.margin !== b.margin) return !a.margin;
  if ((a.value === 0) !== (b.value === 0)) return a.value !== 0;
  return a.value < b.value;
}

/** The text shown instead of a hidden count: "<5" (primary) or "x" (secondary). */
export function doldText(status: number, threshold: number): string {
  return status === PRIMAR ? `<${threshold}` : "x";
}
