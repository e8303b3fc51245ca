import type { CellValue } from "../model/raw";
import { normalizeHeader } from "./header";
import { KOMMUNER } from "./kommuner";

/**
 * Recognises insatsägare: "Enköpings kommun", "Region Uppsala", "Håbo, AF", "Älvkarleby", "FK". Used when a
 * table gives the owner in a column without a header (Uppsala's "Insats" heading spans name and owner), in a
 * row below the insats' name (Ekonomisk information) or in front of the name ("Heby, Plattform för individstöd").
 */

const KOMMUN_SET = new Set(KOMMUNER.map((k) => normalizeHeader(k)));
const ORG_TOKEN_RE =
  /^(kommun|kommuner|stad|region|regionen|landsting|landstinget|af|fk|arbetsformedlingen|forsakringskassan|samordningsforbundet|socialtjansten|vardcentral|primarvarden|psykiatrin|ua)$/;

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== "");
}

/** "Enköpings" → "enkoping" when that is a kommun (genitive s of "Enköpings kommun"). */
function kommunToken(t: string): boolean {
  return KOMMUN_SET.has(t) || (t.endsWith("s") && KOMMUN_SET.has(t.slice(0, -1)));
}

/** True when every part of the text (split at commas, "och", "/") names a kommun, region or state agency. */
export function isOwnerLike(text: CellValue | undefined): boolean {
  if (typeof text !== "string") return false;
  const parts = text
    .split(/,|\/|&|\boch\b|\+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return false;
  return parts.every((p) => {
    const ts = tokens(p);
    if (ts.length === 0 || ts.length > 4) return false;
    if (ts.some((t) => ORG_TOKEN_RE.test(t))) return true;
    const joined = normalizeHeader(p);
    return KOMMUN_SET.has(joined) || ts.every(kommunToken);
  });
}

/**
 * How much a column's values look like owners, 0–1: ½ · share of owner-like values + ¼ · share of values that
 * repeat (owners run several insatser) + ¼ · share of short values (at most two words, no digits).
 */
export function ownerScore(values: readonly CellValue[]): number {
  const texts = values.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
  if (texts.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(normalizeHeader(t), (counts.get(normalizeHeader(t)) ?? 0) + 1);
  let owner = 0;
  let repeat = 0;
  let short = 0;
  for (const t of texts) {
    if (isOwnerLike(t)) owner++;
    if ((counts.get(normalizeHeader(t)) ?? 0) > 1) repeat++;
    if (!/\d/.test(t) && t.split(/\s+/).length <= 2) short++;
  }
  const n = texts.length;
  return 0.5 * (owner / n) + 0.25 * (repeat / n) + 0.25 * (short / n);
}

/** "Älvkarleby kommun" → "Älvkarleby", "Östhammars kommun" → "Östhammar", "Uppsala, Region Ua" → "Uppsala", "Region Uppsala" → "Region Uppsala". */
export function ownerShort(agare: string): string {
  let s = agare.split(",")[0].trim();
  const m = /^(.*?)\s+(kommun|stad)$/i.exec(s);
  if (m) {
    s = m[1];
    if (s.endsWith("s") && KOMMUN_SET.has(normalizeHeader(s.slice(0, -1)))) s = s.slice(0, -1);
  }
  return s;
}

/** "Enköping, Jobbcentrum – Din väg framåt" → { agare: "Enköping", namn: "Jobbcentrum – Din väg framåt" }; undefined when the first part is no owner. */
export function splitOwnerName(text: string): { agare: string; namn: string } | undefined {
  const i = text.indexOf(",");
  if (i <= 0) return undefined;
  const agare = text.slice(0, i).trim();
  const namn = text.slice(i + 1).trim();
  if (namn === "" || !isOwnerLike(agare)) return undefined;
  return { agare, namn };
}
