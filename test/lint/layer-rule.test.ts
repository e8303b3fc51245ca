import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * The layer rule (docs/architecture.md) is enforced by ESLint, not by convention: for every forbidden import kind
 * a probe source, linted as a file in the folder it would live in with .ci/eslint.config.mjs, must FAIL with the
 * rule's own message; an allowed import must pass. The probes are linted as text at their path (nothing is written
 * into src/, so no other test ever sees them).
 */

const ROOT = join(__dirname, "..", "..");
const DOMAIN = ["model", "text", "issues", "template", "detect", "parse", "validate", "compute", "plan", "reports", "pipeline"];

interface Probe {
  name: string;
  path: string;
  code: string;
  /** Part of the message the rule must give; null = must pass. */
  fails: string | null;
}

const probes: Probe[] = [
  // Each domain layer importing the next layer to its right.
  ...DOMAIN.slice(0, -1).map((layer, i) => ({
    name: `domain/${layer} imports domain/${DOMAIN[i + 1]}`,
    path: `src/domain/${layer}/probe.ts`,
    code: `import { x } from "../${DOMAIN[i + 1]}/x";\nexport const y = x;\n`,
    fails: `src/domain/${layer}/ imports only folders to its left`,
  })),
  {
    name: "domain/model imports domain/pipeline (far right)",
    path: "src/domain/model/probe.ts",
    code: 'import { runPipeline } from "../pipeline/pipeline";\nexport const y = runPipeline;\n',
    fails: "imports only folders to its left",
  },
  {
    name: "domain imports react",
    path: "src/domain/compute/probe.ts",
    code: 'import { useState } from "react";\nexport const y = useState;\n',
    fails: "the domain is pure",
  },
  {
    name: "domain imports exceljs",
    path: "src/domain/parse/probe.ts",
    code: 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;\n',
    fails: "the domain is pure",
  },
  {
    name: "domain imports node:fs",
    path: "src/domain/text/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const y = readFileSync;\n',
    fails: "the domain is pure",
  },
  {
    name: "domain imports ../excel",
    path: "src/domain/pipeline/probe.ts",
    code: 'import { x } from "../../excel/host";\nexport const y = x;\n',
    fails: "the domain is pure",
  },
  {
    name: "Excel global in the domain",
    path: "src/domain/plan/probe.ts",
    code: "export const y = () => Excel.run(async () => undefined);\n",
    fails: "Office.js (Excel) only in src/excel/",
  },
  {
    name: "Office global in services",
    path: "src/services/probe.ts",
    code: "export const y = () => Office.context;\n",
    fails: "Office.js (Office) only in src/excel/",
  },
  {
    name: "Excel global in the task pane",
    path: "src/taskpane/probe.ts",
    code: "export const y = () => Excel.run(async () => undefined);\n",
    fails: "Office.js (Excel) only in src/excel/",
  },
  {
    name: "React in services",
    path: "src/services/probe.ts",
    code: 'import { useState } from "react";\nexport const y = useState;\n',
    fails: "React and Fluent UI only in src/taskpane/ and src/demo/",
  },
  {
    name: "Fluent UI in the cli",
    path: "src/cli/probe.ts",
    code: 'import { Button } from "@fluentui/react-components";\nexport const y = Button;\n',
    fails: "React and Fluent UI only in src/taskpane/ and src/demo/",
  },
  {
    name: "taskpane imports src/excel",
    path: "src/taskpane/probe.ts",
    code: 'import { x } from "../excel/host";\nexport const y = x;\n',
    fails: "The task pane only calls services",
  },
  // Allowed.
  {
    name: "domain/compute imports domain/model and text (allowed)",
    path: "src/domain/compute/probe.ts",
    code: 'import type { Insats } from "../model";\nimport { parseSvNumber } from "../text/sv-number";\nexport const y = (i: Insats) => parseSvNumber(i.insats);\n',
    fails: null,
  },
  {
    name: "Excel global in src/excel (allowed)",
    path: "src/excel/probe.ts",
    code: "export const y = () => Excel.run(async () => undefined);\n",
    fails: null,
  },
];

const results: { path: string; messages: { ruleId: string | null; message: string }[] }[] = JSON.parse(
  execFileSync("node", [join(__dirname, "lint-probes.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: "utf8",
    timeout: 120_000,
  }),
);

describe("layer rule probes (.ci/eslint.config.mjs)", () => {
  it.each(probes.map((p, i) => [p.name, p, i] as const))("%s", (_name, probe, i) => {
    const layer = results[i].messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals");
    if (probe.fails === null) expect(results[i].messages).toEqual([]);
    else expect(layer.map((m) => m.message)).toEqual([expect.stringContaining(probe.fails)]);
  });
});
