import { insatsNameResolver, workbookAliases } from "../parse/alias";
import { sheetsOfKind } from "../detect/apply";
import { BLAD_LASES_INTE } from "../detect/unused";
import { type RawSheet } from "../model";
import { issue, type Issue } from "../issues";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeDeltagaruppfoljning } from "../compute/deltagare/deltagaruppfoljning";
import { skyddaDeltagaruppfoljning } from "../compute/deltagare/publicering";
import { anonymaTabell, arbeteStudierTabell, isKvot, isSumma, utfallTabell, Visare, type RapportTabell } from "../compute/deltagare/tabeller";
import { avslutningsanledningarTabell, diagramTabeller, malgruppTabell, snittidTabell } from "../compute/deltagare/tabeller-ovriga";
import { findDeltagareSheet, parseDeltagare } from "../parse/deltagare/deltagare";
import { cellAddress, normalizeHeader } from "../text/header";
import { looksLikeUppfoljningstabell, parseUppfoljningstabell } from "../parse/deltagare/uppfoljningstabell";
import { DELTAGARE_KIND, planUppfoljningDeltagare } from "../plan/deltagare/uppfoljning-deltagare";
import { validateDeltagare } from "../validate/deltagare";

/**
 * Report module "Uppföljning deltagare" (domain.md §3.6): needs a Deltagare sheet (returns null without one).
 * Parses and validates the rows against ctx.base.insatser, computes every table in one pass for
 * [options.fran, options.till], applies Publicering when options.publicering is set (threshold, default 5),
 * and plans the sheet. Published uppföljningstabeller elsewhere in the workbook (sheets with a K/M header row)
 * are checked too (SUMMA_STAMMER_INTE, KM_SUMMA_STAMMER_INTE, FORDELNING_STAMMER_INTE).
 * The result holds counts only — never a Deltagar-ID or any other value from a row. With Publicering the result
 * is the published tables themselves (hidden counts as "<5" / "x"), so no hidden figure leaves through JSON.
 */

/** Threshold of Publicering: an integer ≥ 2; anything else gives the default 5. */
export function publiceringThreshold(p: { threshold: number } | null | undefined): number | null {
  if (!p) return null;
  const t = Math.round(p.threshold);
  return Number.isFinite(t) && t >= 2 ? t : 5;
}

const OUTPUT_PREFIXES = ["uppfoljningdeltagare", "publiceringdeltagare", "valideringsrapport"];

/** Issues of published uppföljningstabeller in the workbook (not the Deltagare sheet, not our own output). */
export function checkPublishedTables(sheets: readonly RawSheet[], except: RawSheet | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const s of sheets) {
    if (s === except || OUTPUT_PREFIXES.some((p) => normalizeHeader(s.name).startsWith(p))) continue;
    if (looksLikeUppfoljningstabell(s)) issues.push(...parseUppfoljningstabell(s).issues);
  }
  return issues;
}

/** BLAD_LASES_INTE for the other sheets the mapping gives kind Deltagare: one Deltagare sheet is read. */
function otherDeltagareSheets(ctx: PipelineContext, read: RawSheet): Issue[] {
  if (!ctx.mapping) return [];
  return sheetsOfKind(ctx.sheets, ctx.mapping, "deltagare")
    .filter((s) => s !== read)
    .map((s) => issue("info", BLAD_LASES_INTE, s.name, cellAddress(s, 0, 0), `Bladet läses inte: bara ett Deltagare-blad läses, och det är "${read.name}". Samla deltagarna på ett blad, eller välj det här bladet i mappningen.`));
}

/** Display tables with formulas flattened to their values (the JSON result of a publication). */
function flatten(t: RapportTabell): { rubrik: string; kolumner: string[]; rader: (string | number | null)[][] } {
  const val = (v: RapportTabell["rader"][number][number]) => (isSumma(v) ? v.value : isKvot(v) ? v.value : v);
  return { rubrik: t.rubrik, kolumner: t.kolumner.map((k) => k.rubrik), rader: [...t.rader, ...t.efter].map((r) => r.map(val)) };
}

export const deltagareModule: ReportModule<"deltagare"> = {
  kind: DELTAGARE_KIND,
  label: "Uppföljning deltagare",
  run(ctx: PipelineContext): ModuleOutput<"deltagare"> | null {
    const sheet = findDeltagareSheet(ctx.sheets, ctx.mapping);
    if (!sheet) {
      // Published tables are checked even without a Deltagare sheet (Uppsala 2021 Tabell 6's Summa row).
      const published = checkPublishedTables(ctx.sheets, undefined);
      return published.length === 0 ? null : { result: null, plans: [], issues: published };
    }
    const { fran, till, idag } = ctx.options;
    const parsed = parseDeltagare(sheet);
    // Names written as an alias or as the Insatsnamn count for the insats ("Individ -samverkansteam").
    const resolve = insatsNameResolver(ctx.base.insatser, workbookAliases(ctx.sheets, ctx.mapping));
    for (const rad of parsed.tabell.rader) if (rad.insats !== "") rad.insats = resolve(rad.insats) ?? rad.insats;
    const validated = validateDeltagare(parsed.tabell, sheet, ctx.base.insatser);
    const issues = [...parsed.issues, ...validated.issues, ...checkPublishedTables(ctx.sheets, sheet), ...otherDeltagareSheets(ctx, sheet)];
    if (parsed.tabell.rader.length === 0 && Object.keys(parsed.tabell.columns).length === 0) return { result: null, plans: [], issues };

    const u = computeDeltagaruppfoljning(validated.underlag, { fran, till });
    const threshold = publiceringThreshold(ctx.options.publicering);
    const v = new Visare(threshold === null ? null : skyddaDeltagaruppfoljning(u, threshold));
    const tabeller = [utfallTabell, arbeteStudierTabell, avslutningsanledningarTabell, anonymaTabell, malgruppTabell, snittidTabell].map((f) => f(u, v));
    const kallor = [sheet.name, ctx.base.sourceSheets.insatser].filter((s): s is string => typeof s === "string" && s !== "");
    const plan = planUppfoljningDeltagare(tabeller, diagramTabeller(u, v), {
      fran,
      till,
      idag,
      forbund: ctx.base.installningar.forbund,
      kallor: [...new Set(kallor)],
      publicering: threshold === null ? null : { threshold },
    });
    const result = threshold === null ? u : { period: u.period, publicering: { threshold }, tabeller: tabeller.map(flatten) };
    return { result, plans: [plan], issues };
  },
};
