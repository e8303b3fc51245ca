import fc from "fast-check";
import type { CellValue, RawSheet } from "../../src/domain/model";
import type { Issue } from "../../src/domain/issues";
import { a1 } from "../../src/domain/model/address";
import { parseBudget } from "../../src/domain/parse/base/budget";
import { parseInsatser } from "../../src/domain/parse/base/insatser";
import { parseSvDate } from "../../src/domain/text/sv-date";
import { parseSvNumber } from "../../src/domain/text/sv-number";
import { parseUtfall } from "../../src/domain/parse/base/utfall";
import { amountCell, dateCell } from "./cells";
import { ok } from "./invariants";
import { check } from "./runs";

/**
 * "Never a silent 0, never a silent drop": rows whose other cells are fine get one fuzzed cell. Afterwards every
 * row is either a record whose value is exactly what the cell says (a number as typed, text read the Swedish
 * way, a date as written) or an issue at THAT cell's address — never a record with an invented value, never a row
 * that disappeared without a word.
 */

const NAMES = ["Jobbcentrum", "Framsteget", "Bryggan", "Ung framtid", "En väg in"];
const rowsArb = (cell: fc.Arbitrary<CellValue>) => fc.array(cell, { minLength: 1, maxLength: 5 });
const issuesAt = (issues: readonly Issue[], cell: string) => issues.filter((i) => i.cell === cell && Boolean(i.code));

/** What an amount cell must read as, or undefined when it must be reported (text the Swedish parser rejects, %, ≥ 10^15). */
function expectedAmount(v: CellValue): number | undefined {
  const p = parseSvNumber(v);
  if (p.kind !== "number" || p.unitFactor === 0.01 || Math.abs(p.value) >= 1e15) return undefined;
  return p.value;
}

describe("fuzz: no silent 0 and no silent drop", () => {
  it("Utfall: each amount is read exactly or reported at its cell", () => {
    check(
      "Utfall amounts (no silent drop)",
      fc.property(rowsArb(amountCell), (amounts) => {
        const sheet: RawSheet = {
          name: "Utfall",
          origin: { row: 0, col: 0 },
          values: [["Post", "Period", "Utfall"], ...amounts.map((v, i) => [NAMES[i], "2024-Q1", v])],
        };
        const issues: Issue[] = [];
        const rows = parseUtfall(sheet, issues, () => -1).utfall;
        amounts.forEach((v, i) => {
          const rec = rows.find((u) => u.source.cell === a1(i + 1, 0));
          const want = expectedAmount(v);
          if (rec)
            ok(
              want !== undefined && Math.abs(rec.utfall - want) <= 1e-9 * Math.max(1, Math.abs(want)),
              () => `${String(v)} read as ${rec.utfall}`,
            );
          else
            ok(
              issuesAt(issues, a1(i + 1, 2)).length > 0 || (v === null && issuesAt(issues, a1(i + 1, 2)).length > 0),
              () => `row ${i + 2} (${JSON.stringify(v)}) dropped without an issue at C${i + 2}`,
            );
        });
      }),
      10_000,
    );
  });

  it("Budget: each amount is read exactly or reported at its cell", () => {
    check(
      "Budget amounts (no silent drop)",
      fc.property(rowsArb(amountCell), (amounts) => {
        const sheet: RawSheet = {
          name: "Budget",
          origin: { row: 0, col: 0 },
          values: [["Post", "Kategori", "År", "Budget"], ...amounts.map((v, i) => [NAMES[i], "Intäkt", 2024, v])],
        };
        const issues: Issue[] = [];
        const rows = parseBudget(sheet, issues).budget;
        amounts.forEach((v, i) => {
          const rec = rows.find((b) => b.source.cell === a1(i + 1, 0));
          const want = expectedAmount(v);
          if (rec)
            ok(
              want !== undefined && Math.abs(rec.budget - want) <= 1e-9 * Math.max(1, Math.abs(want)),
              () => `${String(v)} read as ${rec.budget}`,
            );
          else
            ok(
              issuesAt(issues, a1(i + 1, 3)).length > 0,
              () => `row ${i + 2} (${JSON.stringify(v)}) dropped without an issue at D${i + 2}`,
            );
        });
      }),
      5_000,
    );
  });

  it("Insatser: each Start date is read as written or reported at its cell", () => {
    check(
      "Insatser dates (no silent drop)",
      fc.property(rowsArb(dateCell), (starts) => {
        const sheet: RawSheet = {
          name: "Insatser",
          origin: { row: 0, col: 0 },
          values: [
            ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
            ...starts.map((v, i) => [NAMES[i], "Individ", "Heby kommun", v, "2099-12-31"]),
          ],
        };
        const issues: Issue[] = [];
        const rows = parseInsatser(sheet, issues).insatser;
        starts.forEach((v, i) => {
          const rec = rows.find((x) => x.source.cell === a1(i + 1, 0));
          const p = parseSvDate(v);
          if (rec) ok(p.kind === "date" && rec.start === p.value, () => `${JSON.stringify(v)} read as ${rec.start}`);
          else
            ok(
              issuesAt(issues, a1(i + 1, 3)).length > 0,
              () => `row ${i + 2} (${JSON.stringify(v)}) dropped without an issue at D${i + 2}`,
            );
        });
      }),
      5_000,
    );
  });
});
