// Lints probe sources with ESLint's Node API and the project's config (.ci/eslint.config.mjs), each as if it were
// the file at its path; run by layer-rule.test.ts in a child process (ESLint's config is an ES module, which
// jest's CommonJS runtime cannot import). stdin: [{ path, code }]; stdout: [{ path, messages: [{ ruleId, message }] }].
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";

const probes = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ overrideConfigFile: ".ci/eslint.config.mjs" });
const out = [];
for (const p of probes) {
  const [result] = await eslint.lintText(p.code, { filePath: p.path });
  out.push({ path: p.path, messages: result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })) });
}
process.stdout.write(JSON.stringify(out));
