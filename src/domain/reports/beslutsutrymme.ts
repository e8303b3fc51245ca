import { checkBeslutsutrymmeSums } from "../compute/beslutsutrymme-check";
import {
  computeBeslutsutrymme,
  isIntakt,
  type BeslutsutrymmeKolumn,
  type BeslutsutrymmeModel,
  type BeslutsutrymmePost,
} from "../compute/beslutsutrymme";
import { applyScenario, type Scenario } from "../compute/what-if";
import { issue, type Issue } from "../issues/issue";
import type { SheetPlan } from "../model/plan";
import type { ParsedWorkbook } from "../model/records";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { normalizeHeader } from "../text/header";
import { parseBeslutsutrymmeSheet, postGrupp } from "../parse/beslutsutrymme-sheet";
import { BESLUTSUTRYMME_KIND, planBeslutsutrymme } from "../plan/beslutsutrymme";
import { amountText } from "../plan/common";
import { isOwnOutput } from "./bidrag";

const PREFERRED_NAMES = ["ekonomiskinformation", "beslutsutrymme", "flerarsplan", "flerarsbudget", "langtidsbudget", "prognos"];

/**
 * Ingående beslutsutrymme from Inställningar: the Ackumulerat överskott (balanserat resultat), which does
 * NOT include the bound Reservfond — the reservfond is a separate part of eget kapital and is never added.
 * Uppsala: Ackumulerat överskott 6 360 tkr + Reservfond 1 000 tkr = eget kapital 7 360 tkr at 2023-12-31
 * (6 740 tkr after H1 2024's −620); the beslutsutrymme starts from 6 360 tkr.
 */
export function ingaendeFromInstallningar(base: ParsedWorkbook): number | undefined {
  return base.installningar.ackumuleratOverskott;
}

/**
 * The workbook's beslutsutrymme model: a multi-year sheet (one the mapping detected as a budget with year columns,
 * then by name: "Ekonomisk information", "Beslutsutrymme" … with year columns, intäkter and kostnader; not a base
 * sheet, not the add-in's own output), else one built
 * from the Budget and Insatser sheets (modelFromBase) when Inställningar gives the ackumulerat överskott.
 * Null when neither exists. Used by the report and by the what-if service.
 */
export function beslutsutrymmeFromWorkbook(
  ctx: Pick<PipelineContext, "sheets" | "base" | "mapping">,
): { model: BeslutsutrymmeModel; issues: Issue[] } | null {
  const start = ingaendeFromInstallningar(ctx.base);
  const baseSheets = new Set(Object.values(ctx.base.sourceSheets));
  // Sheets the mapping detected as a budget with year columns (read or not as the Budget sheet) come first.
  const mappedYears = new Set(
    ctx.mapping?.sheets.filter((m) => m.kind === "budget" && m.columns.some((c) => c.year !== undefined)).map((m) => m.sheet) ?? [],
  );
  const rank = (name: string) => {
    if (mappedYears.has(name)) return -1;
    const n = normalizeHeader(name);
    const i = PREFERRED_NAMES.findIndex((p) => n.startsWith(p));
    return i < 0 ? PREFERRED_NAMES.length : i;
  };
  // A multi-year sheet read as the Budget sheet (a workbook whose only budget is "Ekonomisk information") is still the model.
  const candidates = ctx.sheets
    .filter((s) => (!baseSheets.has(s.name) || mappedYears.has(s.name)) && !isOwnOutput(s))
    .sort((a, b) => rank(a.name) - rank(b.name));
  for (const sheet of candidates) {
    const parsed = parseBeslutsutrymmeSheet(sheet, { ingaende: start });
    if (!parsed) continue;
    const poster = parsed.model.poster;
    if (!poster.some((p) => isIntakt(p.grupp)) || !poster.some((p) => !isIntakt(p.grupp))) continue;
    const src = parsed.model.ingaendeSource;
    if (src && start !== undefined && Math.abs(start - parsed.model.ingaende) >= 500) {
      parsed.issues.push(
        issue(
          "info",
          "BESLUTSUTRYMME_INGAENDE_SKILJER",
          src.sheet,
          src.cell,
          `Ingående beslutsutrymme på bladet (${amountText(parsed.model.ingaende, "tkr")}) skiljer sig från Ackumulerat överskott i Inställningar (${amountText(start, "tkr")}); bladets värde används.`,
        ),
      );
    }
    checkBeslutsutrymmeSums(parsed.model, parsed.stated, sheet, parsed.issues);
    return parsed;
  }
  return modelFromBase(ctx.base, start);
}

/**
 * A model from the standard template: one "Budget ÅÅÅÅ" column per budget year (plus "Prognos ÅÅÅÅ" when
 * the Budget sheet gives prognoser for that year); förbund posts from the Budget sheet, insatser from
 * their budgetPerAr (prognos from their Budget rows when given). Null without budget or without ingående.
 */
export function modelFromBase(base: ParsedWorkbook, ingaende: number | undefined): { model: BeslutsutrymmeModel; issues: Issue[] } | null {
  if (ingaende === undefined) return null;
  const insatsNames = new Set(base.insatser.map((i) => i.insats));
  const years = new Set<number>(base.budget.map((b) => b.ar));
  for (const i of base.insatser) for (const y of Object.keys(i.budgetPerAr)) years.add(Number(y));
  if (years.size === 0 || !base.budget.some((b) => b.kategori === "intakt")) return null;
  const kolumner: BeslutsutrymmeKolumn[] = [];
  for (const ar of [...years].sort((a, b) => a - b)) {
    kolumner.push({ label: `Budget ${ar}`, ar, typ: "budget" });
    if (base.budget.some((b) => b.ar === ar && b.prognos !== undefined)) kolumner.push({ label: `Prognos ${ar}`, ar, typ: "prognos" });
  }
  const prognosOf = (post: string, ar: number): number | undefined => {
    const rows = base.budget.filter((b) => b.post === post && b.ar === ar && b.prognos !== undefined);
    return rows.length === 0 ? undefined : rows.reduce((a, b) => a + (b.prognos ?? 0), 0);
  };
  const poster: BeslutsutrymmePost[] = [];
  const seen = new Map<string, BeslutsutrymmePost>();
  for (const b of base.budget) {
    if (insatsNames.has(b.post)) continue;
    let post = seen.get(`${b.kategori}:${b.post}`);
    if (!post) {
      post = { namn: b.post, grupp: postGrupp(b.post, b.kategori), belopp: kolumner.map(() => null), source: b.source };
      seen.set(`${b.kategori}:${b.post}`, post);
      poster.push(post);
    }
    kolumner.forEach((k, i) => {
      if (k.ar !== b.ar) return;
      const v = k.typ === "prognos" ? (b.prognos ?? b.budget) : b.budget;
      post.belopp[i] = (post.belopp[i] ?? 0) + v;
    });
  }
  for (const ins of base.insatser) {
    const belopp = kolumner.map((k) => {
      const budget = ins.budgetPerAr[k.ar];
      return k.typ === "prognos" ? (prognosOf(ins.insats, k.ar) ?? budget ?? null) : (budget ?? null);
    });
    poster.push({ namn: ins.insats, agare: ins.agare, grupp: "insats", belopp, source: ins.source });
  }
  const sourceSheet = [base.sourceSheets.budget, base.sourceSheets.insatser].filter(Boolean).join(", ");
  const info = issue(
    "info",
    "BESLUTSUTRYMME_FRAN_BUDGET",
    base.sourceSheets.budget ?? "",
    "",
    'Inget flerårsblad (t.ex. "Ekonomisk information" med kolumner Budget ÅÅÅÅ, Prel ÅÅÅÅ) hittades; beslutsutrymmet räknas från Budget- och Insatser-bladen.',
  );
  return { model: { kolumner, poster, ingaende, sourceSheet }, issues: [info] };
}

export interface ScenarioPlanOptions {
  idag: string;
  forbund?: string;
  unit?: string;
}

/** "Skriv scenario": the scenario applied to the model and planned as its own live sheet. */
export function planScenario(
  model: BeslutsutrymmeModel,
  scenario: Scenario,
  options: ScenarioPlanOptions,
): { plan: SheetPlan; issues: Issue[] } {
  const w = applyScenario(model, scenario);
  return { plan: planBeslutsutrymme(w.model, { ...options, scenario: scenario.name }), issues: w.issues };
}

/**
 * Report module "Beslutsutrymme" (domain.md §3.5): the multi-year model (see beslutsutrymmeFromWorkbook)
 * planned as the live sheet "Beslutsutrymme ÅÅÅÅ–ÅÅÅÅ". Null when the workbook has no such data.
 * Uppsala 2024-10-24: kvarvarande 3 401; 4 830; 1 331; 151; 2 262; 14 260 tkr.
 */
export const beslutsutrymmeModule: ReportModule<"beslutsutrymme"> = {
  kind: BESLUTSUTRYMME_KIND,
  label: "Beslutsutrymme (flerårsprognos)",
  run(ctx: PipelineContext): ModuleOutput<"beslutsutrymme"> | null {
    const found = beslutsutrymmeFromWorkbook(ctx);
    if (!found) return null;
    const { model } = found;
    const result = computeBeslutsutrymme(model);
    const unit = ctx.base.installningar.enhet?.trim() || "tkr";
    const plan = planBeslutsutrymme(model, { idag: ctx.options.idag, forbund: ctx.base.installningar.forbund, unit });
    const issues = [...found.issues];
    if (result.negativa.length > 0) {
      // sourceSheet may list several sheets ("Budget, Insatser"); an issue names one sheet or none.
      const sheet = ctx.sheets.some((s) => s.name === model.sourceSheet) ? (model.sourceSheet ?? "") : "";
      issues.push(
        issue(
          "varning",
          "BESLUTSUTRYMME_NEGATIVT",
          sheet,
          "",
          `Kvarvarande beslutsutrymme blir negativt: ${result.negativa.join(", ")}. Se bladet ${plan.name}.`,
        ),
      );
    }
    return { result: { model, ...result }, plans: [plan], issues };
  },
};
