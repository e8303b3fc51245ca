/**
 * A minimal TypeScript require hook for the bench's child processes: transpiles .ts/.tsx with
 * TypeScript's transpileModule (CommonJS, ES2022, no type check), as production builds emit it.
 * Why not tsx: tsx compiles with esbuild's keepNames, which wraps every function expression in a
 * __name(...) call; in closure-heavy hot loops that costs several times the real work and would
 * distort the timings.
 */
"use strict";
const fs = require("fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: false,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(out.outputText, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;
