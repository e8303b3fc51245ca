import type { Entry } from "../../detect/table-scan";
import { normalizeName } from "../../text/names";

/**
 * Insatser written as blocks of konto rows (unseen.ts u15): the insats' name as a heading, its konton below
 * ("Personal", "Lokaler", "Övrigt") and a "Summa <insats>" row, the same konton under every insats. The insats is
 * the block, its figures the Summa row (checked against the konton as any sum row); the konto rows are parts, not
 * posts of their own. Recognised only when at least two blocks close with "Summa/S:a/Totalt <heading>" and each
 * block shares at least half of its row names with another block — so group headings over different insatser
 * ("Individinriktade … Summa individinriktade", Uppsala 2024) stay groups.
 */
export interface KontoBlocks {
  /** Rows of the konton (sheet row indexes): counted into the block's sum, never read as posts. */
  parts: Set<number>;
  /** Summa row (sheet row index) → the insats' name from its heading. */
  totals: Map<number, string>;
}

const SUM_PREFIX_RE = /^(summa|s:a|sa|totalt|total)\s+/;

interface Block {
  heading: string;
  parts: Entry[];
  sum: Entry;
}

export function kontoBlocks(entries: readonly Entry[]): KontoBlocks | undefined {
  const blocks: Block[] = [];
  for (let i = 0; i < entries.length; i++) {
    const h = entries[i];
    if (h.type !== "heading" || h.name.trim() === "") continue;
    const parts: Entry[] = [];
    let j = i + 1;
    while (j < entries.length && entries[j].type === "data" && entries[j].agare === undefined) parts.push(entries[j++]);
    const s = entries[j];
    if (parts.length < 2 || !s || s.type !== "sum") continue;
    const label = s.name.toLowerCase().trim();
    const m = SUM_PREFIX_RE.exec(label);
    if (!m || normalizeName(label.slice(m[0].length)) !== normalizeName(h.name)) continue;
    blocks.push({ heading: h.name.trim(), parts, sum: s });
  }
  if (blocks.length < 2) return undefined;
  const names = blocks.map((b) => new Set(b.parts.map((p) => normalizeName(p.name))));
  const shared = (k: number) => {
    const mine = [...names[k]];
    const inOther = mine.filter((n) => names.some((o, q) => q !== k && o.has(n))).length;
    return inOther * 2 >= mine.length;
  };
  if (!blocks.every((_, k) => shared(k))) return undefined;
  const out: KontoBlocks = { parts: new Set(), totals: new Map() };
  for (const b of blocks) {
    for (const p of b.parts) out.parts.add(p.r);
    out.totals.set(b.sum.r, b.heading);
  }
  return out;
}
