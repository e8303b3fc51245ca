import { a1Range } from "../../model/address";
import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { formatSv } from "../../text/format";
import { DELT_CODES } from "../../text/deltagare-koder";
import { cellAddress } from "../../text/header";
import type { TabellBlock, TabellGrupp, TabellRad, Uppfoljningstabell } from "./uppfoljningstabell";

/**
 * Checks a published uppföljningstabell (parse/uppfoljningstabell.ts), count columns only (not percentages):
 * - every sum row ("Summa:", "S: a …") against the rows above it — SUMMA_STAMMER_INTE at each wrong cell.
 *   Nested layouts are understood: a sum row may add the rows since the previous sum row, or that sum row plus
 *   the rows after it ("S: a Arbete och/ eller studerande" = "S: a Arbete" + studerande), or only the first rows
 *   of its segment when the remaining rows are a "varav" breakdown of the same total ("S: a Arbete" = the three
 *   arbete rows, which the "Arbetar 25 % … 100 %" rows break down). The reading with the fewest differences is used,
 *   and a later sum row that adds an earlier one is compared with what the earlier one should have said.
 *   Uppsala 2021 Tabell 6: "Summa:" Avslutade perioden K 63 / M 79 while the rows add up to 186 / 223 → reported.
 * - K + M = S:a on every row — KM_SUMMA_STAMMER_INTE over the three cells (the same Summa row: 63 + 79 ≠ 409).
 * - "Fördelning kvinnor/män" percentages against the rows' K / S:a and M / S:a (whole percent) —
 *   FORDELNING_STAMMER_INTE (Tabell 6 says 44 % / 56 % for Avslutade perioden, which follows from the wrong
 *   Summa 63 / 79; the rows give 186 / 409 = 45 % and 55 %).
 */

interface Col {
  col: number;
  grupp: TabellGrupp;
  kon: string;
}

const sumOf = (rows: readonly TabellRad[], col: number) => rows.reduce((a, r) => a + (r.varden[col] ?? 0), 0);
const KON_TEXT: Record<string, string> = { K: "K", M: "M", S: "S:a", null: "" };

function groupLabel(g: TabellGrupp, kon: string): string {
  const k = KON_TEXT[kon] ?? "";
  return k ? `${g.rubrik}, ${k}` : g.rubrik;
}

/** Candidate readings of a sum row: per column, the value the rows say it should have (undefined = no opinion). */
function readings(
  segment: TabellRad[],
  prevSum: TabellRad | null,
  prevRight: Map<number, number>,
  data: TabellRad[],
): ((col: number) => number | undefined)[] {
  const out: ((col: number) => number | undefined)[] = [(c) => sumOf(segment, c)];
  if (prevSum) {
    out.push((c) => (prevSum.varden[c] ?? 0) + sumOf(segment, c));
    out.push((c) => (prevRight.get(c) ?? prevSum.varden[c] ?? 0) + sumOf(segment, c));
  }
  for (let k = 1; k < segment.length; k++) {
    const head = segment.slice(0, k);
    const rest = segment.slice(k);
    out.push((c) => (sumOf(head, c) === sumOf(rest, c) ? sumOf(head, c) : Number.NaN));
  }
  out.push((c) => sumOf(data, c));
  return out;
}

/**
 * Checks one sum row; returns what each checked column SHOULD say (the written value when it agrees), so that
 * a later sum row that adds this one is checked against the right figure, not against an error above it.
 */
function checkSumRow(
  sheet: RawSheet,
  rad: TabellRad,
  segment: TabellRad[],
  prev: { rad: TabellRad | null; right: Map<number, number> },
  data: TabellRad[],
  cols: Col[],
  issues: Issue[],
): Map<number, number> {
  const right = new Map<number, number>();
  const checked = cols.filter((c) => rad.varden[c.col] !== null);
  for (const c of checked) right.set(c.col, rad.varden[c.col] as number);
  if (checked.length === 0 || segment.length === 0) return right;
  const all = readings(segment, prev.rad, prev.right, data);
  let best: ((col: number) => number | undefined) | null = null;
  let bestMiss = Infinity;
  for (const reading of all) {
    const miss = checked.filter((c) => reading(c.col) !== rad.varden[c.col]).length;
    if (miss < bestMiss) {
      bestMiss = miss;
      best = reading;
    }
  }
  if (!best || bestMiss === 0) return right;
  for (const c of checked) {
    const want = best(c.col);
    if (want === rad.varden[c.col]) continue;
    const rows = want === undefined || Number.isNaN(want) ? (all[0](c.col) as number) : want;
    right.set(c.col, rows);
    issues.push(
      issue(
        "varning",
        CODES.SUMMA_STAMMER_INTE,
        sheet.name,
        cellAddress(sheet, rad.row, c.col),
        `Summaraden "${rad.etikett}" säger ${formatSv(rad.varden[c.col] as number)} men raderna ovanför ger ${formatSv(rows)} (${groupLabel(c.grupp, c.kon)}). ` +
          "Kontrollera summan; tabellen bör inte publiceras med den.",
      ),
    );
  }
  return right;
}

function checkKm(sheet: RawSheet, block: TabellBlock, issues: Issue[]): void {
  for (const g of block.grupper) {
    if (g.andel || g.kolumner.length !== 3) continue;
    const [k, m, s] = g.kolumner.map((x) => x.col);
    for (const rad of block.rader) {
      const vk = rad.varden[k];
      const vm = rad.varden[m];
      const vs = rad.varden[s];
      if (vs === null || (vk === null && vm === null)) continue;
      const km = (vk ?? 0) + (vm ?? 0);
      if (km === vs) continue;
      issues.push(
        issue(
          "varning",
          DELT_CODES.KM_SUMMA_STAMMER_INTE,
          sheet.name,
          a1Range(rad.row + sheet.origin.row, k + sheet.origin.col, rad.row + sheet.origin.row, s + sheet.origin.col),
          `K + M = ${formatSv(vk ?? 0)} + ${formatSv(vm ?? 0)} = ${formatSv(km)} men S:a säger ${formatSv(vs)} (${g.rubrik}, raden "${rad.etikett}"). Rätta cellerna.`,
        ),
      );
    }
  }
}

function checkFordelning(sheet: RawSheet, block: TabellBlock, issues: Issue[]): void {
  const f = block.fordelning;
  if (!f) return;
  const groups = block.grupper.filter((g) => !g.andel && g.kolumner.length >= 2);
  const data = block.rader.filter((r) => !r.summa);
  const summa = block.rader.find((r) => r.summa);
  groups.forEach((g, i) => {
    if (2 * i + 1 >= f.procent.length) return;
    const [pk, pm] = [f.procent[2 * i], f.procent[2 * i + 1]];
    const [k, m] = [sumOf(data, g.kolumner[0].col), sumOf(data, g.kolumner[1].col)];
    const s = g.kolumner.length === 3 ? sumOf(data, g.kolumner[2].col) : k + m;
    if (Math.abs(s) < 0.5) return; // no total (a count below half a person, e.g. 5e-324, would divide to ±Infinity %)
    const ok = (p: number, x: number) => Math.abs(p - (100 * x) / s) <= 0.5 + 1e-9;
    if (ok(pk, k) && ok(pm, m)) return;
    let why = "";
    const sk = summa?.varden[g.kolumner[0].col];
    const sm = summa?.varden[g.kolumner[1].col];
    if (sk != null && sm != null && sk + sm > 0 && Math.abs(pk - (100 * sk) / (sk + sm)) <= 0.5 + 1e-9) {
      why = ` Procenten följer av summaradens ${formatSv(sk)} / ${formatSv(sm)}, som inte stämmer med raderna.`;
    }
    issues.push(
      issue(
        "varning",
        DELT_CODES.FORDELNING_STAMMER_INTE,
        sheet.name,
        cellAddress(sheet, f.row, f.col),
        `Fördelning kvinnor/män för ${g.rubrik} säger ${pk} % / ${pm} % men raderna ger ${Math.round((100 * k) / s)} % / ${Math.round((100 * m) / s)} % ` +
          `(${formatSv(k)} kvinnor och ${formatSv(m)} män av ${formatSv(s)}).${why}`,
      ),
    );
  });
}

/** All checks of one parsed table. */
export function checkUppfoljningstabell(sheet: RawSheet, tabell: Uppfoljningstabell): Issue[] {
  const issues: Issue[] = [];
  for (const block of tabell.block) {
    const cols: Col[] = block.grupper
      .filter((g) => !g.andel)
      .flatMap((g) => g.kolumner.map((k) => ({ col: k.col, grupp: g, kon: String(k.kon) })));
    let segment: TabellRad[] = [];
    const data: TabellRad[] = [];
    let prev: { rad: TabellRad | null; right: Map<number, number> } = { rad: null, right: new Map() };
    for (const rad of block.rader) {
      if (!rad.summa) {
        segment.push(rad);
        data.push(rad);
        continue;
      }
      prev = { rad, right: checkSumRow(sheet, rad, segment, prev, data, cols, issues) };
      segment = [];
    }
    checkKm(sheet, block, issues);
    checkFordelning(sheet, block, issues);
  }
  return issues;
}
