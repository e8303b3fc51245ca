import type { Issue, RawSheet } from "../domain/model";
import { runPipeline as defaultRunPipeline } from "../domain/pipeline";
import type { PipelineResult } from "../domain/pipeline-types";
import { countIssues } from "./issues";
import { isoFromLocalDate, periodProblem } from "./period";
import type { FinsamHost, FinsamServices, Failure, KontrollSvar, RapportSvar, RunPeriod, ServiceDeps } from "./types";

/** Turns anything thrown by a host into a Swedish sentence (Office.js errors carry code + message). */
export function describeError(e: unknown): string {
  if (e && typeof e === "object") {
    const { code, message } = e as { code?: unknown; message?: unknown };
    const text = typeof message === "string" && message ? message : String(e);
    return typeof code === "string" && code && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(e);
}

function fail(what: string, e: unknown): Failure {
  return { ok: false, message: `${what}: ${describeError(e)}` };
}

/**
 * Composes the pure pipeline with a host: read → pipeline → (write).
 * Never throws: host failures come back as `{ ok: false, message }` in Swedish.
 */
export function createServices(host: FinsamHost, deps: ServiceDeps = {}): FinsamServices {
  const runPipeline = deps.runPipeline ?? defaultRunPipeline;
  const now = deps.now ?? (() => new Date());
  const idag = () => isoFromLocalDate(now());
  const syncs = () => (host.syncCount ? host.syncCount() : null);

  /** Reads the workbook and runs the pipeline, counting the read's syncs. */
  async function readAndRun(period: RunPeriod): Promise<
    { ok: true; sheets: RawSheet[]; result: PipelineResult; syncsRead: number | null } | Failure
  > {
    const problem = periodProblem(period.fran, period.till);
    if (problem) return { ok: false, message: problem };
    const before = syncs();
    let sheets: RawSheet[];
    try {
      sheets = await host.readSheets();
    } catch (e) {
      return fail("Kunde inte läsa arbetsboken", e);
    }
    const after = syncs();
    const syncsRead = before === null || after === null ? null : after - before;
    try {
      const result = runPipeline(sheets, { fran: period.fran, till: period.till, idag: idag() });
      return { ok: true, sheets, result, syncsRead };
    } catch (e) {
      return fail("Beräkningen avbröts oväntat", e);
    }
  }

  return {
    idag,

    async kontrollera(period): Promise<KontrollSvar> {
      const run = await readAndRun(period);
      if (!run.ok) return run;
      const issues: Issue[] = run.result.issues;
      return {
        ok: true,
        issues,
        antal: countIssues(issues),
        rapporter: run.result.plans.map((p) => ({ kind: p.kind, name: p.name })),
        lastaBlad: run.sheets.map((s) => s.name),
        syncsRead: run.syncsRead,
      };
    },

    async skapaRapporter(period): Promise<RapportSvar> {
      const run = await readAndRun(period);
      if (!run.ok) return run;
      if (run.result.plans.length === 0) {
        return { ok: false, message: "Det finns inget att skriva: arbetsboken saknar blad som rapporterna behöver." };
      }
      try {
        const report = await host.apply(run.result.plans);
        return {
          ok: true,
          written: report.written,
          replaced: report.replaced,
          issues: run.result.issues,
          antal: countIssues(run.result.issues),
          syncsRead: run.syncsRead,
          syncsWrite: report.syncs,
        };
      } catch (e) {
        return fail("Kunde inte skriva rapporterna (inga blad ändrades)", e);
      }
    },

    async visaCell(sheet, cell) {
      if (!sheet) return false;
      try {
        await host.selectCell(sheet, cell);
        return true;
      } catch {
        return false;
      }
    },
  };
}
