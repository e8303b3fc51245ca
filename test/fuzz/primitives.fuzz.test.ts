import fc from "fast-check";
import { isExcelError } from "../../src/domain/text/excel-error";
import { normalizeHeader } from "../../src/domain/text/header";
import { closestName } from "../../src/domain/text/names";
import { parsePeriod } from "../../src/domain/text/period";
import { findPersonnummerInText, maskPersonnummer, safeText } from "../../src/domain/text/personnummer";
import { classifyRow } from "../../src/domain/text/rows";
import { isoToSerial, parseSvDate, serialToIso } from "../../src/domain/text/sv-date";
import { parseSvNumber } from "../../src/domain/text/sv-number";
import { maskPersonnummer as maskInRapport } from "../../src/domain/plan/valideringsrapport";
import { formatSv } from "../../src/domain/text/format";
import { anyText, cellValue, PERSONNUMMER } from "./cells";
import { isIsoDate, ok } from "./invariants";
import { check } from "./runs";

/**
 * Fuzzing the parsing primitives (10 000 cases each): never a throw, never NaN, every result well formed,
 * and round trips where a value has a canonical text (formatSv → parseSvNumber, ISO → serial → ISO).
 */

const RUNS = 10_000;
const run = <Ts extends [unknown, ...unknown[]]>(name: string, prop: fc.IProperty<Ts>) => check(name, prop, RUNS);

describe("fuzz: parsing primitives", () => {
  it("parseSvNumber: any cell → number (finite), empty or error with a reason", () => {
    run(
      "parseSvNumber",
      fc.property(cellValue, (v) => {
        const p = parseSvNumber(v);
        if (p.kind === "number") {
          ok(Number.isFinite(p.value), `not finite: ${p.value}`);
          if (typeof v === "number") ok(Object.is(p.value, v), "a number cell changed");
          if (p.unitFactor !== undefined) ok([0.01, 1, 1000, 1e6].includes(p.unitFactor), `unit ${p.unitFactor}`);
        } else if (p.kind === "error") ok(p.reason.length > 3, "no reason");
        else ok(p.kind === "empty", "unknown kind");
        if (typeof v === "number" && !Number.isFinite(v)) ok(p.kind === "error", "NaN/Infinity read as a number");
      }),
    );
  });

  it("parseSvNumber reads back what formatSv writes (Swedish grouping, decimal comma, typographic minus)", () => {
    run(
      "parseSvNumber∘formatSv",
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (cents, decimals) => {
        const x = cents / 100;
        const text = formatSv(x, decimals);
        const p = parseSvNumber(text);
        // formatSv rounds half away from zero on the number as written (8 125 033 574,15 → "…574,2"), so the
        // property is: what is read back lies within half a unit of the last written decimal.
        ok(
          p.kind === "number" && Math.abs(p.value - x) <= 0.5 * 10 ** -decimals + Math.abs(x) * 1e-12 + 1e-9,
          () => `${text} → ${JSON.stringify(p)}`,
        );
      }),
    );
  });

  it("parseSvDate: any cell → a real ISO date, empty or error; monthEnd never moves a full date", () => {
    run(
      "parseSvDate",
      fc.property(cellValue, fc.boolean(), (v, monthEnd) => {
        const p = parseSvDate(v, { monthEnd });
        if (p.kind === "date") ok(isIsoDate(p.value), () => `${String(v)} → ${p.value}`);
        else if (p.kind === "error") ok(p.reason.length > 3, "no reason");
        else ok(p.kind === "empty", "unknown kind");
      }),
    );
  });

  it("parseSvDate round trips ISO text, Swedish day-month-year text and Excel serials", () => {
    run(
      "parseSvDate round trip",
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = serialToIso(serial)!;
        ok(isIsoDate(iso) && isoToSerial(iso) === serial, () => `${serial} → ${iso} → ${isoToSerial(iso)}`);
        const [y, m, d] = iso.split("-").map(Number);
        const same = (v: string | number) => {
          const p = parseSvDate(v);
          ok(p.kind === "date" && p.value === iso, () => `${v} → ${JSON.stringify(p)}, expected ${iso}`);
        };
        same(iso);
        same(`${d}/${m} ${y}`);
        same(`${d}.${m}.${y}`);
        if (!(serial >= 1900 && serial <= 2200)) same(serial);
      }),
    );
  });

  it("parsePeriod: any cell → a period with from ≤ to (real dates, a label), empty or error", () => {
    run(
      "parsePeriod",
      fc.property(cellValue, (v) => {
        const p = parsePeriod(v);
        if (p.kind === "period") {
          const { from, to, label } = p.value;
          ok(isIsoDate(from) && isIsoDate(to) && from <= to && label.length > 0, () => `${String(v)} → ${JSON.stringify(p.value)}`);
        } else ok(p.kind === "empty" || p.kind === "error", "unknown kind");
      }),
    );
  });

  it("isExcelError, normalizeHeader and classifyRow: total functions with well-formed results", () => {
    run(
      "isExcelError/normalizeHeader/classifyRow",
      fc.property(fc.array(cellValue, { maxLength: 8 }), fc.integer({ min: -1, max: 9 }), (row, keyCol) => {
        for (const v of row) {
          ok(typeof isExcelError(v) === "boolean", "isExcelError");
          ok(/^[a-z0-9]*$/.test(normalizeHeader(v)), () => `normalizeHeader(${String(v)})`);
        }
        ok(["data", "blank", "group", "sum"].includes(classifyRow(row, keyCol)), "classifyRow");
      }),
    );
  });

  it("closestName returns one of the candidates or nothing", () => {
    run(
      "closestName",
      fc.property(anyText, fc.array(anyText, { maxLength: 6 }), (name, candidates) => {
        const hit = closestName(name, candidates);
        ok(hit === undefined || candidates.includes(hit), "not a candidate");
      }),
    );
  });

  it("masking removes every personnummer-like part (parse/personnummer and the Valideringsrapport's mask)", () => {
    const text = fc
      .tuple(
        fc.oneof(anyText, fc.constant("")),
        fc.constantFrom(...PERSONNUMMER, "19121212 1212", "x19121212-1212y", "a121212-1212"),
        fc.oneof(anyText, fc.constant("")),
      )
      .map((p) => p.join(""));
    run(
      "maskPersonnummer",
      fc.property(fc.oneof(text, anyText), (s) => {
        ok(findPersonnummerInText(maskPersonnummer(s)) === null, () => `maskPersonnummer(${s})`);
        ok(findPersonnummerInText(maskInRapport(s)) === null, () => `Valideringsrapport maskPersonnummer(${s}) = ${maskInRapport(s)}`);
        ok(findPersonnummerInText(safeText(s)) === null, () => `safeText(${s})`);
      }),
    );
  });
});
