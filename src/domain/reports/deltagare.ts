import { insatsNameResolver, workbookAliases } from "../parse/alias";
import { type Insats, type RawSheet } from "../model";
import { type Issue } from "../issues";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeDeltagaruppfoljning } from "../compute/deltagare/deltagaruppfoljning";
import { skyddaDeltagaruppfoljning } from "../compute/deltagare/publicering";
import {
  anonymaTabell,
  arbeteStudierTabell,
  isKvot,
  isSumma,
  utfallTabell,
  Visare,
  type RapportTabell,
} from "../compute/deltagare/tabeller";
import { avslutningsanledningarTabell, diagramTabeller, malgruppTabell, snittidTabell } from "../compute/deltagare/tabeller-ovriga";
import { parseDeltagare, type DeltagareParse } from "../parse/deltagare/deltagare";
import { findDeltagareSheets } from "../parse/deltagare/deltagare-sheets";
import { normalizeHeader } from "../text/header";
import { looksLikeUppfoljningstabell, parseUppfoljningstabell } from "../parse/deltagare/uppfoljningstabell";
import { DELTAGARE_KIND, planUppfoljningDeltagare } from "../plan/deltagare/uppfoljning-deltagare";
import { validateDeltagare, type DeltagareUnderlag } from "../validate/deltagare";

/**
 * Report module "Uppföljning deltagare" (domain.md §3.6): needs a Deltagare sheet (returns null without one).
 * Reads EVERY participant sheet (one per insats is common; a sheet without an Insats column gets its insats from
 * its title, else its name), parses and validates the rows against ctx.base.insatser, computes every table in one pass for
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
export function checkPublishedTables(sheets: readonly RawSheet[], except: RawSheet | readonly RawSheet[] | undefined): Issue[] {
  const issues: Issue[] = [];
  const skip = new Set<RawSheet>(except === undefined ? [] : Array.isArray(except) ? except : [except as RawSheet]);
  for (const s of sheets) {
    if (skip.has(s) || OUTPUT_PREFIXES.some((p) => normalizeHeader(s.name).startsWith(p))) continue;
    if (looksLikeUppfoljningstabell(s)) issues.push(...parseUppfoljningstabell(s).issues);
  }
  return issues;
}

/**
 * The insats of a sheet without an Insats column (one sheet per insats): the insats named in the title
 * ("Deltagare i Framsteget 2021" → Framsteget; the longest Insatser name or Insatsnamn the title contains), else
 * the sheet's name as an insats name, else the title or sheet name as written (then the validation says it is unknown).
 */
export function insatsForSheet(
  parsed: DeltagareParse,
  sheet: RawSheet,
  insatser: readonly Insats[],
  resolve: (name: string) => string | undefined,
): string {
  const titel = parsed.titel;
  if (titel !== undefined) {
    const direct = resolve(titel);
    if (direct) return direct;
    const t = normalizeHeader(titel);
    let best: { insats: string; length: number } | undefined;
    for (const i of insatser) {
      for (const name of [i.insats, i.namn]) {
        const n = normalizeHeader(name);
        if (n.length >= 3 && t.includes(n) && (!best || n.length > best.length)) best = { insats: i.insats, length: n.length };
      }
    }
    if (best) return best.insats;
  }
  return resolve(sheet.name) ?? (insatser.length === 0 && titel !== undefined ? titel : sheet.name);
}

/** The rows of several sheets as one underlag (insatser matched by name; the Insatser sheet's order first). */
function mergeUnderlag(parts: readonly DeltagareUnderlag[]): DeltagareUnderlag {
  if (parts.length === 1) return parts[0];
  const insatser: DeltagareUnderlag["insatser"] = [];
  const index = new Map<string, number>();
  const rader: DeltagareUnderlag["rader"] = [];
  const radInsats: number[] = [];
  for (const part of parts) {
    const map = part.insatser.map((i) => {
      let k = index.get(i.namn);
      if (k === undefined) {
        k = insatser.push(i) - 1;
        index.set(i.namn, k);
      }
      return k;
    });
    part.rader.forEach((rad, j) => {
      rader.push(rad);
      radInsats.push(part.radInsats[j] < 0 ? -1 : map[part.radInsats[j]]);
    });
  }
  return { rader, insatser, radInsats: Int32Array.from(radInsats) };
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
    const sheets = findDeltagareSheets(ctx.sheets, ctx.mapping);
    if (sheets.length === 0) {
      // Published tables are checked even without a Deltagare sheet (Uppsala 2021 Tabell 6's Summa row).
      const published = checkPublishedTables(ctx.sheets, undefined);
      return published.length === 0 ? null : { result: null, plans: [], issues: published };
    }
    const { fran, till, idag } = ctx.options;
    // Names written as an alias or as the Insatsnamn count for the insats ("Individ -samverkansteam").
    const resolve = insatsNameResolver(ctx.base.insatser, workbookAliases(ctx.sheets, ctx.mapping));
    const issues: Issue[] = [];
    const parts: DeltagareUnderlag[] = [];
    let columns = 0;
    for (const sheet of sheets) {
      const parsed = parseDeltagare(sheet);
      const fromSheet = parsed.utanInsatskolumn ? insatsForSheet(parsed, sheet, ctx.base.insatser, resolve) : undefined;
      for (const rad of parsed.tabell.rader) {
        if (fromSheet !== undefined) rad.insats = fromSheet;
        else if (rad.insats !== "") rad.insats = resolve(rad.insats) ?? rad.insats;
      }
      const validated = validateDeltagare(parsed.tabell, sheet, ctx.base.insatser);
      issues.push(...parsed.issues, ...validated.issues);
      parts.push(validated.underlag);
      columns += Object.keys(parsed.tabell.columns).length;
    }
    issues.push(...checkPublishedTables(ctx.sheets, sheets));
    const underlag = mergeUnderlag(parts);
    if (underlag.rader.length === 0 && columns === 0) return { result: null, plans: [], issues };

    const u = computeDeltagaruppfoljning(underlag, { fran, till });
    const threshold = publiceringThreshold(ctx.options.publicering);
    const v = new Visare(threshold === null ? null : skyddaDeltagaruppfoljning(u, threshold));
    const tabeller = [utfallTabell, arbeteStudierTabell, avslutningsanledningarTabell, anonymaTabell, malgruppTabell, snittidTabell].map(
      (f) => f(u, v),
    );
    const kallor = [...sheets.map((s) => s.name), ctx.base.sourceSheets.insatser].filter(
      (s): s is string => typeof s === "string" && s !== "",
    );
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
