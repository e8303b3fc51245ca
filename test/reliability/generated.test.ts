import fc from "fast-check";
import { terminalText } from "../../src/cli/terminal-text";
import { DUBBLETT_KOLUMN } from "../../src/domain/parse/mapped/duplicate-roles";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { findPersonnummer, maskPersonnummer } from "../../src/domain/text/personnummer";
import { xmlSafeText } from "../../src/xlsx/xml-safe";
import { DEFAULT_OPTIONS, workbook } from "../fixtures/bad/build";

/**
 * Issue 18's classes, generated (fast-check): duplicate roles, separator variants of personnummer, control
 * characters. Each property names the class and what must hold for every member.
 */

describe("duplicate roles (generated)", () => {
  it("a copy of an amount column, anywhere after it, in Utfall or Budget: DUBBLETT_KOLUMN and neither column read", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("utfall" as const, "budget" as const),
        fc.nat(3),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (which, gap, scale) => {
          const amountCol = which === "utfall" ? 2 : 3;
          const sheets = workbook({
            [which]: (rows: (string | number | boolean | null)[][]) =>
              rows.map((r, i) => {
                const filler = Array.from({ length: gap }, (_, k) => (i === 0 ? `Anteckning ${k + 1}` : ""));
                const v = r[amountCol];
                return [...r, ...filler, i === 0 ? v : typeof v === "number" ? Math.round(v * scale) : v];
              }),
          });
          const res = runPipeline(sheets, DEFAULT_OPTIONS);
          const dup = res.issues.filter((i) => i.code === DUBBLETT_KOLUMN);
          expect(dup).toHaveLength(1);
          expect(dup[0].severity).toBe("fel");
          expect(dup[0].sheet).toBe(which === "utfall" ? "Utfall" : "Budget");
          if (which === "utfall") expect(res.base.utfall).toHaveLength(0);
          else expect(res.base.budget.filter((b) => b.post === "Förvaltning")).toHaveLength(0);
        },
      ),
      { numRuns: 12 },
    );
  });
});

const DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uFE63", "\uFF0D", "+", "_", "/"];
const SPACES = [" ", "\u00A0", "\u202F", "\u2009", "\u3000"];

/** A plausible personnummer written with one of the separators, spacing and digit forms seen in the wild. */
const personnummer = fc
  .record({
    year: fc.integer({ min: 1900, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    samordning: fc.boolean(),
    last: fc.integer({ min: 0, max: 9999 }),
    century: fc.boolean(),
    sep: fc.oneof(fc.constantFrom(...DASHES), fc.constantFrom(...SPACES), fc.constant("")),
    spaced: fc.boolean(),
    aroundSep: fc.constantFrom("", " ", "\u00A0"),
    fullWidth: fc.boolean(),
  })
  .map((p) => {
    const two = (n: number) => String(n).padStart(2, "0");
    const yy = p.century ? String(p.year) : two(p.year % 100);
    const day = p.day + (p.samordning ? 60 : 0);
    let date = `${yy}${two(p.month)}${two(day)}`;
    if (p.spaced && !p.century) date = `${date.slice(0, 2)} ${date.slice(2, 4)} ${date.slice(4)}`;
    const sep = p.sep === "" ? "" : `${p.aroundSep}${p.sep}${p.aroundSep}`;
    let text = `${date}${sep}${String(p.last).padStart(4, "0")}`;
    if (p.fullWidth) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    return text;
  });

describe("personnummer separator variants (generated)", () => {
  it("every variant, alone or inside text, is found and masked completely", () => {
    fc.assert(
      fc.property(
        personnummer,
        fc.constantFrom("", "Anna ", "Deltagare: "),
        fc.constantFrom("", " (inskriven)", ", Uppsala"),
        (pnr, before, after) => {
          const text = `${before}${pnr}${after}`;
          expect(findPersonnummer(text)).not.toBeNull();
          const masked = maskPersonnummer(text);
          expect(masked).toBe(`${before}[personnummer dolt]${after}`);
        },
      ),
      { numRuns: 400 },
    );
  });
});

const HOSTILE = [
  "\x1b]52;c;ZWNobyBoYWNrZWQ=\x07", // OSC 52: write to the clipboard
  "\x1b]0;titel\x1b\\", // OSC set title, ST-terminated
  "\x1b[2J", // clear screen
  "\x1b[H",
  "\x1b[31;1m",
  "\x9b2J", // 8-bit CSI
  "\x1bc", // reset
  "\u202E", // right-to-left override
  "\u2066",
  "\u200F",
  "\r",
  "\x00",
  "\x7f",
  "\b",
];

describe("control characters (generated)", () => {
  it("terminal text never carries a control, an escape or a bidi override, and keeps the ordinary text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...HOSTILE),
            fc.string({ maxLength: 6 }).map((s) => s.replace(/[\x00-\x1f\x7f-\x9f]/g, "x")),
          ),
          { maxLength: 12 },
        ),
        fc.string({ unit: "binary", maxLength: 20 }),
        (parts, any) => {
          const out = terminalText(parts.join("") + any);
          expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
          expect(terminalText(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
    expect(terminalText("Jobb\x1b]52;c;AAAA\x07centrum\u202E")).toBe("Jobbcentrum");
  });

  it("text written to a workbook never holds a character XML forbids, and decodes back to the original", () => {
    const decode = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 30 }),
        fc.constantFrom("\uFFFF", "\uFFFE", "\x1b", "\x00", "\ud800", "\udc00"),
        (s, bad) => {
          const text = (s + bad + s).replace(/_x[0-9A-Fa-f]{4}_/g, "");
          const safe = xmlSafeText(text);
          expect(safe).not.toMatch(
            /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
          );
          expect(decode(safe)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
