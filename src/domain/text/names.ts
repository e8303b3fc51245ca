import { isOwnerLike } from "./owner";

const DIACRITICS_RE = /[\u0300-\u036f]/g;
const PUNCT_RE = /[^a-z0-9]+/g;
const STOP_WORDS = new Set(["i", "och", "for", "av", "till", "med", "pa", "en", "ett", "&"]);

/** "Jobbcentrum – Din väg framåt" → "jobbcentrum din vag framat": lowercase, no diacritics, punctuation as single spaces. */
export function normalizeName(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(DIACRITICS_RE, "").replace(PUNCT_RE, " ").trim();
}

/** Levenshtein edit distance (insert, delete, substitute = 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function tokens(normalized: string): string[] {
  return normalized.split(" ").filter((t) => t !== "" && !STOP_WORDS.has(t));
}

/**
 * Similarity of two normalized names in [0, 1]: the best of
 * (a) 1 − editDistance / longer length, on the names without spaces;
 * (b) token overlap (½ · shared/smaller token count + ½ · shared/all tokens; tokens within one edit count as shared).
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = a.replace(/ /g, "");
  const cb = b.replace(/ /g, "");
  const maxLen = Math.max(ca.length, cb.length);
  const edit = maxLen === 0 ? 0 : 1 - editDistance(ca, cb) / maxLen;
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return edit;
  let shared = 0;
  for (const x of ta) {
    if (tb.some((y) => x === y || (x.length >= 5 && y.length >= 5 && editDistance(x, y) <= 1))) shared++;
  }
  const union = ta.length + tb.length - shared;
  const overlap = 0.5 * (shared / Math.min(ta.length, tb.length)) + 0.5 * (shared / union);
  return Math.max(edit, overlap);
}

/** Lowest similarity that closestName accepts. */
export const CLOSE_ENOUGH = 0.6;

/**
 * The candidate most like `name` (see nameSimilarity), or undefined when none reaches CLOSE_ENOUGH.
 * An exact match after normalizeName wins outright; ties go to the first candidate.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const n = normalizeName(name);
  if (n === "") return undefined;
  let best: string | undefined;
  let bestScore = CLOSE_ENOUGH - 1e-9;
  for (const c of candidates) {
    const nc = normalizeName(c);
    if (nc === n) return c;
    const score = nameSimilarity(n, nc);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Exact lookup of names after normalizeName (first spelling wins), plus closestName over the same names. */
/** "Framsteget (Håbo, AF)" → "Framsteget", "Håbo, AF". */
const TRAILING_PARENTHESIS_RE = /^(.*\S)\s*\(([^()]+)\)\s*$/;

export class NameIndex {
  private readonly byNormalized = new Map<string, string>();
  readonly names: string[] = [];

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  /** Adds `name` (and optionally an alias that resolves to it). */
  add(name: string, alias?: string): void {
    const key = normalizeName(alias ?? name);
    if (key === "" || this.byNormalized.has(key)) return;
    this.byNormalized.set(key, name);
    if (alias === undefined) this.names.push(name);
  }

  /**
   * The registered name written differently only in case, spacing, punctuation or diacritics; else, for a name
   * with an owner in parentheses at the end ("Framsteget (Håbo, AF)", "Lokussamordnare (Älvkarleby)"), the name
   * with the owner after it, then the name without it; undefined otherwise. A parenthesis that names no owner
   * ("Bryggan (fas 2)", "(avslutad)") is part of the name.
   */
  find(name: string): string | undefined {
    const exact = this.byNormalized.get(normalizeName(name));
    if (exact !== undefined) return exact;
    const m = TRAILING_PARENTHESIS_RE.exec(name);
    if (!m || !isOwnerLike(m[2])) return undefined;
    return this.byNormalized.get(normalizeName(`${m[1]} ${m[2]}`)) ?? this.byNormalized.get(normalizeName(m[1]));
  }

  closest(name: string): string | undefined {
    return closestName(name, this.names);
  }
}
