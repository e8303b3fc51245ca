/**
 * One quote style in what the user reads: straight double quotes ("Förbrukningskvot 2024-06-30"), as almost every
 * message already uses. Scans the string literals of src/ for typographic quotes (“ ” „ ‘ ’ « »). Not scanned: the
 * simulated Excel (English, as Office.js), the CP1252 decoding table and the period patterns that accept ’ in input.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");
const SKIP = [/^excel-sim\//, /^xlsx\/read-csv\.ts$/, /^domain\/parse\/rekvisitioner\/period\.ts$/];
const CURLY = /[“”„‘’«»]/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** String and template literals of a source text (comments left out). */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

describe("quote style", () => {
  it("no typographic quotes in the add-in's strings", () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = path.relative(SRC, file).split(path.sep).join("/");
      if (SKIP.some((r) => r.test(rel))) continue;
      for (const lit of literals(fs.readFileSync(file, "utf8"))) if (CURLY.test(lit)) found.push(`${rel}: ${lit.slice(0, 120)}`);
    }
    expect(found).toEqual([]);
  });
});
