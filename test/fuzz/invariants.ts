import { isFormulaCell, type RawSheet, type SheetPlan } from "../../src/domain/model";
import { type Issue } from "../../src/domain/issues";
import { parseRange } from "../../src/domain/model/address";
import { findPersonnummerInText } from "../../src/domain/text/personnummer";
import { isValidSheetName } from "../../src/domain/plan/sheet-names";

/**
 * Invariants every fuzz case checks. Each returns a list of violations (empty = fine) so one property can
 * report every broken rule of a counterexample at once.
 */

const SEVERITIES = new Set(["fel", "varning", "info"]);
const CODE_RE = /^[A-Z][A-Z0-9_]*$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** A1 cell or range inside Excel's grid (A1 … XFD1048576). */
export function isExcelAddress(cell: string): boolean {
  const r = parseRange(cell);
  return r !== null && r.row1 >= 0 && r.col1 >= 0 && r.row2 < MAX_ROW && r.col2 < MAX_COL;
}

/** True for a real calendar date "ÅÅÅÅ-MM-DD". */
export function isIsoDate(s: unknown): boolean {
  if (typeof s !== "string") return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= dim;
}

/**
 * Every issue: a known severity, a stable UPPER_SNAKE code, a Swedish message, a sheet that exists (or "" for
 * workbook-wide issues) and, when the cell is given, a valid A1 address. Issues about a named sheet's cell are
 * what "every rejected cell is an issue with a code and an address" means.
 */
export function issueViolations(issues: readonly Issue[], sheets: readonly RawSheet[]): string[] {
  const names = new Set(sheets.map((s) => s.name));
  const inputSaysUndefined = inputMentions(sheets, "undefined");
  const out: string[] = [];
  for (const i of issues) {
    const where = `${i.code}@${i.sheet}!${i.cell}`;
    if (!SEVERITIES.has(i.severity)) out.push(`bad severity ${String(i.severity)} (${where})`);
    if (typeof i.code !== "string" || !CODE_RE.test(i.code)) out.push(`bad code ${String(i.code)}`);
    if (typeof i.message !== "string" || i.message.trim().length < 8) out.push(`empty message (${where})`);
    const text = unquoted(i.message);
    if (/\[object Object\]|(NaN|Infinity|∞) ?(%|kr|tkr|dagar)/.test(text) || (!inputSaysUndefined && /\bundefined\b/.test(text)))
      out.push(`message shows a computed NaN/undefined: ${i.message}`);
    if (typeof i.sheet !== "string" || (i.sheet !== "" && !names.has(i.sheet))) out.push(`unknown sheet (${where})`);
    if (typeof i.cell !== "string" || (i.cell !== "" && !isExcelAddress(i.cell))) out.push(`bad address (${where})`);
  }
  return out;
}

/** True when some input cell's text contains `word` (user text may well say "NaN"). */
export function inputMentions(sheets: readonly RawSheet[], word: string): boolean {
  return sheets.some((s) => s.values.some((row) => row?.some((v) => String(v).includes(word))));
}

/** A message without the user's own text it quotes ("…", '…', “…”), which may well say NaN. */
function unquoted(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'|“[^”]*”/g, "");
}

/** Every number reachable in a value (records, results) is finite; returns the paths of the others. */
export function nonFiniteNumbers(value: unknown, path = "$", out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
    return out;
  }
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    for (let i = 0; i < (value as unknown as ArrayLike<number>).length; i++)
      nonFiniteNumbers((value as unknown as ArrayLike<number>)[i], `${path}[${i}]`, out, seen);
    return out;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) nonFiniteNumbers(v, `${path}.get(${String(k)})`, out, seen);
    return out;
  }
  if (value instanceof Set) return out;
  for (const [k, v] of Object.entries(value)) if (k !== "ovrigt") nonFiniteNumbers(v, `${path}.${k}`, out, seen);
  return out;
}

/** Every string field named like a date (start, slut, from, to, inskriven …) holds a real ISO date. */
export function badDates(value: unknown, path = "$", out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (k === "columns" || k === "cells" || k === "layout") continue;
    if (typeof v === "string" && /^(start|slut|from|to|inskriven|utskriven|inkommen|fran|till)$/.test(k) && !isIsoDate(v))
      out.push(`${path}.${k} = ${v}`);
    else if (typeof v === "object") badDates(v, `${path}.${k}`, out, seen);
  }
  return out;
}

/** Plans: valid sheet names, finite numbers in every cell and cached formula value, styles and tables on valid ranges. */
export function planViolations(plans: readonly SheetPlan[], sheets: readonly RawSheet[] = []): string[] {
  const out: string[] = [];
  const inputSays = (word: string) => inputMentions(sheets, word);
  const allowed = ["NaN", "undefined"].filter(inputSays);
  for (const p of plans) {
    if (!isValidSheetName(p.name)) out.push(`invalid sheet name "${p.name}"`);
    p.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const v = isFormulaCell(cell) ? cell.value : cell;
        if (typeof v === "number" && !Number.isFinite(v)) out.push(`${p.name} r${r}c${c} = ${v}`);
        if (typeof v === "string" && /\[object Object\]|(NaN|Infinity|∞) ?(%|kr|tkr|dagar)/.test(v))
          out.push(`${p.name} r${r}c${c} text "${v}"`);
        if (typeof v === "string" && /\b(NaN|undefined)\b/.test(unquoted(v)) && !allowed.some((w) => v.includes(w)))
          out.push(`${p.name} r${r}c${c} text "${v}"`);
        if (isFormulaCell(cell) && !cell.formula.startsWith("=")) out.push(`${p.name} r${r}c${c} formula "${cell.formula}"`);
      }),
    );
    for (const s of p.styles ?? [])
      if (!isExcelAddress(s.range.replace(/\$/g, "")) && !/^[A-Z]{1,3}:[A-Z]{1,3}$/.test(s.range))
        out.push(`${p.name} style range ${s.range}`);
    for (const t of p.tables ?? []) if (!isExcelAddress(t.range)) out.push(`${p.name} table range ${t.range}`);
  }
  return out;
}

/** Every text in plans (cells, cached values, notes) and issue messages that looks like a personnummer. */
export function personnummerLeaks(plans: readonly SheetPlan[], issues: readonly Issue[] = []): string[] {
  const out: string[] = [];
  const check = (where: string, s: unknown) => {
    if (typeof s === "string" && findPersonnummerInText(s)) out.push(`${where}: "${s}"`);
  };
  for (const p of plans) {
    check(`${p.name} name`, p.name);
    check(`${p.name} summary`, p.summary);
    p.rows.forEach((row, r) => row.forEach((cell, c) => check(`${p.name} r${r}c${c}`, isFormulaCell(cell) ? cell.value : cell)));
    for (const ch of p.charts ?? []) check(`${p.name} chart`, ch.title);
  }
  for (const i of issues) check(`issue ${i.code}`, i.message);
  return out;
}

/** Runs `f`, turning a throw into a violation (with the stack's first frame, for the report). */
export function noThrow(f: () => void): string[] {
  try {
    f();
    return [];
  } catch (e) {
    const err = e as Error;
    return [`threw ${err?.name}: ${err?.message} ${(err?.stack ?? "").split("\n")[1]?.trim() ?? ""}`];
  }
}

/** A cheap assertion for hot property loops (jest's expect costs ~20 µs a call). */
export function ok(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === "string" ? message : message());
}

/** Fails with every violation listed. */
export function none(violations: readonly string[], context = ""): void {
  if (violations.length > 0) throw new Error(`${context}${context ? ": " : ""}${violations.slice(0, 8).join("\n")}`);
}
