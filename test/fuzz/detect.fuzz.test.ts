import fc from "fast-check";
import type { RawSheet } from "../../src/domain/model";
import type { Issue } from "../../src/domain/issues";
import { detectSheet } from "../../src/domain/detect/detect-sheet";
import { detectWorkbook } from "../../src/domain/detect/detect-workbook";
import { parseMapping, serializeMapping } from "../../src/domain/model/mapping-schema";
import { parseBase } from "../../src/domain/parse/base/parse-base";
import { badDates, issueViolations, noThrow, none, nonFiniteNumbers } from "./invariants";
import { check } from "./runs";
import { chaosSheet, layoutSheet } from "./sheets";
import { tsvSheetArb } from "./tsv-layouts";
import { workbookArb } from "./workbooks";

/**
 * Fuzzing detection of existing sheets (domain.md §2: header not on row 1, two-row headers, wide layouts, group
 * and sum rows, name and owner in separate columns): detectSheet (≈2 ms a sheet, so 500 here and 10 000+ in
 * bench/fuzz-heavy.ts) on the published Uppsala layouts
 * (shared/data/*.tsv) with cells mutated, the standard layouts, and chaos — and detectWorkbook followed by
 * parseBase(sheets, mapping) on whole workbooks. Nothing throws; every mapping survives its own JSON schema;
 * what parseBase reads through the mapping keeps every number finite and every issue addressed.
 */

const sheets: fc.Arbitrary<RawSheet> = fc.oneof(
  { weight: 3, arbitrary: tsvSheetArb },
  { weight: 2, arbitrary: fc.oneof(layoutSheet("insatser"), layoutSheet("budget"), layoutSheet("utfall"), layoutSheet("budgetWide")) },
  { weight: 1, arbitrary: chaosSheet() },
);

describe("fuzz: detection of existing sheets", () => {
  it("detectSheet (500 sheets here, 10 000+ in bench/fuzz-heavy.ts): never throws, every mapping round-trips through its schema", () => {
    check(
      "detectSheet",
      fc.property(sheets, (sheet) => {
        none(
          noThrow(() => {
            const m = detectSheet(sheet);
            JSON.stringify(m);
            const back = parseMapping(serializeMapping({ version: 1, sheets: [m], alias: [] }));
            if (back.kind !== "ok") throw new Error(`mapping does not round-trip (${back.reason}): ${JSON.stringify(m).slice(0, 300)}`);
          }),
          "detectSheet",
        );
      }),
      500,
    );
  });

  it("detectWorkbook + parseBase(sheets, mapping): records finite and dated, issues addressed", () => {
    const books = fc.oneof(
      workbookArb(4),
      fc.array(sheets, { minLength: 1, maxLength: 3 }).map((s) => s.map((x, i) => ({ ...x, name: `${x.name.slice(0, 25)} ${i}` }))),
    );
    check(
      "detectWorkbook+parseBase",
      fc.property(books, (book) => {
        let issues: Issue[] = [];
        let out: unknown;
        none(
          noThrow(() => {
            const mapping = detectWorkbook(book);
            const parsed = parseBase(book, mapping);
            issues = parsed.issues;
            out = parsed.base;
          }),
          "detectWorkbook",
        );
        none([...issueViolations(issues, book), ...nonFiniteNumbers(out), ...badDates(out)], "parseBase(mapping)");
      }),
      150,
    );
  });
});
