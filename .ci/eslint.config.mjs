// ESLint flat config (kept in .ci/ because the repository's top level is fixed).
// Office.js rules from eslint-plugin-office-addins apply to src/excel/, the only place that talks to Excel.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/**
 * The layer rule of architecture.md, one block per folder. Domain folders form a pipeline
 * (model ← text ← issues ← template ← detect ← ledger ← parse ← validate ← compute ← plan ← reports ← pipeline):
 * each imports only folders to its left. Hosts and UI around it: the domain imports none of them.
 */
const DOMAIN_LAYERS = ["model", "text", "issues", "template", "detect", "ledger", "parse", "validate", "compute", "plan", "reports", "pipeline"];
const HOST_FOLDERS = ["excel", "excel-sim", "services", "taskpane", "demo", "cli", "xlsx", "commands"];
const NODE_BUILTINS = ["fs", "fs/*", "path", "os", "child_process", "crypto", "stream", "zlib", "util", "node:*"];
const folderPatterns = (names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const restrict = (message, group) => ({ group, message });

function layerRules() {
  const blocks = DOMAIN_LAYERS.map((layer, i) => ({
    files: [`src/domain/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        i === DOMAIN_LAYERS.length - 1 ? null : restrict(`Layer rule (architecture.md): src/domain/${layer}/ imports only folders to its left (${DOMAIN_LAYERS.slice(0, i).join(", ") || "none"}).`, folderPatterns(DOMAIN_LAYERS.slice(i + 1)).map((p) => p.replace("**/", "**/domain/")).concat(folderPatterns(DOMAIN_LAYERS.slice(i + 1)).map((p) => p.replace("**/", "../"))).concat(folderPatterns(DOMAIN_LAYERS.slice(i + 1)).map((p) => p.replace("**/", "../../")))),
        restrict("Layer rule (architecture.md): the domain is pure — no host, UI or CLI code.", folderPatterns(HOST_FOLDERS)),
        restrict("Layer rule (architecture.md): the domain is pure — no React, ExcelJS, Office.js or Node built-ins.", ["react", "react-*", "react/*", "@fluentui/*", "exceljs", "@microsoft/*", ...NODE_BUILTINS]),
      ].filter(Boolean) }],
      "no-restricted-globals": ["error", ...officeGlobals("the domain")],
    },
  }));
  const around = [
    ["src/excel/**/*.ts", "src/excel/ is the Office.js host: it uses the domain, not the UI, CLI or simulator.", ["excel-sim", "services", "taskpane", "demo", "cli", "xlsx"]],
    ["src/excel-sim/**/*.ts", "src/excel-sim/ stands in for Excel: it knows nothing of the add-in (only the domain's cell model and the host's API type).", ["services", "taskpane", "demo", "cli", "xlsx"], ["**/excel/*", "!**/excel/office-api", ...DOMAIN_LAYERS.filter((l) => l !== "model").flatMap((l) => [`**/domain/${l}`, `**/domain/${l}/**`])]],
    ["src/services/**/*.ts", "src/services/ composes the pipeline with a host; the UI calls it, never the reverse.", ["taskpane", "demo", "cli"]],
    ["src/xlsx/**/*.ts", "src/xlsx/ is the .xlsx host: no Office.js host, UI or CLI.", ["excel", "services", "taskpane", "demo", "cli"]],
    ["src/cli/**/*.ts", "src/cli/ runs the pipeline on .xlsx files: no Office.js host or UI.", ["excel", "taskpane", "demo"]],
    ["src/taskpane/**/*.{ts,tsx}", "The task pane only calls services (architecture.md): never the Office.js host or the domain's internals.", ["excel", "excel-sim", "cli", "xlsx"]],
  ].map(([files, message, folders, extra = []]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        restrict(message, folderPatterns(folders).map((p) => p.replace("**/", "**/src/")).concat(folderPatterns(folders).map((p) => p.replace("**/", "../"))).concat(folderPatterns(folders).map((p) => p.replace("**/", "../../"))).concat(extra)),
        ...(files.startsWith("src/taskpane") ? [] : [restrict("React and Fluent UI only in src/taskpane/ and src/demo/ (architecture.md).", ["react", "react-*", "react/*", "@fluentui/*"])]),
      ] }],
      ...(files.startsWith("src/excel/") ? {} : { "no-restricted-globals": ["error", ...officeGlobals(files.split("/")[1])] }),
    },
  }));
  return [...blocks, ...around];
}

function officeGlobals(where) {
  return ["Excel", "Office", "OfficeExtension"].map((name) => ({ name, message: `Office.js (${name}) only in src/excel/ (architecture.md), not in ${where}.` }));
}

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bench/.build/**", "bench/results/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "warn",
      "no-eval": "error",
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  ...layerRules(),
  {
    files: ["src/cli/finsam.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
