import { applyMapping } from "../detect/apply";
import { detectWorkbook } from "../detect/detect-workbook";
import { unusedSheetIssues } from "../detect/unused";
import type { WorkbookMapping } from "../model/mapping";
import { issue, type Issue } from "../issues";
import type { ParsedWorkbook, RawSheet, SheetPlan } from "../model";
import type { PipelineContext, PipelineOptions, PipelineResult, ReportKind, ReportModule, ReportResults } from "../reports/types";
import { parseBase, type BaseLayout } from "../parse/base/parse-base";
import { maskPersonnummer } from "../text/personnummer";
import { swedishErrorText } from "../text/user-error";
import { applySizeLimits } from "../issues/limits";
import { validateBase } from "../validate";
import { reportModules } from "../reports";
import { withLedgerUtfall } from "../reports/ledger-utfall";
import { planValideringsrapport } from "../plan/valideringsrapport";
import { collectIssues } from "../issues/collect";
import { withPrintLayout } from "../plan/print-layout";
import { withBanner } from "../plan/common";

/**
 * The pure pipeline: RawSheet[] → detect (kinds, columns, aliases; the saved mapping reconciled with the sheets)
 * → parseBase → validateBase → every report module → Valideringsrapport.
 *
 * - `options.reports` filters the modules by kind (undefined = all); the Valideringsrapport is always planned, last.
 * - A module that returns null lacks its sheets; when it was asked for explicitly, an info issue says so.
 * - A step that throws unexpectedly becomes an issue with code INTERNT_FEL, never a crash.
 * - Issues are deduplicated (modules may report the same cell) and sorted by severity, sheet, cell.
 * - While the run has fel, every report sheet carries the banner row "Preliminär — arbetsboken har N fel, se
 *   Valideringsrapport" (row 3, plan/common.ts withBanner); the Valideringsrapport itself does not.
 */

export const INTERNT_FEL = "INTERNT_FEL";
export const RAPPORT_SAKNAR_UNDERLAG = "RAPPORT_SAKNAR_UNDERLAG";
/** The workbook has nothing any report can be made from (empty, or only other sheets). */
export const INGET_UNDERLAG = "INGET_UNDERLAG";
const INGET_UNDERLAG_TEXT =
  "Arbetsboken har inga blad som rapporterna kan byggas på (Insatser, Budget, Utfall, Rekvisitioner, Deltagare eller Medlemmar med rader). " +
  "Klicka Skapa mallar i steg 1 Data (eller kör finsam mall) och fyll i bladen, eller öppna förbundets arbetsbok.";

export interface PipelineDeps {
  parseBase: (sheets: RawSheet[], mapping?: WorkbookMapping) => { base: ParsedWorkbook; issues: Issue[]; layout?: BaseLayout };
  /** `layout` (where parseBase found each column) lets the validator point at exact cells. */
  validateBase: (base: ParsedWorkbook, layout?: BaseLayout) => Issue[];
  modules: readonly ReportModule[];
}

const DEFAULT_DEPS: PipelineDeps = { parseBase, validateBase, modules: reportModules };

export function emptyBase(): ParsedWorkbook {
  return { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };
}

function internalError(steg: string, e: unknown): Issue {
  const detalj = swedishErrorText(e);
  return issue(
    "fel",
    INTERNT_FEL,
    "",
    "",
    `${steg} kunde inte slutföras på grund av ett internt fel (${detalj}). Övriga rapporter påverkas inte. ` +
      `Spara arbetsboken och rapportera felet till den som förvaltar Finsam för Excel.`,
  );
}

/** Runs the whole pipeline on the sheets a host read; see the file comment. */
export function runPipeline(allSheets: RawSheet[], options: PipelineOptions, deps: Partial<PipelineDeps> = {}): PipelineResult {
  const d: PipelineDeps = { ...DEFAULT_DEPS, ...deps };
  const { sheets: limited, issues: sizeIssues } = applySizeLimits(allSheets);
  const all: Issue[] = [...sizeIssues];

  // Detection: the base sheets are parsed from the ORIGINAL sheets through the mapping; the record-kind sheets
  // (Deltagare, Rekvisitioner, Medlemmar) reach the modules with their header renamed to the standard names.
  let sheets = limited;
  let mapping: WorkbookMapping | undefined;
  try {
    const applied = applyMapping(limited, options.mapping ?? detectWorkbook(limited));
    sheets = applied.sheets;
    mapping = applied.mapping;
    all.push(...applied.issues, ...unusedSheetIssues(limited, mapping));
  } catch (e) {
    all.push(internalError("Igenkänningen av bladen", e));
  }

  let base = emptyBase();
  let layout: BaseLayout | undefined;
  try {
    const parsed = d.parseBase(limited, mapping);
    // Utfall from a SIE file when the workbook has none (domain.md §3.7).
    const fromLedger = withLedgerUtfall(parsed.base, parsed.issues, limited, options);
    base = fromLedger.base;
    layout = parsed.layout;
    all.push(...fromLedger.issues);
  } catch (e) {
    all.push(internalError("Inläsningen av bladen", e));
  }
  try {
    all.push(...d.validateBase(base, layout));
  } catch (e) {
    all.push(internalError("Valideringen", e));
  }

  const ctx: PipelineContext = { sheets, base, options, mapping };
  const wanted = options.reports ? new Set(options.reports) : null;
  const results: Partial<ReportResults> = {};
  const plans: SheetPlan[] = [];
  for (const m of d.modules) {
    if (wanted && !wanted.has(m.kind)) continue;
    try {
      const out = m.run(ctx);
      if (!out) {
        if (wanted) {
          all.push(
            issue(
              "info",
              RAPPORT_SAKNAR_UNDERLAG,
              "",
              "",
              `${m.label} skapades inte: arbetsboken saknar de blad eller rader som rapporten behöver.`,
            ),
          );
        }
        continue;
      }
      // ReportModule<K> ties a module's kind to its result type; TypeScript cannot follow that through the list.
      (results as Record<ReportKind, unknown>)[m.kind] = out.result;
      plans.push(...out.plans);
      all.push(...out.issues);
    } catch (e) {
      all.push(internalError(`Rapporten ${m.label}`, e));
    }
  }

  // Nothing to report on at all (an empty or near-empty workbook): a fel, never a green "0 fel".
  if (plans.length === 0 && !wanted) all.push(issue("fel", INGET_UNDERLAG, "", "", INGET_UNDERLAG_TEXT));
  const antalFel = collectIssues(all).filter((i) => i.severity === "fel").length;
  const rapporter = plans.map((p) => withBanner(p, antalFel));
  plans.length = 0;
  plans.push(...rapporter);
  plans.push(planValideringsrapport(collectIssues(all), base, options));
  const masked = plans.map(maskPlan);
  if (masked.some((p, i) => p !== plans[i])) all.push(issue("varning", PERSONNUMMER_DOLT, "", "", PERSONNUMMER_DOLT_TEXT));
  const issues = collectIssues(all);
  if (masked.some((p, i) => p !== plans[i])) masked[masked.length - 1] = maskPlan(planValideringsrapport(issues, base, options));
  // The footer names the förbund; a bokslut from a SIE file without a workbook names the file's company (#FNAMN).
  const forbund = base.installningar.forbund ?? options.ledger?.ledger.foretag;
  const printInfo = { ...(forbund ? { forbund } : {}), fran: options.fran, till: options.till, idag: options.idag };
  const printed = masked.map((p) => withPrintLayout(p, printInfo));
  return { base, issues, results: maskDeep(results) as Partial<ReportResults>, plans: printed, mapping };
}

/** Privacy: a personnummer-like text reached a report (an insats, post or sheet named by one) and was masked. */
export const PERSONNUMMER_DOLT = "PERSONNUMMER_DOLT";
const PERSONNUMMER_DOLT_TEXT =
  "Ett eller flera namn i arbetsboken ser ut som personnummer. De visas som [personnummer dolt] i rapporterna; " +
  "byt namnen (använd kortnamn eller pseudonymiserade koder) så att inga personnummer står i bladen.";

/** Strings of any depth with personnummer-like parts masked; the same object when nothing changed. */
function maskDeep(v: unknown): unknown {
  if (typeof v === "string") return maskPersonnummer(v);
  if (Array.isArray(v)) {
    // Copies only once something changed: results hold many arrays and almost never a personnummer.
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = maskDeep(v[i]);
      if (out) out.push(x);
      else if (x !== v[i]) (out = v.slice(0, i)).push(x);
    }
    return out ?? v;
  }
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(v)) {
      const before = (v as Record<string, unknown>)[k];
      const x = maskDeep(before);
      if (x !== before) (out ??= { ...(v as Record<string, unknown>) })[k] = x;
    }
    return out ?? v;
  }
  return v;
}

/** The plan with every shown text (cells, cached formula values, notes, chart titles, list values) masked. */
function maskPlan(plan: SheetPlan): SheetPlan {
  const masked = maskDeep({ rows: plan.rows, summary: plan.summary, charts: plan.charts, dataValidations: plan.dataValidations }) as Pick<
    SheetPlan,
    "rows" | "summary" | "charts" | "dataValidations"
  >;
  if (
    masked.rows === plan.rows &&
    masked.summary === plan.summary &&
    masked.charts === plan.charts &&
    masked.dataValidations === plan.dataValidations
  )
    return plan;
  return { ...plan, ...masked };
}
