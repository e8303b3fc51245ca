import fc from "fast-check";
import { readSie } from "../../src/domain/ledger/sie-read";

/**
 * Fuzz of the SIE reader: 10 000 generated files mixing valid records, balanced verifikationer and bad lines.
 * Invariants: it never throws; every valid record is read (no silent drop: `poster` counts them); every bad line
 * gets a finding naming its line; a clean file gets no finding above info.
 */

type Piece = { lines: string[]; valid: number; bad: boolean };

const konto = fc.integer({ min: 1000, max: 8999 }).map(String);
const ore = fc.integer({ min: -1e11, max: 1e11 });
const amount = ore.map((o) => `${o < 0 ? "-" : ""}${Math.floor(Math.abs(o) / 100)}.${String(Math.abs(o) % 100).padStart(2, "0")}`);
const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, " "));
const quoted = text.map((s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);

const validRecord: fc.Arbitrary<Piece> = fc.oneof(
  fc
    .tuple(fc.constantFrom("#IB", "#UB", "#RES"), fc.constantFrom("0", "-1"), konto, amount)
    .map(([l, a, k, x]) => ({ lines: [`${l} ${a} ${k} ${x}`], valid: 1, bad: false })),
  fc.tuple(konto, amount, quoted).map(([k, x, q]) => ({ lines: [`#PSALDO 0 202403 ${k} {6 ${q}} ${x}`], valid: 1, bad: false })),
  fc.tuple(quoted, quoted).map(([a, b]) => ({ lines: [`#OBJEKT 6 ${a} ${b}`], valid: 1, bad: false })),
  fc.tuple(fc.array(fc.tuple(konto, ore), { minLength: 1, maxLength: 6 }), quoted).map(([rows, q]) => {
    const all: [string, number][] = [...rows, ["1930", -rows.reduce((s, r) => s + r[1], 0)]];
    const f = (o: number) => `${o < 0 ? "-" : ""}${Math.floor(Math.abs(o) / 100)}.${String(Math.abs(o) % 100).padStart(2, "0")}`;
    return {
      lines: [`#VER A 1 20240131 ${q}`, "{", ...all.map(([k, o]) => `#TRANS ${k} {} ${f(o)}`), "}"],
      valid: 1 + all.length,
      bad: false,
    };
  }),
);

const badRecord: fc.Arbitrary<Piece> = fc.oneof(
  fc
    .tuple(
      konto,
      text.filter((s) => !/^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(s) && !s.includes('"') && !/[{}]/.test(s)),
    )
    .map(([k, j]) => ({ lines: [`#IB 0 ${k} ${j.trim() === "" ? "x" : j.replace(/\s/g, "_")}`], valid: 0, bad: true })),
  // a quote never closed: read (the rest of the line is the name) with a varning on its line
  konto.map((k) => ({ lines: [`#KONTO ${k} "ej stängd`], valid: 1, bad: true })),
  text
    .filter((s) => s.trim() !== "" && !s.trim().startsWith("#") && s.trim() !== "{" && s.trim() !== "}")
    .map((s) => ({ lines: [s], valid: 0, bad: true })),
  fc.tuple(konto, amount).map(([k, x]) => ({ lines: [`#PSALDO 0 202413 ${k} {} ${x}`], valid: 0, bad: true })),
);

describe("SIE reader fuzz", () => {
  it("10 000 files: no crash, no silent drop", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: validRecord, weight: 3 }, { arbitrary: badRecord, weight: 1 }), { maxLength: 25 }),
        fc.boolean(),
        (pieces, crlf) => {
          const head = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#IB 0 1930 0.00"];
          const lines = [...head];
          const badLines: number[] = [];
          let valid = 3;
          for (const p of pieces) {
            if (p.bad) badLines.push(lines.length + 1);
            lines.push(...p.lines);
            valid += p.valid;
          }
          const r = readSie(lines.join(crlf ? "\r\n" : "\n"), "f.se");
          expect(r.poster).toBe(valid);
          const cells = new Set(r.issues.map((i) => i.cell));
          for (const b of badLines) expect(cells.has(`rad ${b}`)).toBe(true);
          if (badLines.length === 0) expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
