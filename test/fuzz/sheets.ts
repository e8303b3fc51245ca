import fc from "fast-check";
import type { CellValue, RawSheet } from "../../src/domain/model/raw";
import { amountCell, cellValue, dateCell, DOMAIN_WORDS, excelCellValue, nameCell, periodCell, PROTO_WORDS } from "./cells";

/**
 * Sheet arbitraries. `chaosSheet` is a random grid; `layoutSheet(kind)` is a sheet that looks like one of
 * the input kinds (a header row built from the parser's own synonyms, title rows above, group, sum and
 * blank rows between data rows) whose cells are drawn from column-typed arbitraries mixed with chaos —
 * so the parsers get past header detection and into their row logic. Grids stay small (fast runs);
 * the origin ranges over the whole sheet up to XFD1048576.
 */

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface GridSize {
  maxRows: number;
  maxCols: number;
}

export const SMALL: GridSize = { maxRows: 5, maxCols: 5 };

/** Top-left of the used range: usually A1, sometimes anywhere, sometimes jammed against the sheet's far corner. */
export function originArb(rows: number, cols: number): fc.Arbitrary<{ row: number; col: number }> {
  const maxR = Math.max(0, MAX_ROW - Math.max(rows, 1));
  const maxC = Math.max(0, MAX_COL - Math.max(cols, 1));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant({ row: 0, col: 0 }) },
    { weight: 2, arbitrary: fc.record({ row: fc.integer({ min: 0, max: 40 }), col: fc.integer({ min: 0, max: 30 }) }) },
    { weight: 1, arbitrary: fc.record({ row: fc.integer({ min: 0, max: maxR }), col: fc.integer({ min: 0, max: maxC }) }) },
    { weight: 1, arbitrary: fc.constant({ row: maxR, col: maxC }) },
  );
}

export const SHEET_NAMES = [
  "Insatser",
  "Budget",
  "Utfall",
  "Inställningar",
  "Medlemmar",
  "Deltagare",
  "Rekvisitioner",
  "Rekv Bryggan Q2",
  "Ekonomisk information",
  "Blad1",
  "UTFALL",
  "Budget 2024",
  "Tabell 6",
  "Förbrukningskvot 2024-06-30",
  "Valideringsrapport",
  "~finsam-x-n1",
  "Deltagare 2024",
  "Medlem",
  "Parametrar",
  "Samverkansinsatser",
];

export const sheetName: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SHEET_NAMES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 31 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_WORDS) },
);

/** A random grid: rectangular or ragged, with whole blank rows and blank patches (merged-looking cells). */
export function gridArb(cell: fc.Arbitrary<CellValue>, size: GridSize = SMALL): fc.Arbitrary<CellValue[][]> {
  return fc
    .integer({ min: 1, max: size.maxCols })
    .chain((w) =>
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.array(cell, { minLength: w, maxLength: w }) },
          { weight: 1, arbitrary: fc.array(cell, { maxLength: w + 2 }) },
          { weight: 1, arbitrary: fc.constant(new Array<CellValue>(w).fill(null)) },
        ),
        { maxLength: size.maxRows },
      ),
    );
}

/** A sheet with a random grid. */
export function chaosSheet(size: GridSize = SMALL): fc.Arbitrary<RawSheet> {
  return fc
    .tuple(sheetName, gridArb(cellValue, size))
    .chain(([name, values]) =>
      originArb(values.length, Math.max(1, ...values.map((r) => r.length))).map((origin) => ({ name, origin, values })),
    );
}

interface Column {
  headers: string[];
  cell: fc.Arbitrary<CellValue>;
  /** The parser's required column. */
  required?: boolean;
}

const col = (headers: string[], cell: fc.Arbitrary<CellValue>): Column => ({ headers, cell });
const req = (headers: string[], cell: fc.Arbitrary<CellValue>): Column => ({ headers, cell, required: true });
/** Only values Excel can hold (see excelCellValue). */
const excelOnly = (a: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> =>
  a.filter((v) => typeof v !== "number" || (Number.isFinite(v) && Math.abs(v) <= 1e300));
const words = (xs: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...xs) }, { weight: 1, arbitrary: cellValue });
const yearCell = fc.oneof(
  fc.integer({ min: 2018, max: 2030 }),
  fc.constantFrom("2024", "2 024", "år 2024", 2024.5, 1899, 99999),
  cellValue,
);

export type LayoutKind =
  "insatser" | "budget" | "budgetWide" | "utfall" | "utfallFranTill" | "installningar" | "medlemmar" | "rekvisitioner" | "deltagare";

export const LAYOUTS: Record<LayoutKind, { names: string[]; columns: Column[] }> = {
  insatser: {
    names: ["Insatser", "Samverkansinsatser", "Blad1"],
    columns: [
      req(["Insats", "Kortnamn", "Insats kortnamn"], nameCell),
      col(["Insatsnamn", "Namn"], nameCell),
      req(
        ["Typ", "Insatstyp", "Typ (Individ/Struktur)"],
        words(["Individ", "Struktur", "Förstudie", "Övrig", "Individinriktad", "Okänd", "Kompetenshöjande"]),
      ),
      col(["Inriktning", "Budgetkategori"], nameCell),
      req(["Insatsägare", "Huvudprojektägare", "Ägare"], nameCell),
      req(["Start", "Startdatum", "Från"], dateCell),
      req(["Slut", "Till och med", "T.o.m."], dateCell),
      col(["Budget 2024", "Budget 2024 (tkr)", "Beviljad budget 2025", "Budget 2023 TSEK"], amountCell),
      col(["Budget 2025", "Budget 2026 kr"], amountCell),
    ],
  },
  budget: {
    names: ["Budget", "Budget 2024"],
    columns: [
      req(["Post", "Budgetpost", "Insats"], nameCell),
      req(["Kategori", "Intäkt/Kostnad", "Typ"], words(["Intäkt", "Kostnad", "Intäkter", "Kostnader", "Utgift", "Okänt"])),
      req(["År", "Budgetår"], yearCell),
      req(["Budget", "Budget (tkr)", "Årsbudget TSEK"], amountCell),
      col(["Prognos", "Prognos helår"], amountCell),
    ],
  },
  budgetWide: {
    names: ["Budget", "Blad1"],
    columns: [
      req(["Post"], nameCell),
      req(["Kategori"], words(["Intäkt", "Kostnad"])),
      req(["Budget 2024", "Budget 2024 tkr"], amountCell),
      col(["Prognos 2024"], amountCell),
      col(["Prel 2025", "Budget 2025"], amountCell),
    ],
  },
  utfall: {
    names: ["Utfall", "UTFALL", "Blad1"],
    columns: [
      req(["Post", "Insats", "Kortnamn"], nameCell),
      req(["Period", "Kvartal", "Månad"], periodCell),
      req(["Utfall", "Utfall TSEK", "Utfall (tkr)", "Belopp"], amountCell),
      col(["Kostnadsslag", "Slag"], words(["Personal", "Lokal", "Övrigt", "Lön", "Hyra", "Okänt"])),
    ],
  },
  utfallFranTill: {
    names: ["Utfall"],
    columns: [
      req(["Post"], nameCell),
      req(["Från", "Fr.o.m.", "Periodstart"], dateCell),
      req(["Till", "T.o.m.", "Periodslut"], dateCell),
      req(["Utfall", "Utfall kr"], amountCell),
    ],
  },
  installningar: {
    names: ["Inställningar", "Parametrar"],
    columns: [
      req(
        ["Inställning", "Parameter"],
        words([
          "Förbund",
          "Räkenskapsår",
          "Medlemsbidrag totalt",
          "Medlemsbidrag totalt (tkr)",
          "Statens tilldelning",
          "Ackumulerat överskott",
          "Reservfond",
          "Hög förbrukning",
          "Låg förbrukning",
          "Enhet",
          "Periodisering",
          "Tolerans",
          ...PROTO_WORDS,
        ]),
      ),
      req(["Värde"], cellValue),
    ],
  },
  medlemmar: {
    names: ["Medlemmar", "Medlem"],
    columns: [
      req(["Medlem", "Medlemmar", "Rörelseintäkter"], nameCell),
      req(["Typ", "Medlemstyp"], words(["Stat", "Region", "Kommun", "FK/AF", "Landsting", "Okänd"])),
      req(["Invånare", "Antal invånare"], amountCell),
      col(["Andel", "Andel av medlemsbidrag"], fc.oneof(fc.constantFrom("25 %", 0.25, 50, "50%", 0.125, -0.1, 2), cellValue)),
      col(["Beslutat", "Helår", "Medlemsavgift (tkr)"], amountCell),
      col(["Fakturerat", "Inbetalt"], amountCell),
    ],
  },
  rekvisitioner: {
    names: ["Rekvisitioner", "Rekv Q1"],
    columns: [
      req(["Insats", "Projekt"], nameCell),
      req(["Period", "Avser period"], periodCell),
      req(["Belopp", "Rekvirerat belopp", "Belopp (tkr)"], amountCell),
      col(["Inkommen", "Datum"], dateCell),
      col(["Personal"], amountCell),
      col(["Lokal"], amountCell),
      col(["Övrigt"], amountCell),
    ],
  },
  deltagare: {
    names: ["Deltagare", "Deltagare 2024"],
    columns: [
      req(
        ["Deltagar-ID", "ID", "Löpnummer"],
        excelOnly(
          fc.oneof(
            fc.integer({ min: 1, max: 30 }).map((n) => `D${n}`),
            cellValue,
          ),
        ),
      ),
      req(["Insats"], excelOnly(nameCell)),
      req(["Kön", "K/M"], excelOnly(words(["K", "M", "Kvinna", "Man", "X", ""]))),
      col(["Födelseår", "Ålder"], excelOnly(fc.oneof(fc.integer({ min: 1940, max: 2010 }), fc.integer({ min: 15, max: 70 }), cellValue))),
      req(["Inskriven", "Inskrivningsdatum"], excelOnly(dateCell)),
      col(["Utskriven", "Avslutad"], excelOnly(fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: dateCell }))),
      col(
        ["Avslutningsorsak", "Orsak"],
        excelOnly(
          words(["Arbete", "Studier", "Subventionerat arbete", "Aktivt arbetssökande", "Sjukdom", "Flytt", "Övrigt", "Okänd orsak"]),
        ),
      ),
      col(["Anonym"], excelOnly(words(["Ja", "Nej", "J", "N", "X", "1", "0"]))),
      col(["Kommun"], excelOnly(nameCell)),
      col(["Utbildning"], excelOnly(words(["Grundskola", "Gymnasium", "Eftergymnasial", "Saknas", "Okänd"]))),
      col(["Handlingsplan"], excelOnly(words(["Ja", "Nej"]))),
      col(
        ["Sysselsättningsgrad", "Sysselsättningsgrad (%)"],
        excelOnly(fc.oneof(fc.constantFrom("75 %", 0.5, 100, 150, "Heltid", -5), cellValue)),
      ),
      col(["År i offentlig försörjning"], excelOnly(fc.oneof(fc.constantFrom(3, "3+", "minst 3 år", -1, 0.5), cellValue))),
    ],
  },
};

const TITLE_ROW: fc.Arbitrary<CellValue[]> = fc.oneof(
  fc.constantFrom<CellValue[]>(
    ["Driftsredovisning (belopp i TSEK)"],
    ["Tabell 1. Insatser"],
    ["Belopp i kronor"],
    [null],
    ["Utfall 2024", null, "tkr"],
  ),
  fc.array(cellValue, { maxLength: 3 }),
);

/** A row between data rows: a group heading, a sum row or a blank row. */
const SPECIAL_ROW = (width: number): fc.Arbitrary<CellValue[]> =>
  fc.oneof(
    fc.constantFrom<CellValue[]>(["Individinsatser"], ["Strukturinsatser"], new Array<CellValue>(width).fill(null)),
    fc
      .tuple(
        fc.constantFrom("Summa", "S:a", "Totalt", "Summa:", "S: a"),
        fc.array(amountCell, { minLength: width - 1, maxLength: width - 1 }),
      )
      .map(([label, rest]) => [label, ...rest]),
    fc.array(fc.oneof(amountCell, fc.constant(null)), { minLength: width, maxLength: width }).map((r) => [null, ...r.slice(1)]),
  );

/**
 * A sheet of `kind`: its required columns (one of them left out in one case in six, for SAKNAD_KOLUMN) and up to
 * three optional ones, in random order; title rows; then data rows mixed with group, sum and blank rows.
 */
export function layoutSheet(kind: LayoutKind, maxRows = 4): fc.Arbitrary<RawSheet> {
  const layout = LAYOUTS[kind];
  const required = layout.columns.filter((c) => c.required);
  const optional = layout.columns.filter((c) => !c.required);
  return fc
    .tuple(
      fc.constantFrom(...layout.names),
      fc.subarray(optional, { maxLength: Math.min(3, optional.length) }),
      fc.nat(5 * required.length),
      fc.array(TITLE_ROW, { maxLength: maxRows > 4 ? 3 : 1 }),
    )
    .chain(([name, extra, drop, titles]) => {
      const kept = drop < required.length ? required.filter((_, i) => i !== drop) : required;
      return fc.shuffledSubarray([...kept, ...extra], { minLength: kept.length + extra.length }).map((cols) => ({ name, cols, titles }));
    })
    .chain(({ name, cols, titles }) => {
      const header = fc.tuple(...cols.map((c) => fc.constantFrom(...c.headers))) as fc.Arbitrary<CellValue[]>;
      const dataRow = fc.tuple(...cols.map((c) => c.cell)) as fc.Arbitrary<CellValue[]>;
      const row = fc.oneof({ weight: 5, arbitrary: dataRow }, { weight: 1, arbitrary: SPECIAL_ROW(Math.max(1, cols.length)) });
      return fc.tuple(header, fc.array(row, { maxLength: maxRows })).chain(([h, rows]) => {
        const values = [...titles, h, ...rows];
        const width = Math.max(1, ...values.map((r) => r.length));
        return originArb(values.length, width).map((origin): RawSheet => ({ name, origin, values }));
      });
    });
}

/** A Rekvisition form ("blankett"): label cells with values right of them, below them or after a colon. */
export const blankettSheet: fc.Arbitrary<RawSheet> = fc
  .tuple(
    fc.constantFrom("Rekv Bryggan Q2", "Rekvisition Q1", "Blad3"),
    fc.array(
      fc.tuple(
        fc.constantFrom(
          "Insats",
          "Insats:",
          "Period",
          "Period:",
          "Inkommen",
          "Summa",
          "Belopp (tkr)",
          "Personal",
          "Lokal",
          "Övrigt",
          "Kostnadsslag",
          "Rekvisition av medel",
          "Datum",
          ...DOMAIN_WORDS.slice(0, 6),
        ),
        fc.oneof(nameCell, periodCell, amountCell, dateCell),
        fc.oneof(fc.constant(null), amountCell),
      ),
      { maxLength: 9 },
    ),
  )
  .chain(([name, pairs]) => {
    const values: CellValue[][] = pairs.map(([label, value, extra]) =>
      label.endsWith(":") && typeof value === "string" ? [`${label} ${value}`, extra] : [label, value, extra],
    );
    return originArb(values.length, 3).map((origin): RawSheet => ({ name, origin, values }));
  });

/** A published uppföljningstabell: title, group and period rows, a K/M/S:a row, rows of counts, Summa, Fördelning. */
export const uppfoljningSheet: fc.Arbitrary<RawSheet> = fc
  .tuple(
    fc.array(
      fc.tuple(excelOnly(nameCell), fc.array(fc.oneof(fc.integer({ min: 0, max: 200 }), excelCellValue), { minLength: 6, maxLength: 6 })),
      { maxLength: 3 },
    ),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 900 }), excelCellValue), { minLength: 6, maxLength: 6 }),
    fc.constantFrom("S: a", "S:a", "tot.", "Summa", "X"),
    fc.array(fc.oneof(fc.constantFrom("42%", "58%", "x%", "%"), excelCellValue), { maxLength: 5 }),
  )
  .map(([rows, summa, third, fordelning]): RawSheet => ({
    name: "Tabell 6",
    origin: { row: 0, col: 0 },
    values: [
      ["Tabell 6. Utfall för deltagare"],
      [],
      ["Individinsatser", "Inregistrerade perioden", null, null, "Avslutade perioden", null, null],
      [null, "jan-december", null, null, "jan-december", null, null],
      [null, "K", "M", third, "K", "M", third],
      ...rows.map(([n, v]) => [n, ...v]),
      ["Summa:", ...summa],
      [],
      [`Fördelning kvinnor/män: ${fordelning.map(String).join(" ")}`],
    ],
  }));

/** A multi-year "Ekonomisk information" sheet with INTÄKTER/KOSTNADER sections, insats row pairs and S:A rows. */
export const ekonomiskInformationSheet: fc.Arbitrary<RawSheet> = fc
  .tuple(
    fc.array(fc.constantFrom("Budget 2024", "Prognos 2024", "Prel 2025", "Prel 2026", "2027", "Plan 2028", "Utfall 2023"), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.array(
      fc.oneof(
        fc.constantFrom(
          "INTÄKTER",
          "KOSTNADER",
          "Medlemsavgifter",
          "ESF medel ISA",
          "Förtroendevalda",
          "Förvaltning",
          "Samverkansinsatser",
          "Namn på insats",
          "Insatsägare",
          "S:A INTÄKTER",
          "S:A KOSTNADER",
          "ÅRETS BERÄKNADE RESULTAT",
          "Över-/underskott från tidigare år",
          "KVARVARANDE BESLUTSUTRYMME",
          "Prognostiserade ej nyttjade medel",
          "Övriga samverkansinsatser",
          "Enköping",
          "Jobbcentrum",
        ),
        nameCell,
      ),
      { maxLength: 9 },
    ),
  )
  .chain(([years, labels]) =>
    fc
      .array(fc.array(amountCell, { minLength: years.length, maxLength: years.length }), {
        minLength: labels.length,
        maxLength: labels.length,
      })
      .map((amounts): RawSheet => ({
        name: "Ekonomisk information",
        origin: { row: 0, col: 0 },
        values: [["EKONOMISK INFORMATION, belopp i TSK", ...years], ...labels.map((l, i) => [l, ...amounts[i]])],
      })),
  );
