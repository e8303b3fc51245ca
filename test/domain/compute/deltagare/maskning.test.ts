import { doldText, isSmall, PRIMAR, SEKUNDAR, suppress, SuppressionModel, VISAS } from "../../../../src/domain/compute/deltagare/maskning";

/** Independent audit: which cells can a reader derive from the shown ones by solving relations with one unknown? */
function derivable(m: SuppressionModel, status: Uint8Array): Set<number> {
  const known = new Set<number>();
  m.cells.forEach((c, i) => c.shown && status[i] === VISAS && known.add(i));
  const derived = new Set<number>();
  for (let changed = true; changed;) {
    changed = false;
    for (const rel of m.relations) {
      const unknown = rel.filter((c) => !known.has(c));
      if (unknown.length === 1) {
        known.add(unknown[0]);
        derived.add(unknown[0]);
        changed = true;
      }
    }
  }
  return derived;
}

function leaks(m: SuppressionModel, status: Uint8Array, threshold: number): number[] {
  return [...derivable(m, status)].filter((i) => isSmall(m.cells[i].value, threshold));
}

/** A table: rows of [K, M, S:a] plus a Totalt row, with row and column relations. */
function table(rows: [number, number][]): { m: SuppressionModel; ids: number[][] } {
  const m = new SuppressionModel();
  const ids = rows.map(([k, mm]) => [m.add(k), m.add(mm), m.add(k + mm, { margin: true })]);
  const t = [0, 1, 2].map((j) =>
    m.add(
      rows.reduce((a, r) => a + (j === 2 ? r[0] + r[1] : r[j]), 0),
      { margin: true },
    ),
  );
  ids.forEach((r) => m.relate(r));
  m.relate(t);
  for (let j = 0; j < 3; j++) m.relate([...ids.map((r) => r[j]), t[j]]);
  return { m, ids: [...ids, t] };
}

describe("small-count suppression (Publicering)", () => {
  it("hides counts 1–4 (threshold 5), never 0 or 5; '<5' for primary, 'x' for secondary", () => {
    expect([0, 1, 4, 5].map((v) => isSmall(v, 5))).toEqual([false, true, true, false]);
    expect(isSmall(2, 3)).toBe(true);
    expect(isSmall(3, 3)).toBe(false);
    expect(doldText(PRIMAR, 5)).toBe("<5");
    expect(doldText(SEKUNDAR, 3)).toBe("x");
  });

  it("K + M = S:a: a hidden K forces a second cell in the row (the inner M, not the total)", () => {
    const m = new SuppressionModel();
    const k = m.add(3);
    const mm = m.add(10);
    const s = m.add(13, { margin: true });
    m.relate([k, mm, s]);
    const st = suppress(m, 5);
    expect([st[k], st[mm], st[s]]).toEqual([PRIMAR, SEKUNDAR, VISAS]);
    expect(leaks(m, st, 5)).toEqual([]);
  });

  it("a table with Totalt: rows and columns both protected (Uppsala 2021 Bryggan avslutade 4 / 3 / 7)", () => {
    const { m, ids } = table([
      [41, 76],
      [0, 0],
      [70, 81],
      [4, 3],
      [10, 10],
      [34, 34],
      [27, 19],
    ]);
    const st = suppress(m, 5);
    expect([st[ids[3][0]], st[ids[3][1]], st[ids[3][2]]]).toEqual([PRIMAR, PRIMAR, VISAS]);
    expect(leaks(m, st, 5)).toEqual([]);
    // a second row is hidden in both columns; the Totalt row stays
    expect(ids[7].map((i) => st[i])).toEqual([VISAS, VISAS, VISAS]);
    const hiddenPerColumn = [0, 1].map((j) => ids.slice(0, 7).filter((r) => st[r[j]] !== VISAS).length);
    expect(hiddenPerColumn.every((n) => n >= 2)).toBe(true);
  });

  it("protects a count that is never shown but derivable (e.g. aktivt arbetssökande = inkl − arbete/studier)", () => {
    const m = new SuppressionModel();
    const as = m.add(10);
    const aktivt = m.add(2, { shown: false });
    const inkl = m.add(12);
    m.relate([as, aktivt, inkl]);
    const st = suppress(m, 5);
    expect(st[aktivt]).toBe(VISAS); // cannot be hidden itself
    expect([st[as], st[inkl]].filter((x) => x === SEKUNDAR)).toHaveLength(1);
    expect(leaks(m, st, 5)).toEqual([]);
  });

  it("prefers the smallest non-zero inner cell; zeros only when nothing else is left", () => {
    const { m, ids } = table([
      [3, 0],
      [20, 9],
    ]);
    const st = suppress(m, 5);
    expect(st[ids[0][0]]).toBe(PRIMAR);
    expect(leaks(m, st, 5)).toEqual([]);
    expect(st[ids[1][0]]).toBe(SEKUNDAR); // column K: 20 rather than the Totalt
  });

  it("random tables never leak a small count through single-unknown relations", () => {
    let seed = 17;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 60; t++) {
      const rows = Array.from({ length: 2 + Math.floor(rnd() * 6) }, (): [number, number] => [
        Math.floor(rnd() * 12),
        Math.floor(rnd() * 12),
      ]);
      const { m } = table(rows);
      const st = suppress(m, 5);
      expect(leaks(m, st, 5)).toEqual([]);
      m.cells.forEach((c, i) => c.shown && isSmall(c.value, 5) && expect(st[i]).toBe(PRIMAR));
    }
  });
});
