import fc from "fast-check";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../src/domain/compute/bokslut";
import { readSieBytes } from "../../src/domain/ledger/sie-read";
import { VARIANTER } from "../fixtures/ledger/varianter/varianter";

/**
 * Hostile bytes: every variant file mutated at random (bytes replaced, inserted, deleted; lines cut, swapped and
 * repeated) and read as a host reads it, then the bokslut. Invariants: nothing throws; every finding has a code, a
 * cell ("rad N" within the file, or empty for a whole-file check) and a Swedish message without "undefined", "NaN"
 * or "[object"; every figure of the bokslut is a finite number.
 */

const bases = VARIANTER.map((v) => v.bytes());
const decode = (b: Uint8Array, enc: "cp437" | "windows-1252"): string => iconv.decode(Buffer.from(b), enc);

type Mutation = { kind: "byte" | "insert" | "delete" | "cutLine" | "dupLine" | "swapLines"; at: number; value: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("byte", "insert", "delete", "cutLine", "dupLine", "swapLines"),
  at: fc.nat(),
  value: fc.integer({ min: 0, max: 255 }),
});

function mutate(bytes: Uint8Array, muts: Mutation[]): Uint8Array {
  let b = Array.from(bytes);
  for (const m of muts) {
    const i = b.length === 0 ? 0 : m.at % b.length;
    if (m.kind === "byte" && b.length > 0) b[i] = m.value;
    else if (m.kind === "insert") b.splice(i, 0, m.value);
    else if (m.kind === "delete") b.splice(i, 1);
    else {
      const lines: number[][] = [[]];
      for (const x of b) {
        if (x === 10) lines.push([]);
        else lines[lines.length - 1].push(x);
      }
      const j = m.at % lines.length;
      if (m.kind === "cutLine") lines.splice(j, 1);
      else if (m.kind === "dupLine") lines.splice(j, 0, lines[j]);
      else {
        const k = m.value % lines.length;
        [lines[j], lines[k]] = [lines[k], lines[j]];
      }
      b = lines.flatMap((l, n) => (n === 0 ? l : [10, ...l]));
    }
  }
  return new Uint8Array(b);
}

const finite = (o: unknown): boolean =>
  typeof o === "number" ? Number.isFinite(o) : o && typeof o === "object" ? Object.values(o).every(finite) : true;

describe("SIE mutation fuzz", () => {
  it("600 mutated files: no crash, every finding placed and readable, every figure finite", () => {
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (n, muts) => {
        const bytes = mutate(bases[n], muts);
        const r = readSieBytes(bytes, "m.se", decode);
        const lines = Math.max(1, iconv.decode(Buffer.from(bytes), "cp437").split(/\n|\r(?!\n)/).length);
        const b = r.issues.some((i) => i.code === "SIE_INTE_SIE") ? undefined : computeBokslut(r.ledger, r.issues, { kontoplan: [] });
        for (const i of [...r.issues, ...(b?.issues ?? [])]) {
          expect(i.code).toBeTruthy();
          expect(i.message).not.toMatch(/undefined|NaN|\[object/);
          const m = /^rad (\d+)$/.exec(i.cell);
          if (i.cell !== "") expect(m).not.toBeNull();
          if (m) expect(Number(m[1])).toBeLessThanOrEqual(lines + 1);
        }
        if (b) {
          expect(finite(b.result.resultatrakning)).toBe(true);
          expect(finite(b.result.balansrakning)).toBe(true);
          expect(finite(b.result.kassaflode)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});
