import type { CellValue, RawSheet } from "../model/raw";
import { isSumLabel } from "../text/rows";
import { parseSvNumber } from "../text/sv-number";
import { cellText } from "./header-rows";
import { isOwnerLike, ownerScore } from "../text/owner";

/**
 * Key columns found by their content when the header does not name them: the post column of Uppsala's
 * "Ekonomisk information" (its header cell holds the title), the owner column under Uppsala's "Insats" heading
 * that spans name and owner, the unlabelled owner column of a driftsredovisning.
 */

export interface ColumnProfile {
  c: number;
  /** Non-empty cells below the header. */
  filled: number;
  /** Cells that read as numbers. */
  numeric: number;
  /** Text cells (not numbers). */
  text: number;
  /** Text values (sum rows left out). */
  values: string[];
}

/** Rows profiled for detection: enough to tell names from owners, bounded for 100 000-row sheets. */
const PROFILE_ROWS = 2000;

export function profileColumns(sheet: RawSheet, from: number, width: number): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (let c = 0; c < width; c++) out.push({ c, filled: 0, numeric: 0, text: 0, values: [] });
  const to = Math.min(sheet.values.length, from + PROFILE_ROWS);
  for (let r = from; r < to; r++) {
    const row = sheet.values[r] ?? [];
    const first = row.map(cellText).find((t) => t !== "");
    if (first !== undefined && isSumLabel(first)) continue;
    for (let c = 0; c < width; c++) {
      const v: CellValue | undefined = row[c];
      const t = cellText(v);
      if (t === "") continue;
      const p = out[c];
      p.filled++;
      if (typeof v === "number" || parseSvNumber(v ?? null).kind === "number") p.numeric++;
      else {
        p.text++;
        p.values.push(t);
      }
    }
  }
  return out;
}

/** A column of mostly text (names, owners), not numbers. */
export function isTextColumn(p: ColumnProfile): boolean {
  return p.text >= 2 && p.text >= 0.6 * p.filled;
}

export interface ContentKeys {
  post?: number;
  agare?: number;
  /** 0–1 per assigned key. */
  confidence: Record<string, number>;
}

/**
 * Assigns post and agare among the text columns: the leftmost free text column is the post column unless the
 * header already named one that holds text (a header-named column of numbers only, "Konto" 6510, 6511 …, gives way
 * to the leftmost text column); a second text column whose values look like owners (kommuner, "Region …", AF/FK,
 * repeating short names) is the agare column. When the column the header calls "Insats" holds owners and a
 * blank-headed neighbour holds names, the two are swapped (Uppsala 2021: "Enköping , AF" | "Jobbcentrum-Ung Rehab").
 */
export function contentKeys(
  profiles: ColumnProfile[],
  taken: Set<number>,
  headerPost: number | undefined,
  headerAgare: number | undefined,
): ContentKeys {
  const out: ContentKeys = { confidence: {} };
  const free = profiles.filter((p) => !taken.has(p.c) && isTextColumn(p));
  const score = new Map(profiles.map((p) => [p.c, ownerScore(p.values)]));
  let post = headerPost;
  // "Konto | Insats | …" with account numbers in the column the header named: numbers are codes, not names;
  // the leftmost text column holds the posts.
  const headerPostProfile = headerPost !== undefined ? profiles[headerPost] : undefined;
  const codes = headerPostProfile !== undefined && headerPostProfile.text === 0 && headerPostProfile.numeric >= 2;
  const named = free.find((p) => p.c !== headerAgare);
  if (codes && named) {
    post = named.c;
    out.post = named.c;
    out.confidence.post = 0.7;
    headerPost = undefined;
  }
  if (post === undefined && free.length > 0) {
    const candidates = free.filter((p) => p.c !== headerAgare);
    const byName = [...candidates].sort((a, b) => (score.get(a.c) ?? 0) - (score.get(b.c) ?? 0) || a.c - b.c);
    const leftmost = candidates[0];
    const pick = leftmost && byName[0] && (score.get(leftmost.c) ?? 0) - (score.get(byName[0].c) ?? 0) > 0.2 ? byName[0] : leftmost;
    if (pick) {
      post = pick.c;
      out.post = pick.c;
      out.confidence.post = 0.7;
    }
  }
  if (headerAgare === undefined && post !== undefined) {
    const others = free.filter((p) => p.c !== post);
    let best: ColumnProfile | undefined;
    for (const p of others) if (!best || (score.get(p.c) ?? 0) > (score.get(best.c) ?? 0)) best = p;
    const postScore = score.get(post) ?? 0;
    const ownerLikeShare = best ? best.values.filter((v) => isOwnerLike(v)).length / Math.max(1, best.values.length) : 0;
    if (best && (score.get(best.c) ?? 0) >= 0.3 && (score.get(best.c) ?? 0) > postScore + 0.1) {
      out.agare = best.c;
      out.confidence.agare = ownerLikeShare >= 0.5 ? 0.8 : 0.6;
    } else if (best && headerPost !== undefined && postScore >= 0.3 && postScore > (score.get(best.c) ?? 0) + 0.1) {
      // The "Insats" column holds owners: swap.
      out.post = best.c;
      out.agare = headerPost;
      out.confidence.post = 0.6;
      out.confidence.agare = 0.6;
    }
  }
  return out;
}
