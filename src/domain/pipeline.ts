import { issue } from "./model";
import type { Issue, ParsedWorkbook, RawSheet, SheetPlan } from "./model";
import type { PipelineContext, PipelineOptions, PipelineResult, ReportModule } from "./pipeline-types";
import { parseBase, type BaseLayout } from "./parse";
import { validateBase } from "./validate";
import { reportModules } from "./reports";
import { planValideringsrapport, sortIssues } from "./plan/valideringsrapport";

/**
 * The pure pipeline: RawSheet[] → parseBase → validateBase → every report module → Valideringsrapport.
 *
 * - `options.reports` filters the modules by kind (undefined = all); the Valideringsrapport is always planned, last.
 * - A module that returns null lacks its sheets; when it was asked for explicitly, an info issue says so.
 * - A step that throws unexpectedly becomes an issue with code INTERNT_FEL, never a crash.
 * - Issues are deduplicated (modules may report the same cell) and sorted by severity, sheet, cell.
 */

export const INTERNT_FEL = "INTERNT_FEL";
export const RAPPORT_SAKNAR_UNDERLAG = "RAPPORT_SAKNAR_UNDERLAG";

export interface PipelineDeps {
  parseBase: (sheets: RawSheet[]) => { base: ParsedWorkbook; issues: Issue[]; layout?: BaseLayout };
  /** `layout` (where parseBase found each column) lets the validator point at exact cells. */
  validateBase: (base: ParsedWorkbook, layout?: BaseLayout) => Issue[];
  modules: readonly ReportModule[];
}

const DEFAULT_DEPS: PipelineDeps = { parseBase, validateBase, modules: reportModules };

export function emptyBase(): ParsedWorkbook {
  return { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };
}

function internalError(steg: string, e: unknown): Issue {
  const detalj = e instanceof Error ? e.message : String(e);
  return issue(
    "fel",
    INTERNT_FEL,
    "",
    "",
    `${steg} kunde inte slutföras på grund av ett internt fel (${detalj}). Övriga rapporter påverkas inte. ` +
      `Spara arbetsboken och rapportera felet till den som förvaltar Finsam för Excel.`,
  );
}

function issueKey(i: Issue): string {
  return [i.severity, i.code, i.sheet, i.cell, i.message].join("\u0000");
}

/** Issues without exact duplicates, sorted by severity, sheet and cell. */
export function collectIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = issueKey(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return sortIssues(unique);
}

/** Runs the whole pipeline on the sheets a host read; see the file comment. */
export function runPipeline(sheets: RawSheet[], options: PipelineOptions, deps: Partial<PipelineDeps> = {}): PipelineResult {
  const d: PipelineDeps = { ...DEFAULT_DEPS, ...deps };
  const all: Issue[] = [];

  let base = emptyBase();
  let layout: BaseLayout | undefined;
  try {
    const parsed = d.parseBase(sheets);
    base = parsed.base;
    layout = parsed.layout;
    all.push(...parsed.issues);
  } catch (e) {
    all.push(internalError("Inläsningen av bladen", e));
  }
  try {
    all.push(...d.validateBase(base, layout));
  } catch (e) {
    all.push(internalError("Valideringen", e));
  }

  const ctx: PipelineContext = { sheets, base, options };
  const wanted = options.reports ? new Set(options.reports) : null;
  const results: Record<string, unknown> = {};
  const plans: SheetPlan[] = [];
  for (const m of d.modules) {
    if (wanted && !wanted.has(m.kind)) continue;
    try {
      const out = m.run(ctx);
      if (!out) {
        if (wanted) {
          all.push(
            issue("info", RAPPORT_SAKNAR_UNDERLAG, "", "", `${m.label} skapades inte: arbetsboken saknar de blad eller rader som rapporten behöver.`),
          );
        }
        continue;
      }
      results[m.kind] = out.result;
      plans.push(...out.plans);
      all.push(...out.issues);
    } catch (e) {
      all.push(internalError(`Rapporten ${m.label}`, e));
    }
  }

  const issues = collectIssues(all);
  plans.push(planValideringsrapport(issues, base, options));
  return { base, issues, results, plans };
}
