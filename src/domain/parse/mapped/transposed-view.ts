import { issue, type Issue } from "../../issues/issue";
import { CODES } from "../../issues/codes";
import { columnLetter } from "../../model/address";
import type { CellValue, RawSheet } from "../../model/raw";
import type { ColumnMapping, SheetMapping } from "../../model/mapping";
import { colIndex, rowIndex } from "../../detect/fingerprint";
import { isDerivedCell, measureCell, sheetYearHint } from "../../detect/measure-cell";
import { cellAddress, normalizeHeader } from "../../text/header";
import { formatSv, unitLabel } from "../../text/format";
import { writtenDecimals } from "../../text/sv-number";
import { CellReader } from "../base/cell-read";
import { isFilled, padded, type PivotView } from "./pivot-view";

/**
 * The insatser as columns (detect/transposed.ts: "Post | Jobbstöd | Bryggan | Summa" over the rows Budget and
 * Utfall) as the wide table table.ts reads (pivot-view.ts): the copy has one row per insats column — its name from the
 * header, its owner from an Ägare/Insatsägare/Kommun row — and one amount column per measure row, with the measure
 * and period the row's label states ("Budget 2024", "Utfall jan-jun 2024", "Budget H1 2024"; a bare "Utfall" takes the
 * sheet's year; no year anywhere: SAKNAT_VARDE at the label, the row not read). The Summa/Totalt column is no insats: on each measure row it must equal Σ of the insats columns
 * within rounding (half a unit of each written figure), else RADSUMMA_STAMMER_INTE (fel) at the Summa cell with both
 * figures. Rows of figures derived from budget and utfall (Avvikelse, Förbrukat %) are not read and are named in the
 * info. One unit for the whole sheet: the one the user set on any insats column in the pane, else the detected one.
 * INSATSER_SOM_KOLUMNER (info) says how the sheet was read.
 */

const AGARE_LABEL = /^(agare|insatsagare|projektagare|huvudprojektagare|huvudman|kommun|owner)/;

export function transposedView(sheet: RawSheet, m: SheetMapping, issues: Issue[]): PivotView | null {
  const mattCol = m.columns.find((c) => c.role === "matt");
  const insatsCols = m.columns.filter((c) => c.role === "insatskolumn");
  if (!mattCol || insatsCols.length === 0 || m.headerRow <= 0) return null;
  const h = rowIndex(sheet, m.headerRow);
  const label = colIndex(sheet, mattCol.column);
  if (h < 0 || label < 0) return null;
  const cols = insatsCols.map((c) => colIndex(sheet, c.column)).filter((c) => c >= 0);
  // One unit for the sheet: the one the user set on any insats column in the pane, else the detected one.
  const unitCol = insatsCols.find((c) => c.unitSource === "anvandare") ?? insatsCols[0];
  const factor = unitCol.factor ?? 1;
  const yearHint = sheetYearHint(sheet, h);
  const measureRows: number[] = [];
  const derivedRows: number[] = [];
  let ownerRow: number | undefined;
  for (let r = h + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (row.slice(0, label).some(isFilled)) continue;
    const mcell = measureCell(row[label], yearHint);
    if (mcell && !mcell.period && mcell.year === undefined && yearHint === undefined) {
      // No year in the label, the sheet's name or its title: the row cannot be placed in time.
      issues.push(
        issue(
          "fel",
          CODES.SAKNAT_VARDE,
          sheet.name,
          cellAddress(sheet, r, label),
          `Raden ${String(row[label]).trim()} anger inget år, och inte heller bladets namn eller rubrik. Skriv året i raden ` +
            `(t.ex. "${String(row[label]).trim()} 2024" eller "Utfall jan-jun 2024") eller i bladets namn; raden används inte förrän dess.`,
        ),
      );
    } else if (mcell) measureRows.push(r);
    else if (isDerivedCell(row[label])) derivedRows.push(r);
    else if (ownerRow === undefined && AGARE_LABEL.test(normalizeHeader(row[label]))) ownerRow = r;
  }
  if (measureRows.length === 0) return null;

  // The copy: titles as written; the header row = Insats | (Ägare) | one label per measure row; a row per insats.
  const nameHeader = String(sheet.values[h]?.[label] ?? "").trim() || "Insats";
  const first = ownerRow !== undefined ? 2 : 1;
  const width = first + measureRows.length;
  const values: CellValue[][] = sheet.values.slice(0, h).map((row) => padded(row, width));
  values.push([
    nameHeader,
    ...(ownerRow !== undefined ? ["Insatsägare"] : []),
    ...measureRows.map((r) => sheet.values[r]?.[label] ?? null),
  ]);
  cols.forEach((c) => {
    const row: CellValue[] = [sheet.values[h]?.[c] ?? null];
    if (ownerRow !== undefined) row.push(sheet.values[ownerRow]?.[c] ?? null);
    for (const r of measureRows) row.push(sheet.values[r]?.[c] ?? null);
    values.push(row);
  });
  const cell = (r: number, c: number): [number, number] => {
    if (r < h) return [r, c];
    const col = r === h ? label : cols[r - h - 1];
    if (c === 0) return [h, col];
    if (ownerRow !== undefined && c === 1) return [ownerRow, col];
    return [measureRows[c - first], col];
  };
  const post: ColumnMapping = { column: columnLetter(sheet.origin.col), header: nameHeader, role: "post", confidence: mattCol.confidence };
  const agare: ColumnMapping[] =
    ownerRow !== undefined ? [{ column: columnLetter(1 + sheet.origin.col), header: "Insatsägare", role: "agare", confidence: 0.9 }] : [];
  const amounts: ColumnMapping[] = measureRows.map((r, j) => {
    const mcell = measureCell(sheet.values[r]?.[label], yearHint)!;
    const text = String(sheet.values[r]?.[label] ?? "").trim();
    const p = mcell.period ?? (mcell.measure === "utfall" && yearHint !== undefined ? wholeYear(yearHint) : undefined);
    const y = mcell.year ?? (mcell.measure !== "utfall" && !mcell.period ? yearHint : undefined);
    return {
      column: columnLetter(first + j + sheet.origin.col),
      header: text,
      role: "belopp",
      measure: mcell.measure,
      ...(y !== undefined ? { year: y } : p ? { period: p } : {}),
      factor,
      ...(unitCol.unitSource ? { unitSource: unitCol.unitSource } : {}),
      confidence: mattCol.confidence,
    };
  });
  const mapping: SheetMapping = { ...m, layout: "bred", columns: [post, ...agare, ...amounts], rows: [] };
  const copy: RawSheet = { name: sheet.name, origin: sheet.origin, values };

  checkSumColumn(sheet, m, cols, measureRows, factor, issues);
  const n = cols.length;
  const findings = [
    issue(
      "info",
      "INSATSER_SOM_KOLUMNER",
      sheet.name,
      cellAddress(sheet, h, label),
      `Insatserna står som kolumner och måtten som rader: ${n} ${n === 1 ? "kolumn läses som en insats" : "kolumner läses som var sin insats"} (${insatsCols
        .slice(0, 3)
        .map((c) => c.header)
        .join(
          ", ",
        )}${n > 3 ? " …" : ""}); måtten läses från raderna ${measureRows.map((r) => String(sheet.values[r]?.[label]).trim()).join(", ")}.` +
        (m.columns.some((c) => c.role === "radsumma")
          ? " Summakolumnen kontrolleras mot insatskolumnerna och läses inte som en insats."
          : "") +
        (derivedRows.length > 0
          ? ` ${derivedRows.length === 1 ? "Raden" : "Raderna"} ${derivedRows.map((r) => String(sheet.values[r]?.[label]).trim()).join(", ")} läses inte: förbrukningen räknas fram ur budget och utfall.`
          : ""),
    ),
  ];
  return { sheet: copy, mapping, cell, findings, olasbartUtfall: [] };
}

function wholeYear(y: number) {
  return { from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}` };
}

/** The Summa column against Σ of the insats columns on each measure row (see the file comment). */
function checkSumColumn(sheet: RawSheet, m: SheetMapping, cols: number[], rows: number[], factor: number, issues: Issue[]): void {
  const sumCol = m.columns.find((c) => c.role === "radsumma");
  if (!sumCol) return;
  const s = colIndex(sheet, sumCol.column);
  if (s < 0) return;
  const reader = new CellReader(sheet, issues, { [s]: sumCol.header });
  // The insats cells' own problems are reported once, by the table reader; here they only drop out of the sum.
  const silent = new CellReader(sheet, []);
  const half = (r: number, c: number) => Math.max(0.5, 0.5 * 10 ** -writtenDecimals(reader.value(r, c)) * factor);
  for (const r of rows) {
    const stated = reader.amount(r, s, factor);
    if (typeof stated !== "number") continue;
    let sum = 0;
    let tol = half(r, s);
    let unreadable = false;
    for (const c of cols) {
      const v = silent.amount(r, c, factor);
      unreadable ||= v === null;
      if (typeof v !== "number") continue;
      sum += v;
      tol += half(r, c);
    }
    if (unreadable || Math.abs(sum - stated) <= tol + 1e-9 * Math.abs(stated)) continue;
    const d = writtenDecimals(reader.value(r, s));
    const unit = unitLabel(factor);
    const what = String(sheet.values[r]?.[colIndex(sheet, m.columns.find((c) => c.role === "matt")!.column)] ?? "").trim();
    reader.report(
      "fel",
      "RADSUMMA_STAMMER_INTE",
      r,
      s,
      `${sumCol.header || "Summa"} säger ${formatSv(stated / factor, d)} ${unit} men insatskolumnerna ger ${formatSv(sum / factor, d)} ${unit} på raden ${what}. ` +
        "Förbrukningen räknas på insatskolumnerna; kontrollera summan och insatsernas belopp.",
    );
  }
}
