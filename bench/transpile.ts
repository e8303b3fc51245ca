/**
 * Transpiles the TypeScript the bench's child processes run (src/, bench/, test/fixtures/, test/e2e/)
 * into bench/.build/ as CommonJS ES2022 with TypeScript's transpileModule (no type check), as production
 * builds emit it. The children then run plain JavaScript:
 * - not tsx: tsx compiles with esbuild's keepNames, which wraps every function expression in a
 *   __name(...) call; in closure-heavy hot loops that costs several times the real work;
 * - not a require hook: loading the TypeScript compiler in every child adds ~100 MB to its RSS.
 * bench/.build/ sits inside the repository so that node_modules resolves; it is git-ignored.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..");
export const BUILD = join(__dirname, ".build");
const DIRS = ["src", "bench", "test/fixtures", "test/e2e"];

const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  sourceMap: false,
};

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== ".build" && e.name !== "results" && e.name !== "node_modules") yield* sources(p);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) yield p;
  }
}

/** Transpiles every changed source; returns the path of `entry` (relative to the repo, .ts) in the build. */
export function transpileTree(entry: string): string {
  let count = 0;
  for (const d of DIRS) {
    for (const file of sources(join(ROOT, d))) {
      const out = join(BUILD, relative(ROOT, file)).replace(/\.tsx?$/, ".js");
      let fresh = false;
      try {
        fresh = statSync(out).mtimeMs >= statSync(file).mtimeMs;
      } catch {
        fresh = false;
      }
      if (fresh) continue;
      const js = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: OPTIONS, fileName: file }).outputText;
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, js);
      count++;
    }
  }
  writeFileSync(join(BUILD, ".gitignore"), "*\n");
  void count;
  return join(BUILD, entry.replace(/\.tsx?$/, ".js"));
}
