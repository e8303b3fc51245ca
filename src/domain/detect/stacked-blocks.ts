import type { CellValue, RawSheet } from "../model/raw";
import { isSumLabel } from "../text/rows";
import { normalizeHeader } from "../text/header";
import { cellText } from "./header-rows";

/**
 * Stacked per-insats blocks (issue 14 pattern 8): the insats' name alone on a row, the table's header row repeated
 * under it, its post rows, a block sum ("Summa"), then the next insats:
 *
 *   Unga i arbete
 *   Kostnadsslag | Budget 2014 | Utfall 2014
 *   Personal     | 1 260       | 1 148
 *   Övrigt       |   540       |   492
 *   Summa        | 1 800       | 1 640
 *
 * A sheet is in this layout when its header row (as analyzeTable found it) occurs at least twice with the same
 * texts in the same columns, and each occurrence has a title row above it (one text cell, or two with the owner
 * beside the name; no figures; within two rows; "Insats: " before the name is dropped). The rows of a block run from below its header to the row before the next title (or the sheet's end).
 */

export interface StackedBlock {
  /** The insats' name as written on the title row. */
  title: string;
  /** Owner written beside the title, when there is one. */
  agare?: string;
  titleRow: number;
  titleCol: number;
  headerRow: number;
  /** First and last-plus-one row index of the block's rows (below the header). */
  from: number;
  to: number;
}

function signature(row: readonly CellValue[]): string {
  return row.map((v) => normalizeHeader(v)).join("\u0000");
}

/** "Insats: Unga i arbete", "Projekt – Hälsoteam" → the name after the word. */
const TITLE_PREFIX = /^(insats|projekt|verksamhet|aktivitet|samverkansinsats)\s*[:\-–]\s*/i;

/**
 * A title row: one text cell (the insats), or two (the insats and its owner: "Unga i arbete | Skellefteå kommun"),
 * no figures; undefined when the row is not a title.
 */
function titleOf(row: readonly CellValue[]): { text: string; c: number; agare?: string } | undefined {
  const texts: { text: string; c: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (t === "") continue;
    if (typeof row[c] !== "string" || /^[-\d\s,.]+$/.test(t)) return undefined;
    texts.push({ text: t, c });
  }
  if (texts.length === 0 || texts.length > 2 || isSumLabel(texts[0].text)) return undefined;
  const text = texts[0].text.replace(TITLE_PREFIX, "").trim();
  if (text === "") return undefined;
  return { text, c: texts[0].c, ...(texts[1] ? { agare: texts[1].text } : {}) };
}

/** The blocks of the sheet whose header is row `headerRow` (index), or null when the sheet is not stacked. */
export function findStackedBlocks(sheet: RawSheet, headerRow: number): StackedBlock[] | null {
  const head = sheet.values[headerRow] ?? [];
  if (head.filter((v) => cellText(v) !== "").length < 2) return null;
  const sig = signature(head);
  const headers: number[] = [];
  for (let r = 0; r < sheet.values.length; r++) if (signature(sheet.values[r] ?? []) === sig) headers.push(r);
  if (headers.length < 2) return null;
  const blocks: StackedBlock[] = [];
  let floor = -1;
  for (const h of headers) {
    let title: { text: string; c: number; r: number; agare?: string } | undefined;
    for (let r = h - 1; r >= Math.max(floor + 1, h - 2); r--) {
      const row = sheet.values[r] ?? [];
      if (row.every((v) => cellText(v) === "")) continue;
      const t = titleOf(row);
      if (t) title = { ...t, r };
      break;
    }
    if (!title) return null;
    blocks.push({
      title: title.text,
      ...(title.agare ? { agare: title.agare } : {}),
      titleRow: title.r,
      titleCol: title.c,
      headerRow: h,
      from: h + 1,
      to: sheet.values.length,
    });
    floor = h;
  }
  for (let i = 0; i + 1 < blocks.length; i++) blocks[i].to = blocks[i + 1].titleRow;
  return blocks;
}
