import { DELTAGARE_KIND } from "../domain/plan/deltagare/uppfoljning-deltagare";
import { outputKey } from "../domain/plan/output-registry";
import type { RawSheet } from "../domain/model";
import { runPipeline as defaultRunPipeline } from "../domain/pipeline/pipeline";
import type { PipelineOptions, PipelineResult } from "../domain/reports/types";
import { REKVISITIONSKONTROLL_KIND } from "../domain/plan/rekvisitionskontroll";
import { reportModules } from "../domain/reports";
import { PANE_CHOICES_KEY, parseChoices } from "./choices";
import { describeError } from "./errors";
import { countIssues } from "./issues";
import { createMappingService, createSavedMapping, settingsMappingStore } from "./mapping";
import { createNastaArService, scenarioStoreFromSettings } from "./nasta-ar";
import { isoFromLocalDate, periodProblem } from "./period";
import { utfallPeriodIssue } from "../domain/parse/mapped/period-coverage";
import { readPerioder } from "./perioder";
import { rekvisitionSvar } from "./rekvisitioner";
import { bladOversikt, reportKindsWithPlans } from "./sheet-kinds";
import { createBokforingService } from "./ledger";
import type {
  Failure,
  FinsamHost,
  FinsamServices,
  KontrollSvar,
  OnProgress,
  ProgressStep,
  RapportSvar,
  RekvisitionSvar,
  RunOptions,
  ServiceDeps,
} from "./types";

export { describeError };

function fail(what: string, e: unknown): Failure {
  return { ok: false, message: `${what}: ${describeError(e)}` };
}

/** The steps of each action, in order (the progress bar shows "steg n av total"). */
export const ACTION_STEPS: Record<"kontrollera" | "skapa" | "rekvisitioner", readonly ProgressStep[]> = {
  kontrollera: ["lasa", "kontrollera"],
  skapa: ["lasa", "berakna", "skriva"],
  rekvisitioner: ["lasa", "kontrollera"],
};

const zeroTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Run = { ok: true; sheets: RawSheet[]; result: PipelineResult; syncsRead: number | null };

/**
 * Composes the pure pipeline with a host: read → pipeline → (write).
 * Never throws: host failures come back as `{ ok: false, message }` in Swedish.
 * With `onProgress` every step is announced before it starts and the UI gets a moment to paint it.
 */
/** Names of the existing output sheets a write of `plans` replaces: the same report kind and key (period). */
export function replacedBy(
  outputs: readonly { kind: string; key: string; name: string }[],
  plans: readonly { kind: string; key: string }[],
): string[] {
  const wanted = new Set(plans.map(outputKey));
  return outputs.filter((o) => wanted.has(outputKey(o))).map((o) => o.name);
}

/**
 * The unmasked Uppföljning deltagare sheets among Finsam's output sheets: kind "deltagare" whose key is not a
 * Publicering key (the published sheet's key ends in ":publicering", see plan/deltagare/uppfoljning-deltagare.ts).
 */
export function unmaskedDeltagare(outputs: readonly { kind: string; key: string; name: string }[]): string[] {
  return outputs.filter((o) => o.kind === DELTAGARE_KIND && !o.key.endsWith(":publicering")).map((o) => o.name);
}

export function createServices(host: FinsamHost, deps: ServiceDeps = {}): FinsamServices {
  // The SIE file picked in the pane (src/services/ledger.ts): kept for the session, passed to every run.
  const bokforing = createBokforingService(deps.loadIconv ? { loadIconv: deps.loadIconv } : {});
  const runPipeline = deps.runPipeline ?? defaultRunPipeline;
  const now = deps.now ?? (() => new Date());
  const yieldToUi = deps.yieldToUi ?? zeroTimeout;
  const idag = () => isoFromLocalDate(now());
  const syncs = () => (host.syncCount ? host.syncCount() : null);
  // The mapping saved in the workbook (step 1) steers every run; without settings the run detects afresh.
  const mappingStore = host.settings ? settingsMappingStore(host.settings) : null;
  const savedMapping = mappingStore ? createSavedMapping(mappingStore) : null;

  /** Announces step `step` of `steps` and yields so the UI can show it. */
  async function announce(steps: readonly ProgressStep[], step: ProgressStep, onProgress?: OnProgress): Promise<void> {
    if (!onProgress) return;
    onProgress({ step, index: steps.indexOf(step) + 1, total: steps.length });
    await yieldToUi();
  }

  /** Reads the workbook and runs the pipeline, counting the read's syncs. */
  async function readAndRun(
    options: PipelineOptions,
    steps: readonly ProgressStep[],
    pipelineStep: ProgressStep,
    onProgress?: OnProgress,
  ): Promise<Run | Failure> {
    const problem = periodProblem(options.fran, options.till);
    if (problem) return { ok: false, message: problem };
    await announce(steps, "lasa", onProgress);
    const withMapping = savedMapping ? await savedMapping.withSaved(options) : options;
    const before = syncs();
    let sheets: RawSheet[];
    try {
      sheets = await host.readSheets();
    } catch (e) {
      return fail("Kunde inte läsa arbetsboken", e);
    }
    const after = syncs();
    const syncsRead = before === null || after === null ? null : after - before;
    await announce(steps, pipelineStep, onProgress);
    try {
      const result = runPipeline(sheets, withMapping);
      // No utfall in the chosen period (a 2021 book run for 2026): a varning first, as in the CLI (issue 14 pattern 10).
      const outside = utfallPeriodIssue(result.base, options.fran, options.till);
      return { ok: true, sheets, result: outside ? { ...result, issues: [outside, ...result.issues] } : result, syncsRead };
    } catch (e) {
      return fail("Beräkningen avbröts oväntat", e);
    }
  }

  /** The pipeline's options from the pane's: only the fields that are set, so runs stay comparable. */
  function pipelineOptions(o: RunOptions, withReports: boolean): PipelineOptions {
    const out: PipelineOptions = { fran: o.fran, till: o.till, idag: idag() };
    if (withReports && o.reports) out.reports = [...o.reports];
    if (o.publicering) out.publicering = { threshold: o.publicering.threshold };
    // The Nästa år scenario only steers what is written (Bidrag ÅÅÅÅ <namn>); Kontrollera checks the workbook as it is.
    if (withReports && o.nastaAr) out.nastaAr = o.nastaAr;
    const ledger = bokforing.ledger();
    if (ledger) out.ledger = ledger;
    return out;
  }

  return {
    today: idag,
    bokforing,

    // "Nästa år" (src/services/nasta-ar.ts): its scenarios live in the same workbook settings.
    nastaAr: createNastaArService(host, { now, store: host.settings ? scenarioStoreFromSettings(host.settings) : undefined }),
    ...(mappingStore ? { mapping: createMappingService(host, mappingStore, { now }) } : {}),
    perioder: () => readPerioder(host, mappingStore),

    async checkWorkbook(options, onProgress): Promise<KontrollSvar> {
      // Kontrollera checks everything the workbook has, whatever outputs are chosen.
      const run = await readAndRun(pipelineOptions(options, false), ACTION_STEPS.kontrollera, "kontrollera", onProgress);
      if (!run.ok) return run;
      const { issues } = run.result;
      return {
        ok: true,
        issues,
        antal: countIssues(issues),
        rapporter: run.result.plans.map((p) => ({ kind: p.kind, name: p.name })),
        ersatts: replacedBy(host.lastReadOutputs?.() ?? [], run.result.plans),
        lastaBlad: run.sheets.map((s) => s.name),
        blad: bladOversikt(run.sheets, run.result),
        tillgangliga: reportKindsWithPlans(run.result),
        syncsRead: run.syncsRead,
      };
    },

    async writeReports(options, onProgress): Promise<RapportSvar> {
      const steps = ACTION_STEPS.skapa;
      const run = await readAndRun(pipelineOptions(options, true), steps, "berakna", onProgress);
      if (!run.ok) return run;
      if (run.result.plans.length === 0) {
        return { ok: false, message: "Det finns inget att skriva: arbetsboken saknar blad som rapporterna behöver." };
      }
      await announce(steps, "skriva", onProgress);
      try {
        const report = await host.apply(run.result.plans);
        // The run's reconciled mapping is kept with the reports (a write anyway), so the next run is one click.
        if (savedMapping) await savedMapping.remember(run.result);
        return {
          ok: true,
          written: report.written,
          replaced: report.replaced,
          omaskadeKvar: options.publicering ? unmaskedDeltagare(host.lastReadOutputs?.() ?? []) : [],
          issues: run.result.issues,
          antal: countIssues(run.result.issues),
          syncsRead: run.syncsRead,
          syncsWrite: report.syncs,
        };
      } catch (e) {
        return fail("Kunde inte skriva rapporterna (inga blad ändrades)", e);
      }
    },

    async checkRekvisitioner(period, onProgress): Promise<RekvisitionSvar> {
      const options = { ...pipelineOptions(period, false), reports: [REKVISITIONSKONTROLL_KIND] };
      const run = await readAndRun(options, ACTION_STEPS.rekvisitioner, "kontrollera", onProgress);
      if (!run.ok) return run;
      return rekvisitionSvar(run.result, run.syncsRead);
    },

    async selectIssueCell(sheet, cell) {
      if (!sheet) return { ok: false, message: "Felet hör inte till något blad." };
      try {
        await host.selectCell(sheet, cell || "A1");
        return { ok: true };
      } catch (e) {
        // the host's Swedish text ("Bladet "…" är dolt …", "Bladet … finns inte längre.")
        return {
          ok: false,
          message: e instanceof Error && e.message ? e.message : `Cellen ${cell} på bladet "${sheet}" kunde inte visas.`,
        };
      }
    },

    async outputSheets() {
      if (!host.listOutputs) return { ok: false, message: "Rapportbladen kan inte listas här." };
      try {
        return { ok: true, blad: await host.listOutputs() };
      } catch (e) {
        return fail("Kunde inte läsa vilka rapportblad Finsam har skapat", e);
      }
    },

    async removeOutputSheets(names) {
      if (!host.removeOutputs) return { ok: false, message: "Rapportbladen kan inte tas bort här." };
      try {
        return { ok: true, borttagna: await host.removeOutputs(names) };
      } catch (e) {
        return fail("Kunde inte ta bort rapportbladen", e);
      }
    },

    reportKinds: () => reportModules.map((m) => ({ kind: m.kind, label: m.label })),

    async readChoices() {
      if (!host.settings) return null;
      try {
        const values = await host.settings.load([PANE_CHOICES_KEY]);
        return parseChoices(values[PANE_CHOICES_KEY]);
      } catch {
        return null;
      }
    },

    async saveChoices(choices) {
      if (!host.settings) return false;
      try {
        await host.settings.save(PANE_CHOICES_KEY, JSON.parse(JSON.stringify(choices)));
        return true;
      } catch {
        return false;
      }
    },
  };
}
