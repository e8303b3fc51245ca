import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { allowedSeverities, CODES, ISSUE_CODES, ISSUE_REGISTRY, type IssueCode, type Severity } from "../../../src/domain/issues";
import { DETECT_CODES } from "../../../src/domain/parse/mapped/base";
import { REKV_PARSE_CODES } from "../../../src/domain/parse/rekvisitioner/rekvisitioner";
import { REKV_CODES } from "../../../src/domain/compute/rekvisitioner/kontroller";
import { DELT_CODES } from "../../../src/domain/text/deltagare-koder";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { BAD_CASES, DETECT_CASES } from "../../fixtures/bad";
import { DEFAULT_OPTIONS } from "../../fixtures/bad/build";
import { ALL_MODULES } from "../../fuzz/workbooks";

/**
 * The issue-code registry (src/domain/issues/registry.ts) is the one table of codes: every code has a Swedish
 * title and a stage, every listed code is raised somewhere, and the severity in the table is the one the code is
 * raised with — checked statically at every `issue("sev", CODE …)`-style call that names its code, and at run time
 * on the bad-input corpus.
 */

const SRC = join(__dirname, "../../../src");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}
const FILES = sources(SRC).filter((f) => !f.endsWith("registry.ts"));
const TEXT = FILES.map((f) => ({ file: f.slice(SRC.length + 1), text: readFileSync(f, "utf8") }));

const TABLES: Record<string, Record<string, string>> = { CODES, DETECT_CODES, REKV_PARSE_CODES, REKV_CODES, DELT_CODES };

/** `report("varning", CODES.NEGATIV_BUDGET, …)` → code and severity, wherever a call names both. */
function raisedInSource(): { file: string; code: string; severity: Severity }[] {
  const out: { file: string; code: string; severity: Severity }[] = [];
  const call =
    /\b(?:issue|report|add|once|fel|warn)\(\s*"(fel|varning|info)",\s*(?:"([A-Z0-9_]+)"|([A-Z_]+)\.([A-Z0-9_]+)|([A-Z][A-Z0-9_]+))\s*,/g;
  for (const { file, text } of TEXT) {
    for (const m of text.matchAll(call)) {
      const code = m[2] ?? (m[3] ? TABLES[m[3]]?.[m[4]] : m[5]);
      if (code) out.push({ file, code, severity: m[1] as Severity });
    }
  }
  return out;
}

describe("issue-code registry", () => {
  it("gives every code a Swedish title and a stage", () => {
    const english = /\b(the|missing|error|warning|invalid|not|sheet|column|value|sum)\b/i;
    const bad = ISSUE_CODES.filter((c) => {
      const { title, stage }: { title: string; stage: string } = ISSUE_REGISTRY[c];
      return !title || title === c || /_/.test(title) || english.test(title) || !/^[A-ZÅÄÖ]/.test(title) || !stage;
    });
    expect(bad).toEqual([]);
    expect(ISSUE_CODES.length).toBeGreaterThanOrEqual(100);
  });

  it("lists every code of the older code tables, and each listed code is raised somewhere in src", () => {
    const tabled = Object.values(TABLES).flatMap((t) => Object.values(t));
    expect(tabled.filter((c) => !(c in ISSUE_REGISTRY))).toEqual([]);
    const all = TEXT.map((t) => t.text).join("\n");
    const unused = ISSUE_CODES.filter((c) => !new RegExp(`\\b${c}\\b`).test(all) && !tabled.includes(c));
    expect(unused).toEqual([]);
  });

  it("has the severity each code is raised with at the calls that name it", () => {
    const raised = raisedInSource();
    expect(raised.length).toBeGreaterThan(60);
    const wrong = raised
      .filter((r) => !(r.code in ISSUE_REGISTRY) || !allowedSeverities(r.code as IssueCode).includes(r.severity))
      .map((r) => `${r.file}: ${r.code} ${r.severity}`);
    expect(wrong).toEqual([]);
  });

  it("has the severity each code is raised with on the bad-input corpus", () => {
    const seen = new Map<string, Set<Severity>>();
    for (const c of [...BAD_CASES, ...DETECT_CASES]) {
      for (const i of runPipeline(c.sheets, { ...DEFAULT_OPTIONS, ...c.options }, { modules: ALL_MODULES }).issues) {
        seen.set(i.code, (seen.get(i.code) ?? new Set()).add(i.severity));
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    const wrong = [...seen].flatMap(([code, sevs]) =>
      [...sevs].filter((s) => !(code in ISSUE_REGISTRY) || !allowedSeverities(code as IssueCode).includes(s)).map((s) => `${code} ${s}`),
    );
    expect(wrong).toEqual([]);
  });
});
