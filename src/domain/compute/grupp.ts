import type { Grupp, Kategori } from "../model";
import { postNyckel } from "./periodisering";

/**
 * Name-based guess of a förbund post's group (domain.md §3.2) — only the default when the Budget sheet has no Grupp
 * column; the driftsredovisning reports every guess (info GRUPP_GISSAD). Names a guess gets wrong (Skellefteå's
 * "Inhyrd och tillfällig personal inkl. ek. adm. avtal", Mölndal's "Arvoden") need the Grupp column.
 */
const ADMIN = /fortroendevald|styrelse|forvaltning|kansli|administr|revision|revisor/;
const FORTROENDEVALDA = /fortroendevald|styrelse|revision|revisor|ledamot|arvode/;
const FINANSIELL = /finansiell|rante|ranta|rantor|utdelning|kapitalforvaltning/;
const EJ_FORDELAT = /ej fordelad|ofordelad|ej nyttjad|ej beslutad|ej allokerad/;
const MEDLEMS = /medlemsavgift|medlemsbidrag|medelstilldelning|medlemsintakt/;
const ESF = /\besf\b|esf-|esf /;

/** Name-based guess of a förbund post's group (the default when the Budget sheet has no Grupp). */
export function gissaGrupp(post: string, kategori: Kategori): Grupp {
  const key = postNyckel(post).replace(/[^a-z0-9 -]/g, "");
  if (FINANSIELL.test(key)) return "finansiell";
  if (kategori === "intakt") return MEDLEMS.test(key) ? "medlemsintakt" : ESF.test(` ${key} `) ? "esf" : "ovrig-intakt";
  if (ADMIN.test(key)) return FORTROENDEVALDA.test(key) ? "fortroendevalda" : "forvaltning";
  if (EJ_FORDELAT.test(key)) return "samverkansinsats";
  return "ovrig-samverkansinsats";
}

/**
 * True for utfall of a post that is neither an insats nor a Budget post and whose name does not read as a förbund
 * cost or income: "utfall som inte kunnat knytas till en insats" (a misspelt insats, typically).
 */
export function arEjKnutet(post: string, insatsKeys: ReadonlySet<string>, budgetKeys: ReadonlySet<string>): boolean {
  const key = postNyckel(post);
  if (insatsKeys.has(key) || budgetKeys.has(key)) return false;
  if (/intakt|medlemsavgift|medlemsbidrag|bidrag fran/.test(key)) return false;
  return gissaGrupp(post, "kostnad") === "ovrig-samverkansinsats";
}
