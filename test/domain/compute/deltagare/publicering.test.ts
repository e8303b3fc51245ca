import { skyddaDeltagaruppfoljning, type Skydd } from "../../../../src/domain/compute/deltagare/publicering";
import {
  anonymaTabell,
  arbeteStudierTabell,
  isKvot,
  isSumma,
  utfallTabell,
  Visare,
  type RapportTabell,
  type Visning,
} from "../../../../src/domain/compute/deltagare/tabeller";
import { avslutningsanledningarTabell, malgruppTabell, snittidTabell } from "../../../../src/domain/compute/deltagare/tabeller-ovriga";
import type { DeltagarUppfoljning } from "../../../../src/domain/compute/deltagare/typer";
import { generateDeltagare, generateUppsala2021 } from "../../../fixtures/deltagare/generate";
import { runDeltagare } from "../../../fixtures/deltagare/run";

const num = (v: Visning): number | null => (typeof v === "number" ? v : isSumma(v) ? v.value : isKvot(v) ? v.value : null);

/**
 * An independent reader's audit of the published sheet: every shown number is known; hidden cells and the
 * figures a reader can form from two shown ones (aktivt arbetssökande and other reasons per insats) are unknown;
 * the sheet's own equations (K + M = S:a, rows add up to Totalt, the same total in two tables) are solved
 * repeatedly while one unknown remains. No count 1 … threshold−1 may come out.
 */
function audit(
  u: DeltagarUppfoljning,
  threshold: number,
  skydd: Skydd = skyddaDeltagaruppfoljning(u, threshold),
): { leaks: string[]; hidden: number } {
  const v = new Visare(skydd);
  const raw = new Visare(null);
  const builders = [utfallTabell, arbeteStudierTabell, avslutningsanledningarTabell, anonymaTabell];
  const [t1, t2, t3, t4] = builders.map((b) => b(u, v));
  const [r1, r2, r3, r4] = builders.map((b) => b(u, raw));
  const value = new Map<string, number>();
  const known = new Set<string>();
  const rel: string[][] = [];
  const reg = (id: string, shown: RapportTabell, truth: RapportTabell) => {
    shown.rader.forEach((row, r) =>
      row.forEach((c, col) => {
        if (col === 0 || shown.kolumner[col].format !== "antal") return;
        value.set(`${id}:${r}:${col}`, num(truth.rader[r][col]) as number);
        if (typeof c !== "string") known.add(`${id}:${r}:${col}`);
      }),
    );
  };
  reg("t1", t1, r1);
  reg("t2", t2, r2);
  reg("t3", t3, r3);
  reg("t4", t4, r4);
  const n = u.utfall.rader.length;
  const tableRel = (id: string, groups: number[], rows: number) => {
    for (const g of groups) {
      for (let r = 0; r <= rows; r++) rel.push([0, 1, 2].map((j) => `${id}:${r}:${g + j}`));
      for (let j = 0; j < 3; j++) rel.push(Array.from({ length: rows + 1 }, (_, r) => `${id}:${r}:${g + j}`));
    }
  };
  tableRel("t1", [1, 4, 7, 10], n);
  tableRel("t2", [1, 4, 10], n);
  tableRel("t4", [1, 4], n);
  for (let r = 0; r <= n; r++) for (let j = 0; j < 3; j++) rel.push([`t1:${r}:${4 + j}`, `t2:${r}:${1 + j}`]);
  const labels = t3.rader.map((row) => String(row[0]));
  const at = (label: string) => labels.indexOf(label);
  const others = ["Fortsatt rehabilitering", "Sjukdom", "Föräldraledighet", "Flytt", "Övrigt", "Orsak saknas/okänd"]
    .map(at)
    .filter((i) => i >= 0);
  const bands = labels.map((l, i) => (l.startsWith("varav") ? i : -1)).filter((i) => i >= 0);
  for (let j = 1; j <= 3; j++) {
    const c = (r: number) => `t3:${r}:${j}`;
    rel.push([c(at("Subventionerat arbete")), c(at("Ej subventionerat arbete")), c(at("Eget företag")), c(at("S:a arbete"))]);
    rel.push([...bands.map(c), c(at("S:a arbete"))]);
    rel.push([c(at("S:a arbete")), c(at("Studier")), c(at("S:a arbete och/eller studier"))]);
    rel.push([c(at("S:a arbete och/eller studier")), c(at("Aktivt arbetssökande")), ...others.map(c), c(at("Summa avslutade"))]);
    rel.push([c(at("S:a arbete och/eller studier")), `t2:${n}:${3 + j}`]);
    rel.push([c(at("Summa avslutade")), `t1:${n}:${3 + j}`]);
    const aktivt: string[] = [];
    const andra: string[] = [];
    for (let r = 0; r < n; r++) {
      const a = `v:aktivt:${r}:${j}`;
      const o = `v:andra:${r}:${j}`;
      value.set(a, (value.get(`t2:${r}:${9 + j}`) as number) - (value.get(`t2:${r}:${3 + j}`) as number));
      value.set(o, (value.get(`t2:${r}:${j}`) as number) - (value.get(`t2:${r}:${9 + j}`) as number));
      rel.push([`t2:${r}:${3 + j}`, a, `t2:${r}:${9 + j}`], [`t2:${r}:${9 + j}`, o, `t2:${r}:${j}`]);
      aktivt.push(a);
      andra.push(o);
    }
    rel.push([...aktivt, c(at("Aktivt arbetssökande"))], [...andra, ...others.map(c)]);
  }
  for (let t3r = 0; t3r < t3.rader.length; t3r++) rel.push([1, 2, 3].map((j) => `t3:${t3r}:${j}`));
  const derived = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const r of rel) {
      const unknown = r.filter((c) => !known.has(c));
      if (unknown.length === 1) {
        known.add(unknown[0]);
        derived.add(unknown[0]);
        changed = true;
      }
    }
  }
  const leaks = [...derived].filter((c) => (value.get(c) ?? 0) >= 1 && (value.get(c) ?? 0) < threshold);
  const hidden = [t1, t2, t3, t4].reduce((a, t) => a + t.rader.flat().filter((c) => c === `<${threshold}` || c === "x").length, 0);
  return { leaks, hidden };
}

/** Every shown count 1 … t−1 is "<t"; every number still shown equals the unpublished figure. */
function primaryAndConsistent(u: DeltagarUppfoljning, threshold: number): void {
  const v = new Visare(skyddaDeltagaruppfoljning(u, threshold));
  const raw = new Visare(null);
  for (const b of [utfallTabell, arbeteStudierTabell, avslutningsanledningarTabell, anonymaTabell, malgruppTabell, snittidTabell]) {
    const shown = b(u, v);
    const truth = b(u, raw);
    shown.rader.forEach((row, r) =>
      row.forEach((c, col) => {
        if (col === 0) return;
        const t = num(truth.rader[r][col]);
        if (shown.kolumner[col].format === "antal" && t !== null && t >= 1 && t < threshold)
          expect([shown.id, r, col, c]).toEqual([shown.id, r, col, `<${threshold}`]);
        if (typeof c !== "string") expect(num(c)).toBe(t);
      }),
    );
  }
}

describe("Publicering of the deltagaruppföljning", () => {
  const g = generateUppsala2021();
  const { u } = runDeltagare(g.sheets[1], g.insatser, g);

  it.each([5, 3])("Uppsala 2021, threshold %i: small counts hidden, no hidden count derivable from the sheet", (t) => {
    primaryAndConsistent(u, t);
    const { leaks, hidden } = audit(u, t);
    expect(leaks).toEqual([]);
    expect(hidden).toBeGreaterThan(0);
  });

  it("the audit itself finds a leak when only one small count is hidden (negative control)", () => {
    const onlyBrygganK: Skydd = { threshold: 5, status: (k) => (k === "utfall:3:avslutade:k" ? 1 : 0) };
    expect(u.utfall.rader[3].insats).toBe("Bryggan");
    expect(audit(u, 5, onlyBrygganK).leaks).toContain("t1:3:4");
  });

  it("Bryggan avslutade K 4 / M 3 are '<5'; their shares are 'x'; Framsteget's large counts stay", () => {
    const v = new Visare(skyddaDeltagaruppfoljning(u, 5));
    const t2 = arbeteStudierTabell(u, v);
    const bryggan = t2.rader.find((r) => r[0] === "Bryggan") ?? [];
    expect(bryggan.slice(1, 3)).toEqual(["<5", "<5"]);
    expect(bryggan.slice(7, 10)).toEqual(["x", "x", "x"]);
    const fram = utfallTabell(u, v).rader.find((r) => r[0] === "Framsteget") ?? [];
    expect(fram.slice(1, 7)).toEqual([27, 46, 73, 41, 76, 117]);
  });

  it("many small insatser (generated rows): still no leak", () => {
    const small = generateDeltagare(180, 11);
    const r = runDeltagare(small.sheets[1], small.insatser, small);
    primaryAndConsistent(r.u, 5);
    expect(audit(r.u, 5).leaks).toEqual([]);
  });
});
