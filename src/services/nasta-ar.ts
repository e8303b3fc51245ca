/**
 * "Nästa år": the beslutsutrymme what-if behind the task pane (domain.md §3.5). The workbook is read ONCE
 * (readModel); every change of a lever is recomputed in pure code (computeScenario, no Excel round trip); only
 * "Skriv scenario" writes (one plan through host.apply: ≤ 2 syncs). Named scenarios are kept in the
 * workbook through a ScenarioStore port (the Excel host's settings in the add-in). Never throws: host
 * failures come back as `{ ok: false, message }` in Swedish.
 */
import { representativeColumn, type BeslutsutrymmeModel, type PostGrupp } from "../domain/compute/beslutsutrymme";
import { applyScenario, parseScenarios, serializeScenarios, type Lever, type Scenario } from "../domain/compute/what-if";
import type { RawSheet, SheetPlan, WriteReport } from "../domain/model";
import type { Issue } from "../domain/issues";
import { parseBase } from "../domain/parse/base/parse-base";
import { parseSvNumber } from "../domain/text/sv-number";
import { beslutsutrymmeFromWorkbook, planScenario } from "../domain/reports/beslutsutrymme";
import { bidragFranScenario, type BidragNastaAr } from "../domain/compute/bidragsfordelning";
import { parseMedlemmar, type Medlem } from "../domain/parse/medlemmar";
import { findMedlemmarSheet } from "../domain/reports/bidrag";
import { planBidrag } from "../domain/plan/bidrag";
import { withPrintLayout } from "../domain/plan/print-layout";
import { describeError } from "./finsam-services";
import { isoFromLocalDate } from "./period";
import type { Failure, SettingsPort } from "./types";

export type { Lever, Scenario };

/** Where named scenarios are kept: one JSON text (an array of scenarios) in the workbook's settings. */
export interface ScenarioStore {
  load(): Promise<string | null>;
  save(json: string): Promise<void>;
}

/** A ScenarioStore in memory (tests, and a workbook that cannot keep settings). */
export function createMemoryScenarioStore(initial: string | null = null): ScenarioStore & { current(): string | null } {
  let json = initial;
  return {
    load: async () => json,
    save: async (text) => {
      json = text;
    },
    current: () => json,
  };
}

/** Settings key of the named scenarios in the workbook. */
export const SCENARIO_SETTING_KEY = "finsam.nastaAr.scenarier";

/** A ScenarioStore over the workbook's settings (the host's SettingsPort): one key, a JSON text. */
export function scenarioStoreFromSettings(settings: SettingsPort, key: string = SCENARIO_SETTING_KEY): ScenarioStore {
  return {
    async load() {
      const value = (await settings.load([key]))[key];
      if (value === undefined || value === null) return null;
      return typeof value === "string" ? value : JSON.stringify(value);
    },
    save: (json) => settings.save(key, json),
  };
}

/** The part of a host the what-if needs (FinsamHost satisfies it). */
export interface NastaArHost {
  readSheets(): Promise<RawSheet[]>;
  apply(plans: SheetPlan[]): Promise<WriteReport>;
  syncCount?(): number;
}

export interface NastaArDeps {
  store?: ScenarioStore;
  /** Clock for the written sheet's "Skapad" row; defaults to the system clock. */
  now?: () => Date;
}

/** The workbook's multi-year model, read once, plus what the written sheet's title needs. */
export interface NastaArModell {
  model: BeslutsutrymmeModel;
  /** The model's calendar years in order (2024, 2025 …): one lever field per year. */
  ar: number[];
  /** Insatser that can be switched off or shifted (namn and insatsägare identify one), with the amount per year as read
   * (`perAr[i]` for `ar[i]`, the year's best-estimate column, kronor as a cost: positive). */
  insatser: { namn: string; agare?: string; perAr: number[] }[];
  /** Per year, the amounts the levers change as read (the year's best-estimate column), kronor. */
  underlag: Underlag[];
  forbund?: string;
  /** Unit the sheet shows amounts in ("tkr"). */
  enhet: string;
  /** Notes from reading the model (e.g. the ingående differs from Inställningar). */
  issues: Issue[];
  /** The Medlemmar sheet's members, when the workbook has one: next year's medlemsbidrag per medlem follows the scenario. */
  medlemmar?: Medlem[];
  /** Name of the Medlemmar sheet (the written Bidrag sheet's source). */
  medlemmarBlad?: string;
  /** The year whose medlemsbidrag the scenario gives: the year after Räkenskapsår (else after the model's first year). */
  bidragAr?: number;
}

export type ModellSvar = ({ ok: true; syncsRead: number | null } & NastaArModell) | Failure;

export interface Underlag {
  ar: number;
  medlemsavgifter: number;
  forvaltning: number;
  /** Prognostiserade ej nyttjade medel as a positive amount (0 when the model has none). */
  ejNyttjade: number;
}

/** One column of the computed model: Budget 2024, Prognos 2024, Prel 2025 … */
export interface ArRad {
  label: string;
  ar: number;
  /** Årets beräknade resultat = Σ intäkter − Σ kostnader, kronor. */
  resultat: number;
  /** Kvarvarande beslutsutrymme = ingående + resultat, kronor. */
  kvarvarande: number;
  negativ: boolean;
}

export interface Berakning {
  rader: ArRad[];
  /** Labels of the columns whose kvarvarande beslutsutrymme is below zero. */
  negativa: string[];
  /** Levers that could not be applied as written. */
  issues: Issue[];
  model: BeslutsutrymmeModel;
  /** Next year's medlemsbidrag per medlem under the scenario (domain.md §3.3); absent without a Medlemmar sheet. */
  bidrag?: BidragNastaAr | null;
}

export type SkrivScenarioSvar =
  | {
      ok: true;
      blad: string;
      /** Next year's Bidrag sheet written beside the scenario ("Bidrag 2025 <namn>"), when the workbook has a Medlemmar sheet. */
      bidragBlad?: string;
      ersatte: string[];
      syncsWrite: number;
      issues: Issue[];
    }
  | Failure;
export type ScenarierSvar = { ok: true; scenarier: Scenario[]; issues: Issue[] } | Failure;
export type SparaSvar = { ok: true } | Failure;

export interface NastaArService {
  /** Reads the workbook once and builds the beslutsutrymme model. */
  readModel(): Promise<ModellSvar>;
  /** Applies the scenario's levers to the model and recomputes (pure, instant). */
  computeScenario(modell: NastaArModell, scenario: Scenario): Berakning;
  /** Writes the scenario as its own live sheet "Beslutsutrymme ÅÅÅÅ–ÅÅÅÅ <namn>". */
  writeScenario(modell: NastaArModell, scenario: Scenario): Promise<SkrivScenarioSvar>;
  /** Named scenarios kept in the workbook. */
  readScenarios(): Promise<ScenarierSvar>;
  saveScenarios(scenarier: readonly Scenario[]): Promise<SparaSvar>;
}

export const NASTA_AR_TEXT = {
  saknarModell:
    'Arbetsboken saknar en flerårsprognos: lägg till ett blad som "Ekonomisk information" med kolumner Budget ÅÅÅÅ, Prognos ÅÅÅÅ och Prel ÅÅÅÅ, intäkter och kostnader per post och ingående beslutsutrymme, eller fyll i Budget, Insatser och Ackumulerat överskott i Inställningar.',
  lasFel: "Kunde inte läsa arbetsboken",
  berakningFel: "Flerårsprognosen kunde inte räknas",
  skrivFel: "Kunde inte skriva scenariot (inga blad ändrades)",
  ingetNamn: "Ge scenariot ett namn innan det skrivs eller sparas.",
  ingenLagring: "Scenarier kan inte sparas i den här arbetsboken.",
  lasScenarierFel: "Kunde inte läsa de sparade scenarierna",
  sparaFel: "Kunde inte spara scenarierna",
} as const;

const fail = (what: string, e: unknown): Failure => ({ ok: false, message: `${what}: ${describeError(e)}` });

/** The model's calendar years, insatser and per-year underlag, for the pane's fields. */
export function describeModell(model: BeslutsutrymmeModel): Pick<NastaArModell, "ar" | "insatser" | "underlag"> {
  const ar = [...new Set(model.kolumner.map((k) => k.ar))].sort((a, b) => a - b);
  const cols = ar.map((y) => representativeColumn(model.kolumner, y));
  const insatser = model.poster
    .filter((p) => p.grupp === "insats")
    .map((p) => ({ namn: p.namn, ...(p.agare ? { agare: p.agare } : {}), perAr: cols.map((c) => Math.abs(p.belopp[c] ?? 0)) }));
  const sum = (grupp: PostGrupp, col: number) =>
    model.poster.filter((p) => p.grupp === grupp).reduce((a, p) => a + (p.belopp[col] ?? 0), 0);
  const underlag = ar.map((y) => {
    const col = representativeColumn(model.kolumner, y);
    return {
      ar: y,
      medlemsavgifter: sum("medlemsavgifter", col),
      forvaltning: sum("forvaltning", col),
      ejNyttjade: 0 - sum("ej-nyttjade", col),
    };
  });
  return { ar, insatser, underlag };
}

/** Pure: the scenario applied and recomputed; rows in the model's column order. */
export function beraknaScenario(modell: NastaArModell, scenario: Scenario): Berakning {
  const w = applyScenario(modell.model, scenario);
  const rader = w.result.ar.map((a) => ({
    label: a.kolumn.label,
    ar: a.kolumn.ar,
    resultat: a.resultat,
    kvarvarande: a.kvarvarande,
    negativ: a.kvarvarande < 0,
  }));
  const out: Berakning = { rader, negativa: w.result.negativa, issues: w.issues, model: w.model };
  const bidrag = bidragNastaAr(modell, scenario);
  if (bidrag) out.bidrag = bidrag.result;
  return out;
}

/** Next year's medlemsbidrag per medlem under the scenario (bidragFranScenario); undefined without a Medlemmar sheet. */
function bidragNastaAr(modell: NastaArModell, scenario: Scenario): ReturnType<typeof bidragFranScenario> | undefined {
  if (!modell.medlemmar || modell.medlemmar.length === 0 || modell.bidragAr === undefined) return undefined;
  return bidragFranScenario(modell.medlemmar, modell.model, scenario, modell.bidragAr, { sheet: modell.medlemmarBlad });
}

export function createNastaArService(host: NastaArHost, deps: NastaArDeps = {}): NastaArService {
  const now = deps.now ?? (() => new Date());
  const syncs = () => (host.syncCount ? host.syncCount() : null);

  return {
    async readModel(): Promise<ModellSvar> {
      const before = syncs();
      let sheets: RawSheet[];
      try {
        sheets = await host.readSheets();
      } catch (e) {
        return fail(NASTA_AR_TEXT.lasFel, e);
      }
      const after = syncs();
      try {
        const { base } = parseBase(sheets);
        const found = beslutsutrymmeFromWorkbook({ sheets, base });
        if (!found) return { ok: false, message: NASTA_AR_TEXT.saknarModell };
        const beskrivning = describeModell(found.model);
        const medlemmarBlad = findMedlemmarSheet(sheets);
        const medlemmar = medlemmarBlad ? parseMedlemmar(medlemmarBlad)?.medlemmar : undefined;
        const forstaAr = base.installningar.rakenskapsar ?? beskrivning.ar[0];
        return {
          ok: true,
          syncsRead: before === null || after === null ? null : after - before,
          model: found.model,
          ...beskrivning,
          forbund: base.installningar.forbund,
          enhet: base.installningar.enhet?.trim() || "tkr",
          issues: found.issues,
          ...(medlemmar && medlemmar.length > 0 && forstaAr !== undefined
            ? { medlemmar, medlemmarBlad: medlemmarBlad!.name, bidragAr: forstaAr + 1 }
            : {}),
        };
      } catch (e) {
        return fail(NASTA_AR_TEXT.berakningFel, e);
      }
    },

    computeScenario: beraknaScenario,

    async writeScenario(modell, scenario): Promise<SkrivScenarioSvar> {
      const name = scenario.name.trim();
      if (!name) return { ok: false, message: NASTA_AR_TEXT.ingetNamn };
      let plan: SheetPlan;
      let issues: Issue[];
      let bidragPlan: SheetPlan | undefined;
      try {
        const idag = isoFromLocalDate(now());
        ({ plan, issues } = planScenario(modell.model, { ...scenario, name }, { idag, forbund: modell.forbund, unit: modell.enhet }));
        // Next year's medlemsbidrag per medlem under the same scenario, as its own sheet beside it.
        const bidrag = bidragNastaAr(modell, { ...scenario, name });
        if (bidrag) issues = [...issues, ...bidrag.issues];
        if (bidrag?.result)
          bidragPlan = planBidrag(bidrag.result.fordelning, {
            ar: bidrag.result.ar,
            idag,
            forbund: modell.forbund,
            till: `${bidrag.result.ar}-12-31`,
            kallor: [modell.medlemmarBlad ?? "Medlemmar", ...(modell.model.sourceSheet ? [modell.model.sourceSheet] : [])],
            tolerans: 1,
            scenario: { namn: name, kolumn: bidrag.result.kolumn },
          });
        // The scenario sheets go into the board pack: printed like the reports (A4, print area, footer; print-layout.ts).
        const ar = modell.ar.length > 0 ? modell.ar : [Number(idag.slice(0, 4))];
        const printInfo = {
          ...(modell.forbund ? { forbund: modell.forbund } : {}),
          fran: `${Math.min(...ar)}-01-01`,
          till: `${Math.max(...ar)}-12-31`,
          idag,
        };
        plan = withPrintLayout(plan, printInfo);
        if (bidragPlan) bidragPlan = withPrintLayout(bidragPlan, printInfo);
      } catch (e) {
        return fail(NASTA_AR_TEXT.berakningFel, e);
      }
      try {
        const report = await host.apply(bidragPlan ? [plan, bidragPlan] : [plan]);
        const written = (p: SheetPlan) => report.written.find((w) => w.key === p.key && w.kind === p.kind)?.name ?? p.name;
        return {
          ok: true,
          blad: written(plan),
          ...(bidragPlan ? { bidragBlad: written(bidragPlan) } : {}),
          ersatte: report.replaced,
          syncsWrite: report.syncs,
          issues,
        };
      } catch (e) {
        return fail(NASTA_AR_TEXT.skrivFel, e);
      }
    },

    async readScenarios(): Promise<ScenarierSvar> {
      if (!deps.store) return { ok: true, scenarier: [], issues: [] };
      try {
        const { scenarios, issues } = parseScenarios(await deps.store.load());
        return { ok: true, scenarier: scenarios, issues };
      } catch (e) {
        return fail(NASTA_AR_TEXT.lasScenarierFel, e);
      }
    },

    async saveScenarios(scenarier): Promise<SparaSvar> {
      if (!deps.store) return { ok: false, message: NASTA_AR_TEXT.ingenLagring };
      if (scenarier.some((s) => !s.name.trim())) return { ok: false, message: NASTA_AR_TEXT.ingetNamn };
      try {
        await deps.store.save(serializeScenarios(scenarier));
        return { ok: true };
      } catch (e) {
        return fail(NASTA_AR_TEXT.sparaFel, e);
      }
    },
  };
}

export type Tolkning = { kind: "number"; value: number } | { kind: "empty" } | { kind: "error"; reason: string };

/**
 * An amount typed in the pane: tkr unless the text names its unit ("1 300" → 1 300 000 kr;
 * "1,3 mkr" → 1 300 000 kr; "500 000 kr" → 500 000 kr). Percent signs are not amounts.
 */
export function tolkaBeloppTkr(text: string): Tolkning {
  const p = parseSvNumber(text);
  if (p.kind !== "number") return p.kind === "empty" ? p : { kind: "error", reason: `${p.reason}: skriv ett belopp i tkr, t.ex. 1 300` };
  if (p.unitFactor === 0.01) return { kind: "error", reason: `"${text.trim()}" är en procentsats: skriv ett belopp i tkr` };
  return { kind: "number", value: p.unitFactor !== undefined ? p.value : p.value * 1000 };
}

/** A percentage typed in the pane, as a fraction: "2" → 0,02; "2,5 %" → 0,025; "−3" → −0,03. */
export function tolkaProcent(text: string): Tolkning {
  const p = parseSvNumber(text);
  if (p.kind !== "number") return p.kind === "empty" ? p : { kind: "error", reason: `${p.reason}: skriv procent, t.ex. 2 eller 2,5` };
  if (p.unitFactor !== undefined && p.unitFactor !== 0.01)
    return { kind: "error", reason: `"${text.trim()}" är ett belopp: skriv procent, t.ex. 2` };
  return { kind: "number", value: p.unitFactor === 0.01 ? p.value : p.value / 100 };
}
