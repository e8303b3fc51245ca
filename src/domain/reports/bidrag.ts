import { bidragFranScenario, computeBidragsfordelning } from "../compute/bidragsfordelning";
import { beslutsutrymmeFromWorkbook } from "./beslutsutrymme";
import { formatKr } from "../text/format";
import { openForSearch, primarySheetOfKind } from "../detect/apply";
import type { WorkbookMapping } from "../model/mapping";
import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import type { Installningar } from "../model/records";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { normalizeHeader } from "../text/header";
import { parseMedlemmar, type Medlem, type SheetTotal } from "../parse/medlemmar";
import { parseSvNumber } from "../text/sv-number";
import { BIDRAG_KIND, planBidrag } from "../plan/bidrag";
import { CODES } from "../issues/codes";
import { representativeColumn } from "../compute/beslutsutrymme";
import type { Scenario } from "../compute/what-if";

/** A sheet written by the add-in itself (row 3 says "Skapad … av Finsam för Excel"): never an input. */
export function isOwnOutput(sheet: RawSheet): boolean {
  const v = sheet.values[2]?.[0];
  return typeof v === "string" && v.startsWith("Skapad ") && v.includes("Finsam för Excel");
}

/**
 * The Medlemmar sheet: the one the mapping gives kind Medlemmar (whatever its name, e.g. "Invånare 2024"; see
 * primarySheetOfKind), else one named "Medlemmar" (or starting with "Medlem") that the mapping does not give
 * another kind; never the add-in's own output.
 */
export function findMedlemmarSheet(sheets: readonly RawSheet[], mapping?: WorkbookMapping): RawSheet | undefined {
  const mapped = primarySheetOfKind(
    sheets.filter((s) => !isOwnOutput(s)),
    mapping,
    "medlemmar",
  );
  if (mapped) return mapped;
  const candidates = openForSearch(sheets, mapping, "medlemmar").filter(
    (s) => normalizeHeader(s.name).startsWith("medlem") && !isOwnOutput(s),
  );
  return candidates.find((s) => normalizeHeader(s.name) === "medlemmar") ?? candidates[0];
}

/**
 * Total T: Medlemsbidrag totalt, else 2 × Statens tilldelning (Inställningar), else the total written above the
 * Medlemmar table ("Medlemsbidrag 2016 | 16 692 tkr"), else Σ Beslutat when every medlem has one.
 */
export function bidragTotal(
  inst: Installningar,
  medlemmar: readonly Medlem[],
  sheet: string,
  issues: Issue[],
  onSheet?: SheetTotal,
): number | undefined {
  const fromState = inst.statensTilldelning === undefined ? undefined : 2 * inst.statensTilldelning;
  if (inst.medlemsbidragTotalt !== undefined) {
    if (fromState !== undefined && Math.abs(fromState - inst.medlemsbidragTotalt) > 1) {
      issues.push(
        issue(
          "varning",
          "BIDRAG_TOTAL_STAT",
          "",
          "",
          `Statens tilldelning (${formatKr(fromState / 2)}) är inte hälften av Medlemsbidrag totalt (${formatKr(inst.medlemsbidragTotalt)}). Staten ska stå för hälften; Medlemsbidrag totalt används.`,
        ),
      );
    }
    if (onSheet && Math.abs(onSheet.value - inst.medlemsbidragTotalt) > 1) {
      issues.push(
        issue(
          "varning",
          "BIDRAG_TOTAL_OLIKA",
          sheet,
          onSheet.cell,
          `${onSheet.label} på bladet (${formatKr(onSheet.value)}) skiljer sig från Medlemsbidrag totalt i Inställningar (${formatKr(inst.medlemsbidragTotalt)}); Inställningar används.`,
        ),
      );
    }
    return inst.medlemsbidragTotalt;
  }
  if (fromState !== undefined) return fromState;
  if (onSheet) {
    issues.push(
      issue(
        "info",
        "BIDRAG_TOTAL_FRAN_BLADET",
        sheet,
        onSheet.cell,
        `Medlemsbidrag totalt saknas i Inställningar; ${onSheet.label} på bladet (${formatKr(onSheet.value)}) används.`,
      ),
    );
    return onSheet.value;
  }
  if (medlemmar.length > 0 && medlemmar.every((m) => m.beslutat !== undefined)) {
    const sum = medlemmar.reduce((a, m) => a + (m.beslutat ?? 0), 0);
    issues.push(
      issue(
        "info",
        "BIDRAG_TOTAL_FRAN_BESLUTAT",
        sheet,
        "",
        `Medlemsbidrag totalt saknas i Inställningar; summan av kolumnen Beslutat (${formatKr(sum)}) används.`,
      ),
    );
    return sum;
  }
  issues.push(
    issue(
      "fel",
      "BIDRAG_TOTAL_SAKNAS",
      sheet,
      "",
      "Medlemsbidragets totalbelopp saknas. Skriv Medlemsbidrag totalt (eller Statens tilldelning) i Inställningar.",
    ),
  );
  return undefined;
}

/** Whole months of the year `ar` up to `till` (12 when `till` is in a later year; a partial last month does not count). */
export function manaderTill(ar: number, till: string): number {
  const y = Number(till.slice(0, 4));
  const m = Number(till.slice(5, 7));
  const d = Number(till.slice(8, 10));
  if (y > ar) return 12;
  if (y < ar) return 12;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Math.max(1, d >= lastDay ? m : m - 1);
}

function tolerans(inst: Installningar): number {
  for (const [k, v] of Object.entries(inst.ovrigt)) {
    if (!normalizeHeader(k).includes("tolerans")) continue;
    const p = parseSvNumber(typeof v === "boolean" ? null : v);
    if (p.kind === "number" && p.value >= 0) return p.value;
  }
  return 1;
}

/**
 * Report module "Bidrag" (domain.md §3.3): needs a Medlemmar sheet and the total (Inställningar, or the
 * Beslutat column); plans "Bidrag ÅÅÅÅ" with helår and — when the period ends inside the year — delår.
 * Returns null when the workbook has no Medlemmar sheet.
 */
export const bidragModule: ReportModule<"bidrag"> = {
  kind: BIDRAG_KIND,
  label: "Medlemsbidrag (bidragsfördelning)",
  run(ctx: PipelineContext): ModuleOutput<"bidrag"> | null {
    const sheet = findMedlemmarSheet(ctx.sheets, ctx.mapping);
    if (!sheet) return null;
    const parsed = parseMedlemmar(sheet);
    if (!parsed) {
      return {
        result: null,
        plans: [],
        issues: [
          issue(
            "fel",
            CODES.SAKNAD_KOLUMN,
            sheet.name,
            "A1",
            "Bladet saknar kolumnen Medlem (och Typ/Invånare). Använd mallen Medlemmar: Medlem, Typ, Invånare, Andel.",
          ),
        ],
      };
    }
    const issues = [...parsed.issues];
    const inst = ctx.base.installningar;
    const total = bidragTotal(inst, parsed.medlemmar, sheet.name, issues, parsed.total);
    const ar = inst.rakenskapsar ?? Number(ctx.options.till.slice(0, 4));
    const tol = tolerans(inst);
    if (total === undefined) {
      // Next year's bidrag takes its total from the scenario, so it does not need this year's.
      const out: ModuleOutput<"bidrag"> = { result: null, plans: [], issues };
      if (ctx.options.nastaAr) addNastaAr(ctx, parsed.medlemmar, sheet.name, ar, tol, out);
      return out;
    }
    const manader = manaderTill(ar, ctx.options.till);
    const computed = computeBidragsfordelning(parsed.medlemmar, { total, manader, tolerans: tol, sheet: sheet.name });
    issues.push(...computed.issues);
    const kallor = [sheet.name, ...(ctx.base.sourceSheets.installningar ? [ctx.base.sourceSheets.installningar] : [])];
    const plan = planBidrag(computed.result, {
      ar,
      idag: ctx.options.idag,
      forbund: inst.forbund,
      till: ctx.options.till,
      kallor,
      tolerans: tol,
    });
    const out: ModuleOutput<"bidrag"> = { result: { ar, ...computed.result }, plans: [plan], issues };
    if (ctx.options.nastaAr) addNastaAr(ctx, parsed.medlemmar, sheet.name, ar, tol, out);
    return out;
  },
};

/**
 * With a chosen Nästa år scenario (options.nastaAr): next year's medlemsbidrag per medlem from the scenario applied to
 * the workbook's beslutsutrymme model (bidragFranScenario), as its own sheet "Bidrag ÅÅÅÅ <scenario>".
 */
function addNastaAr(
  ctx: PipelineContext,
  medlemmar: readonly Medlem[],
  sheet: string,
  ar: number,
  tol: number,
  out: ModuleOutput<"bidrag">,
): void {
  const scenario = ctx.options.nastaAr!;
  const found = beslutsutrymmeFromWorkbook(ctx);
  if (!found) {
    out.issues.push(
      issue(
        "info",
        "BIDRAG_NASTA_AR_SAKNAS",
        sheet,
        "",
        `Medlemsbidraget ${ar + 1} per medlem räknas inte ur scenariot "${scenario.name}": arbetsboken saknar en flerårsprognos (t.ex. bladet Ekonomisk information) eller Budget, Insatser och Ackumulerat överskott.`,
      ),
    );
    return;
  }
  const nasta = bidragFranScenario(medlemmar, found.model, scenario, ar + 1, { sheet, tolerans: tol });
  out.issues.push(...nasta.issues);
  if (!nasta.result) return;
  if (out.result) out.result.nastaAr = nasta.result;
  out.plans.push(
    planBidrag(nasta.result.fordelning, {
      ar: ar + 1,
      idag: ctx.options.idag,
      forbund: ctx.base.installningar.forbund,
      till: `${ar + 1}-12-31`,
      kallor: [sheet, ...(found.model.sourceSheet ? [found.model.sourceSheet] : [])],
      tolerans: tol,
      scenario: { namn: nasta.result.scenario, kolumn: nasta.result.kolumn },
    }),
  );
}

/** The Nästa år scenarios a run can take next year's Bidrag per medlem from (nastaArScenarier). */
export interface NastaArScenarier {
  /** Next year: the year after Räkenskapsår (else after the `till` year), as the Bidrag report counts it. */
  ar: number;
  /** The scenarios by name: the flerårsprognos as it stands first (named after next year's column, "Prel 2025"), then the saved ones. */
  scenarier: Scenario[];
  /** Name of the flerårsprognos sheet, when the workbook has one. */
  flerarsprognos?: string;
}

/**
 * The scenarios present in the workbook for next year's Bidrag per medlem (domain.md §3.3, §3.5): the flerårsprognos
 * as it stands — a scenario without levers named after next year's best-estimate column ("Prel 2025" in Uppsala's
 * Ekonomisk information; bidragFranScenario takes T from exactly that column) — and the named scenarios the pane saved
 * in the workbook (`sparade`). A saved scenario with the column's name replaces it. Empty when neither exists.
 */
export function nastaArScenarier(
  ctx: Pick<PipelineContext, "sheets" | "base" | "mapping">,
  till: string,
  sparade: readonly Scenario[],
): NastaArScenarier {
  const ar = (ctx.base.installningar.rakenskapsar ?? Number(till.slice(0, 4))) + 1;
  const found = beslutsutrymmeFromWorkbook(ctx);
  const out: NastaArScenarier = { ar, scenarier: [] };
  if (found) {
    out.flerarsprognos = found.model.sourceSheet ?? "Beslutsutrymme";
    const col = representativeColumn(found.model.kolumner, ar);
    const label = col >= 0 ? found.model.kolumner[col].label : undefined;
    if (label && !sparade.some((s) => sameScenarioName(s.name, label))) out.scenarier.push({ name: label, levers: [] });
  }
  out.scenarier.push(...sparade);
  return out;
}

/** Scenario names compare without case and extra spaces ("prel  2025" = "Prel 2025"). */
export function sameScenarioName(a: string, b: string): boolean {
  const n = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv-SE");
  return n(a) === n(b);
}
