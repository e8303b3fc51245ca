import { detectWorkbook } from "../../src/domain/detect/detect-workbook";
import type { Issue } from "../../src/domain/issues";
import { parseBase } from "../../src/domain/parse/base/parse-base";
import { INTERNT_FEL, runPipeline } from "../../src/domain/pipeline/pipeline";
import { validateBase } from "../../src/domain/validate";
import { BAD_CASES, DETECT_CASES, REQUIRED_CODES } from "../fixtures/bad";
import { DEFAULT_OPTIONS, workbook, type BadCase, type Expected } from "../fixtures/bad/build";
import { issueViolations, personnummerLeaks, planViolations } from "../fuzz/invariants";
import { ALL_MODULES } from "../fuzz/workbooks";

/**
 * The bad-input corpus (test/fixtures/bad): every named workbook must give exactly the issues it names — code,
 * sheet and cell — among its issues, never an internal error, never a malformed issue, NaN cell or leaked
 * personnummer. Together the cases cover every rule of domain.md §4 (REQUIRED_CODES) and the layouts of
 * existing sheets (title rows, units in titles, group and sum rows, a used range away from A1, wide budgets,
 * costs written negative, the published Uppsala tables read through detection).
 */

const key = (i: Pick<Issue, "code" | "sheet" | "cell">) => `${i.code} ${i.sheet}!${i.cell}`;
const alternatives = (e: Expected | Expected[]): Expected[] => (Array.isArray(e[0]) ? (e as Expected[]) : [e as Expected]);
const show = (e: Expected | Expected[]) =>
  alternatives(e)
    .map(([code, sheet, cell]) => `${code} ${sheet}!${cell}`)
    .join(" eller ");

/** Every expected entry is among the issues (an entry of alternatives: one of them). */
function expectAll(got: string[], expected: BadCase["expect"]): void {
  const missing = expected
    .filter((e) => !alternatives(e).some(([code, sheet, cell]) => got.includes(`${code} ${sheet}!${cell}`)))
    .map(show);
  expect({ missing, got: missing.length ? got : [] }).toEqual({ missing: [], got: [] });
}

function runCase(c: BadCase): Issue[] {
  const r = runPipeline(c.sheets, { ...DEFAULT_OPTIONS, ...c.options }, { modules: ALL_MODULES });
  const problems = [...issueViolations(r.issues, c.sheets), ...planViolations(r.plans, c.sheets), ...personnummerLeaks(r.plans, r.issues)];
  expect(problems).toEqual([]);
  expect(r.issues.filter((i) => i.code === INTERNT_FEL)).toEqual([]);
  return r.issues;
}

describe("bad-input corpus", () => {
  it(`has at least 40 named workbooks with unique names (${BAD_CASES.length + DETECT_CASES.length} now)`, () => {
    const names = [...BAD_CASES, ...DETECT_CASES].map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(new Set(names).size).toBe(names.length);
  });

  it("starts from a clean workbook: no fel at all", () => {
    const issues = runPipeline(workbook(), DEFAULT_OPTIONS, { modules: ALL_MODULES }).issues;
    expect(issues.filter((i) => i.severity === "fel").map(key)).toEqual([]);
  });

  it("covers every validation rule of domain.md §4 (each required code is expected by some case)", () => {
    const expected = new Set([...BAD_CASES, ...DETECT_CASES].flatMap((c) => c.expect.flatMap((e) => alternatives(e).map((a) => a[0]))));
    expect(REQUIRED_CODES.filter((code) => !expected.has(code))).toEqual([]);
  });

  describe.each(BAD_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it(`${c.beskrivning} → ${c.expect.map(show).join(", ")}`, () => {
      const got = runCase(c).map(key);
      expectAll(got, c.expect);
      for (const code of c.absent ?? []) expect(got.filter((k) => k.startsWith(`${code} `))).toEqual([]);
    });
  });

  describe.each(DETECT_CASES.map((c) => [c.name, c] as const))("%s (existing layout, read through detection)", (_name, c) => {
    it(`${c.beskrivning} → ${c.expect.map(show).join(", ") || "no fel"}`, () => {
      const parsed = parseBase(c.sheets, detectWorkbook(c.sheets));
      const issues = [...parsed.issues, ...validateBase(parsed.base, parsed.layout)];
      expect(issueViolations(issues, c.sheets)).toEqual([]);
      const got = issues.map(key);
      expectAll(got, c.expect);
      for (const code of c.absent ?? []) expect(got.filter((k) => k.startsWith(`${code} `))).toEqual([]);
    });
  });
});
