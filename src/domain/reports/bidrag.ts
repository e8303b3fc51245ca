import { computeBidragsfordelning } from "../compute/bidragsfordelning";
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
    if (total === undefined) return { result: null, plans: [], issues };
    const ar = inst.rakenskapsar ?? Number(ctx.options.till.slice(0, 4));
    const manader = manaderTill(ar, ctx.options.till);
    const tol = tolerans(inst);
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
    return { result: { ar, ...computed.result }, plans: [plan], issues };
  },
};
