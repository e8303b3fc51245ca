/**
 * A tiny formula engine, enough for the add-in's own formulas: numbers, text, TRUE/FALSE, cell
 * and range references (optionally 'Sheet'!), + - * / ^ & % and comparisons, and the functions
 * SUM, IF, IFERROR, MIN, MAX, AVERAGE, ROUND, ABS. Anything else is "unsupported": the cell's
 * value stays null (the simulator does not pretend to know it).
 */
import { columnIndex } from "../domain/model/address";
import type { Rect } from "./address";

export type Ast =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; sheet?: string; rect: Rect; single: boolean }
  | { t: "un"; op: string; a: Ast }
  | { t: "bin"; op: string; a: Ast; b: Ast }
  | { t: "fn"; name: string; args: Ast[] };

export class Unsupported extends Error {}

export class ErrVal {
  constructor(readonly code: string) {}
}

/** A scalar result: null is an empty cell. */
export type Scalar = number | string | boolean | ErrVal | null;

export interface EvalEnv {
  /** Value of one cell (formulas evaluated), or ErrVal("#REF!") when the sheet is gone. */
  cell(sheet: string | undefined, r: number, c: number): Scalar;
}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!)(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)?)|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][\w.]*)(?=\s*\()|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/^&%=<>(),]))/uy;

type Tok = { k: "str" | "err" | "ref" | "num" | "fn" | "bool" | "op"; v: string; sheet?: string };

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(`Cannot read formula at "${src.slice(pos, pos + 10)}"`);
    pos = TOKEN.lastIndex;
    if (m[1]) toks.push({ k: "str", v: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[2])
      toks.push({ k: "err", v: /^#[^!?]*[!?]|^#N\/A/.exec(m[2])![0] }); // "#REF!F12": a reference to a deleted sheet
    else if (m[4]) {
      let sheet = m[3]?.slice(0, -1);
      if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      toks.push({ k: "ref", v: m[4], sheet });
    } else if (m[5]) toks.push({ k: "num", v: m[5] });
    else if (m[6]) toks.push({ k: "fn", v: m[6].toUpperCase() });
    else if (m[7]) toks.push({ k: "bool", v: m[7] });
    else toks.push({ k: "op", v: m[8] });
  }
  return toks;
}

function refRect(ref: string): { rect: Rect; single: boolean } {
  const parts = ref.replace(/\$/g, "").split(":");
  const one = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s)!;
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
  };
  const a = one(parts[0]);
  const b = parts[1] ? one(parts[1]) : a;
  return {
    rect: { r1: Math.min(a.r, b.r), r2: Math.max(a.r, b.r), c1: Math.min(a.c, b.c), c2: Math.max(a.c, b.c) },
    single: parts.length === 1,
  };
}

const LEVELS: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** Parses "=…" into an Ast; throws Unsupported for anything outside the subset. */
export function parseFormula(formula: string): Ast {
  const toks = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const isOp = (v: string): boolean => peek()?.k === "op" && peek()!.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Unsupported(`Expected ${v}`);
    i++;
  };
  const binary = (level: number): Ast => {
    if (level >= LEVELS.length) return unary();
    let a = binary(level + 1);
    while (peek()?.k === "op" && LEVELS[level].includes(peek()!.v)) {
      const op = toks[i++].v;
      a = { t: "bin", op, a, b: binary(level + 1) };
    }
    return a;
  };
  const unary = (): Ast => {
    if (isOp("-") || isOp("+")) {
      const op = toks[i++].v;
      return { t: "un", op, a: unary() };
    }
    let a = primary();
    while (isOp("%")) {
      i++;
      a = { t: "un", op: "%", a };
    }
    return a;
  };
  const primary = (): Ast => {
    const tok = toks[i++];
    if (!tok) throw new Unsupported("Unexpected end");
    switch (tok.k) {
      case "num":
        return { t: "num", v: Number(tok.v) };
      case "str":
        return { t: "str", v: tok.v };
      case "bool":
        return { t: "bool", v: tok.v === "TRUE" };
      case "err":
        return { t: "err", v: tok.v };
      case "ref":
        return { t: "ref", sheet: tok.sheet, ...refRect(tok.v) };
      case "fn": {
        expect("(");
        const args: Ast[] = [];
        if (!isOp(")"))
          for (;;) {
            args.push(binary(0));
            if (!isOp(",")) break;
            i++;
          }
        expect(")");
        return { t: "fn", name: tok.v, args };
      }
      case "op":
        if (tok.v === "(") {
          const a = binary(0);
          expect(")");
          return a;
        }
    }
    throw new Unsupported(`Unexpected ${tok.v}`);
  };
  const ast = binary(0);
  if (i !== toks.length) throw new Unsupported("Trailing input");
  return ast;
}

const err = (v: unknown): v is ErrVal => v instanceof ErrVal;

function toNumber(v: Scalar): number | ErrVal {
  if (err(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = v.trim() === "" ? NaN : Number(v);
  return Number.isFinite(n) ? n : new ErrVal("#VALUE!");
}

const toText = (v: Exclude<Scalar, ErrVal>): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function compare(a: Exclude<Scalar, ErrVal>, b: Exclude<Scalar, ErrVal>): number {
  const rank = (v: Exclude<Scalar, ErrVal>) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const x = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const y = b === null ? (typeof x === "string" ? "" : typeof x === "boolean" ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") return x.toLowerCase().localeCompare((y as string).toLowerCase());
  return Number(x) - Number(y);
}

function arith(op: string, a: number, b: number): number | ErrVal {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? new ErrVal("#DIV/0!") : a / b;
    default:
      return a ** b;
  }
}

/** Evaluates an Ast to a scalar (ranges only inside aggregate functions). */
export function evaluate(ast: Ast, env: EvalEnv): Scalar {
  const values = (a: Ast): Scalar[] => {
    if (a.t !== "ref") return [ev(a)];
    const out: Scalar[] = [];
    for (let r = a.rect.r1; r <= a.rect.r2; r++) for (let c = a.rect.c1; c <= a.rect.c2; c++) out.push(env.cell(a.sheet, r, c));
    return out;
  };
  const numbers = (args: Ast[]): number[] | ErrVal => {
    const out: number[] = [];
    for (const a of args)
      for (const v of values(a)) {
        if (err(v)) return v;
        if (typeof v === "number") out.push(v);
        else if (a.t !== "ref" && v !== null) {
          const n = toNumber(v);
          if (err(n)) return n;
          out.push(n);
        }
      }
    return out;
  };
  const fn = (name: string, args: Ast[]): Scalar => {
    switch (name) {
      case "SUM":
      case "MIN":
      case "MAX":
      case "AVERAGE": {
        const ns = numbers(args);
        if (err(ns)) return ns;
        if (name === "SUM") return ns.reduce((s, n) => s + n, 0);
        if (name === "AVERAGE") return ns.length ? ns.reduce((s, n) => s + n, 0) / ns.length : new ErrVal("#DIV/0!");
        return ns.length ? (name === "MIN" ? Math.min(...ns) : Math.max(...ns)) : 0;
      }
      case "IF": {
        const c = ev(args[0]);
        if (err(c)) return c;
        if (typeof c === "string") return new ErrVal("#VALUE!");
        const truthy = c === null ? false : typeof c === "boolean" ? c : c !== 0;
        if (truthy) return args.length > 1 ? ev(args[1]) : true;
        return args.length > 2 ? ev(args[2]) : false;
      }
      case "IFERROR": {
        const v = ev(args[0]);
        return err(v) ? ev(args[1]) : v;
      }
      case "ROUND": {
        const x = toNumber(ev(args[0]));
        const d = toNumber(args[1] ? ev(args[1]) : 0);
        if (err(x)) return x;
        if (err(d)) return d;
        const f = 10 ** Math.trunc(d);
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      case "ABS": {
        const x = toNumber(ev(args[0]));
        return err(x) ? x : Math.abs(x);
      }
    }
    throw new Unsupported(`Function ${name}`);
  };
  const ev = (a: Ast): Scalar => {
    switch (a.t) {
      case "num":
      case "str":
      case "bool":
        return a.v;
      case "err":
        return new ErrVal(a.v);
      case "ref":
        return a.single ? env.cell(a.sheet, a.rect.r1, a.rect.c1) : new ErrVal("#VALUE!");
      case "fn":
        return fn(a.name, a.args);
      case "un": {
        const v = toNumber(ev(a.a));
        if (err(v)) return v;
        return a.op === "-" ? -v : a.op === "%" ? v / 100 : v;
      }
      case "bin": {
        const x = ev(a.a);
        const y = ev(a.b);
        if (err(x)) return x;
        if (err(y)) return y;
        if (a.op === "&") return toText(x) + toText(y);
        if (LEVELS[0].includes(a.op)) {
          const c = compare(x, y);
          return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[a.op]!;
        }
        const nx = toNumber(x);
        const ny = toNumber(y);
        if (err(nx)) return nx;
        if (err(ny)) return ny;
        return arith(a.op, nx, ny);
      }
    }
  };
  return ev(ast);
}
