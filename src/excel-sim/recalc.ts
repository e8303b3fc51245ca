/**
 * Recalculation: after a sync that changed cells, every formula cell gets the value the tiny
 * engine computes ("#DIV/0!" and other errors as text, null when unsupported, 0 when circular).
 */
import type { CellValue } from "../domain/model/raw";
import { ErrVal, evaluate, parseFormula, Unsupported, type Ast, type Scalar } from "./formula";
import { nameKey } from "./names";
import { cellKey, type Cell, type SheetState, type WorkbookState } from "./state";

const parsed = new Map<string, Ast | null>();

function parseCached(formula: string): Ast | null {
  let ast = parsed.get(formula);
  if (ast === undefined) {
    try {
      ast = parseFormula(formula);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      ast = null;
    }
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(formula, ast);
  }
  return ast;
}

class UnsupportedValue {}
const UNSUPPORTED = new UnsupportedValue();

function toCellValue(v: Scalar): CellValue {
  if (v instanceof ErrVal) return v.code;
  if (v === null) return 0;
  if (typeof v === "number" && !Number.isFinite(v)) return "#NUM!";
  return v;
}

/** Recomputes every formula in the workbook (skipped in Manual calculation mode unless forced). */
export function recalc(state: WorkbookState, force = false): void {
  if (state.calculationMode === "Manual" && !force) return;
  const byName = new Map(state.sheets.map((s) => [nameKey(s.name), s]));
  const done = new Map<Cell, Scalar | UnsupportedValue>();
  const visiting = new Set<Cell>();

  const valueOf = (sheet: SheetState, cell: Cell): Scalar | UnsupportedValue => {
    if (!cell.formula) return cell.value === "" ? null : cell.value;
    const known = done.get(cell);
    if (known !== undefined) return known;
    if (visiting.has(cell)) return 0;
    visiting.add(cell);
    const ast = parseCached(cell.formula);
    let result: Scalar | UnsupportedValue = UNSUPPORTED;
    if (ast) {
      try {
        result = evaluate(ast, {
          cell: (name, r, c) => {
            const target = name === undefined ? sheet : byName.get(nameKey(name));
            if (!target) return new ErrVal("#REF!");
            const other = target.cells.get(cellKey(r, c));
            if (!other) return null;
            const v = valueOf(target, other);
            if (v instanceof UnsupportedValue) throw new Unsupported("depends on an unsupported formula");
            return v;
          },
        });
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
    }
    visiting.delete(cell);
    done.set(cell, result);
    cell.value = result instanceof UnsupportedValue ? null : toCellValue(result);
    if (result instanceof UnsupportedValue || result instanceof ErrVal) return result;
    return cell.value as Scalar;
  };

  for (const sheet of state.sheets) for (const cell of sheet.cells.values()) if (cell.formula) valueOf(sheet, cell);
}
