import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  formatKr,
  formatPercent,
  formatPercentShort,
  formatSv,
  formatSvSigned,
  formatSvUpTo,
  formatTkr,
  unitLabel,
} from "../../../src/domain/text/format";

/** The one group separator (no-break space U+00A0) and the one minus sign (U+2212), spelled out. */
const NB = "\u00a0";
const MINUS = "\u2212";

describe("formatSv: the one Swedish number formatter", () => {
  it("groups thousands with a no-break space and writes a decimal comma", () => {
    expect(formatSv(23322000)).toBe(`23${NB}322${NB}000`);
    expect(formatSv(1234.5, 1)).toBe(`1${NB}234,5`);
    expect(formatSv(1234)).toBe(`1${NB}234`);
    expect(formatSv(999)).toBe("999");
    expect(formatSv(1e9)).toBe(`1${NB}000${NB}000${NB}000`);
    expect(formatSv(0.289, 3)).toBe("0,289");
  });

  it("writes negatives with the typographic minus", () => {
    expect(formatSv(-17703)).toBe(`${MINUS}17${NB}703`);
    expect(formatSv(-1234567.25, 2)).toBe(`${MINUS}1${NB}234${NB}567,25`);
  });

  it("writes zero, −0 and negatives that round to zero as plain 0", () => {
    expect(formatSv(0)).toBe("0");
    expect(formatSv(-0)).toBe("0");
    expect(formatSv(-0.2)).toBe("0");
    expect(formatSv(-0.004, 2)).toBe("0,00");
  });

  it("rounds half away from zero, the same for negatives, and on the decimal the number is written with", () => {
    expect(formatSv(0.5)).toBe("1");
    expect(formatSv(-0.5)).toBe(`${MINUS}1`);
    expect(formatSv(2.5)).toBe("3");
    expect(formatSv(-2.5)).toBe(`${MINUS}3`);
    expect(formatSv(999.5)).toBe(`1${NB}000`);
    expect(formatSv(1.005, 2)).toBe("1,01");
    expect(formatSv(1234.45, 1)).toBe(`1${NB}234,5`);
  });

  it("never prints NaN or ∞: a dash for what is not a number", () => {
    expect(formatSv(NaN)).toBe("–");
    expect(formatSv(Infinity)).toBe("–");
    expect(formatKr(-Infinity)).toBe("– kr");
  });
});

describe("formatKr, formatTkr, formatPercent, formatSvSigned", () => {
  it("kronor", () => {
    expect(formatKr(1326400)).toBe(`1${NB}326${NB}400 kr`);
    expect(formatKr(-17703.5)).toBe(`${MINUS}17${NB}704 kr`);
    expect(formatKr(12.345, 2)).toBe("12,35 kr");
  });

  it("tkr from kronor", () => {
    expect(formatTkr(-3849400)).toBe(`${MINUS}3${NB}849 tkr`);
    expect(formatTkr(1500)).toBe("2 tkr");
    expect(formatTkr(-400)).toBe("0 tkr");
  });

  it("percent from a fraction", () => {
    expect(formatPercent(0.289)).toBe("28,9 %");
    expect(formatPercent(0.8)).toBe("80,0 %");
    expect(formatPercent(0.8, 0)).toBe("80 %");
    expect(formatPercent(-0.0512, 2)).toBe(`${MINUS}5,12 %`);
    expect(formatPercent(12.5, 0)).toBe(`1${NB}250 %`);
  });

  it("up to n decimals without trailing zeros", () => {
    expect(formatSvUpTo(80, 1)).toBe("80");
    expect(formatSvUpTo(28.94, 1)).toBe("28,9");
    expect(formatSvUpTo(-1234.5, 2)).toBe(`${MINUS}1${NB}234,5`);
    expect(formatSvUpTo(-0.001, 2)).toBe("0");
    expect(formatPercentShort(0.8)).toBe("80 %");
    expect(formatPercentShort(0.2894)).toBe("28,9 %");
    expect(formatPercentShort(NaN)).toBe("– %");
  });

  it("signed: + for a rise, − for a fall, no sign for nothing", () => {
    expect(formatSvSigned(2000)).toBe(`+2${NB}000`);
    expect(formatSvSigned(-669)).toBe(`${MINUS}669`);
    expect(formatSvSigned(0)).toBe("0");
    expect(formatSvSigned(-0.3)).toBe("0");
  });

  it("unit labels", () => {
    expect(unitLabel(1000)).toBe("tkr");
    expect(unitLabel(1e6)).toBe("mkr");
    expect(unitLabel(1)).toBe("kr");
  });
});

/** Every .ts/.tsx file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("one formatter in the whole source", () => {
  const root = join(__dirname, "../../..");
  const files = sourceFiles(join(root, "src")).map((f) => ({ path: relative(root, f).replace(/\\/g, "/"), text: readFileSync(f, "utf8") }));
  const ONE = "src/domain/text/format.ts";

  it("names toLocaleString( and new Intl.NumberFormat( only in text/format.ts", () => {
    const offenders = files.filter((f) => f.path !== ONE && /toLocaleString\(|new Intl\.NumberFormat\(/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("has no hand-written thousands grouping outside text/format.ts (Excel number-format renderers excepted)", () => {
    // The demo's Excel number-format renderer and the print-width estimate emulate Excel's display of a cell format
    // ("# ##0"), not text the add-in writes; they are the only other places that may group digits.
    const EXCEL_FORMAT_RENDERERS = new Set(["src/demo/number-format.ts", "src/domain/plan/print-measure.ts"]);
    const grouping = /\(\\d\{3\}\)\+|toFixed\(\d\)\.replace\("\.", ?","\)/;
    const offenders = files
      .filter((f) => f.path !== ONE && !EXCEL_FORMAT_RENDERERS.has(f.path) && grouping.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
