import { issue, type Issue } from "../issues/issue";
import { CODES } from "../issues/codes";
import type { CellRef, CellValue, RawSheet } from "../model/raw";
import { isExcelError } from "../text/excel-error";
import { cellAddress, locateTable, normalizeHeader } from "../text/header";
import { classifyRow } from "../text/rows";
import { parseSvNumber } from "../text/sv-number";
import { rimligtBelopp } from "../issues/limits";
import { columnUnitFactor, isScalingFormat, unitInText } from "../text/units";
import { MEDLEMMAR_COLUMNS } from "../template/columns";
import { formatSv } from "../text/format";
export { MEDLEMMAR_COLUMNS } from "../template/columns";

export type MedlemTyp = "stat" | "region" | "kommun";

/** One row of the Medlemmar sheet (domain.md §2): amounts in kronor, invånare as counted. */
export interface Medlem {
  medlem: string;
  typ: MedlemTyp;
  invanare?: number;
  /** Fixed share of the total (0,25 = 25 %), optional. */
  andel?: number;
  /** Decided yearly amount as the förbund wrote it (column "Beslutat"/"Helår"/"Medlemsavgift"), kronor. */
  beslutat?: number;
  /** Invoiced amount for the report period (column "Fakturerat"), kronor. */
  fakturerat?: number;
  /** The Medlem cell. */
  source: CellRef;
  /** A1 addresses of the optional cells, for issues. */
  cells: Partial<Record<"typ" | "invanare" | "andel" | "beslutat" | "fakturerat", string>>;
}

type NumKey = "invanare" | "andel" | "beslutat" | "fakturerat";
const NUM_KEYS: NumKey[] = ["invanare", "andel", "beslutat", "fakturerat"];
const KEY_LABEL: Record<NumKey, string> = { invanare: "Invånare", andel: "Andel", beslutat: "Beslutat", fakturerat: "Fakturerat" };

/** "Stat", "Staten", "FK/AF" → stat; "Region", "Landsting" → region; "Kommun" → kommun. */
export function parseMedlemTyp(v: CellValue | undefined): MedlemTyp | undefined {
  const t = normalizeHeader(v);
  if (t === "") return undefined;
  if (t.startsWith("stat") || t === "fk" || t === "af" || t === "fkaf") return "stat";
  if (t.startsWith("region") || t.startsWith("landsting")) return "region";
  if (t.startsWith("kommun")) return "kommun";
  return undefined;
}

/** Typ read from the member's name: "… kommun"/"… stad" → kommun, "Region …"/"…regionen" → region, Försäkringskassan/Arbetsförmedlingen → stat. */
export function typFromName(name: string): MedlemTyp | undefined {
  const t = normalizeHeader(name);
  if (t.includes("forsakringskassan") || t.includes("arbetsformedlingen") || t.startsWith("staten")) return "stat";
  if (t.includes("kommun") || t.endsWith("stad")) return "kommun";
  if (t.includes("region") || t.includes("landsting")) return "region";
  return undefined;
}

/**
 * Reads a Medlemmar sheet: Medlem*, Typ (read from the name when the column or cell is empty),
 * Invånare, Andel, Beslutat, Fakturerat. Amounts in tkr (header or title) are ×1000 unless the cell's
 * number format already scales (`#,##0,`). Title, blank and group rows are skipped; sum rows
 * ("Summa medlemsavgifter") are checked against the rows above them (Uppsala 2024 Not 1: the first
 * half-year column's Summa says 11 661 000 while its rows add to 11 661 001 → varning).
 * Returns null when the sheet has no Medlem column.
 */
export function parseMedlemmar(sheet: RawSheet): { medlemmar: Medlem[]; issues: Issue[]; total?: SheetTotal } | null {
  const table = locateTable(sheet, MEDLEMMAR_COLUMNS, { minMatches: 2 });
  if (!table || table.columns.medlem === undefined) return null;
  const issues: Issue[] = [];
  const col = table.columns;
  const factor: Record<NumKey, number> = {
    invanare: 1,
    andel: 1,
    beslutat: col.beslutat === undefined ? 1 : columnUnitFactor(sheet, table.headerRow, col.beslutat),
    fakturerat: col.fakturerat === undefined ? 1 : columnUnitFactor(sheet, table.headerRow, col.fakturerat),
  };
  const medlemmar: Medlem[] = [];
  let sinceSum: Medlem[] = [];
  let inferred = 0;
  for (let r = table.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const kind = classifyRow(row, col.medlem);
    if (kind === "blank" || (kind === "group" && !isNamedMember(row[col.medlem]))) continue;
    if (kind === "sum") {
      checkSumRow(sheet, r, col, factor, sinceSum, issues);
      sinceSum = [];
      continue;
    }
    const nameCell = row[col.medlem];
    // An SCB population table writes the kommun with its code: "1481 Mölndal".
    const written = typeof nameCell === "string" ? nameCell.trim() : nameCell === null || nameCell === undefined ? "" : String(nameCell);
    const scbCode = SCB_CODE_RE.exec(written);
    const name = scbCode ? written.slice(scbCode[0].length).trim() : written;
    const source = { sheet: sheet.name, cell: cellAddress(sheet, r, col.medlem) };
    if (name === "") {
      issues.push(
        issue(
          "fel",
          "MEDLEM_NAMN_SAKNAS",
          sheet.name,
          source.cell,
          "Raden har belopp men inget medlemsnamn. Skriv medlemmens namn i kolumnen Medlem.",
        ),
      );
      continue;
    }
    const cells: Medlem["cells"] = {};
    let typ: MedlemTyp | undefined;
    if (col.typ !== undefined) {
      cells.typ = cellAddress(sheet, r, col.typ);
      typ = parseMedlemTyp(row[col.typ]);
      const written = row[col.typ];
      if (typ === undefined && written !== null && written !== undefined && String(written).trim() !== "") {
        issues.push(
          issue(
            "fel",
            "MEDLEM_OKAND_TYP",
            sheet.name,
            cells.typ,
            `${name}: typen "${String(written)}" är okänd. Skriv Stat, Region eller Kommun.`,
          ),
        );
      }
    }
    if (typ === undefined) {
      const typWritten = col.typ !== undefined && normalizeHeader(row[col.typ]) !== "";
      typ = typFromName(name) ?? (!typWritten && (scbCode || hasPopulation(sheet, r, col.invanare)) ? "kommun" : undefined);
      if (typ === undefined) {
        issues.push(
          issue(
            "fel",
            "MEDLEM_TYP_SAKNAS",
            sheet.name,
            cells.typ ?? source.cell,
            `${name}: typ saknas och kan inte utläsas ur namnet. Skriv Stat, Region eller Kommun i kolumnen Typ.`,
          ),
        );
        continue;
      }
      inferred++;
    }
    const medlem: Medlem = { medlem: name, typ, source, cells };
    for (const key of NUM_KEYS) {
      const c = col[key];
      if (c === undefined) continue;
      const addr = cellAddress(sheet, r, c);
      cells[key] = addr;
      const value = readAmount(sheet, r, c, key, factor[key], name, issues);
      if (value !== undefined) medlem[key] = value;
    }
    medlemmar.push(medlem);
    sinceSum.push(medlem);
  }
  if (inferred > 0) {
    issues.push(
      issue(
        "info",
        "MEDLEM_TYP_HARLEDD",
        sheet.name,
        "",
        `Typ (Stat/Region/Kommun) har lästs ur namnet för ${inferred} medlemmar. Lägg gärna till kolumnen Typ.`,
      ),
    );
  }
  if (medlemmar.length > 0 && col.invanare === undefined && !medlemmar.every((m) => m.andel !== undefined)) {
    issues.push(
      issue(
        "fel",
        CODES.SAKNAD_KOLUMN,
        sheet.name,
        cellAddress(sheet, table.headerRow, 0),
        "Kolumnen Invånare saknas. Kommunernas 25 % fördelas efter invånare; lägg till kolumnen Invånare (eller Andel för alla medlemmar).",
      ),
    );
  }
  const total = totalOnSheet(sheet, table.headerRow);
  return total ? { medlemmar, issues, total } : { medlemmar, issues };
}

/**
 * A text-only row that is a member, not a group heading: Försäkringskassan, Arbetsförmedlingen or a named region
 * ("Västra Götalandsregionen", "Region Uppsala") added under an SCB population table without a population.
 */
function isNamedMember(v: CellValue | undefined): boolean {
  if (typeof v !== "string") return false;
  const typ = typFromName(v);
  return (typ === "stat" || typ === "region") && !GROUP_WORDS.has(normalizeHeader(v));
}

const GROUP_WORDS = new Set(["stat", "staten", "region", "regioner", "regionen", "landsting", "landstinget", "landstingen"]);

/** "1481 Mölndal": SCB's four-digit kommun code before the name. */
const SCB_CODE_RE = /^\d{4}\s+(?=\D)/;

/** A place name with a population and no type ("Mölndal | 63 558") is a kommun (regions and the state say so in their names). */
function hasPopulation(sheet: RawSheet, r: number, c: number | undefined): boolean {
  if (c === undefined) return false;
  const p = parseSvNumber(sheet.values[r]?.[c]);
  return p.kind === "number" && p.value > 0;
}

/** The medlemsbidrag total written on the Medlemmar sheet itself, kronor. */
export interface SheetTotal {
  value: number;
  /** A1 address of the amount. */
  cell: string;
  /** The label as written ("Medlemsbidrag 2016"). */
  label: string;
}

const TOTAL_LABELS = [
  "medlemsbidragtotalt",
  "totaltmedlemsbidrag",
  "medlemsbidrag",
  "medlemsavgifter",
  "medlemsavgift",
  "totalbelopp",
  "statenstilldelning",
  "statligtilldelning",
];

/**
 * The total above the table: a label "Medlemsbidrag 2016", "Medlemsbidrag totalt" or "Statens tilldelning" (×2)
 * with its amount after ":" in the same cell or in the first filled cell to its right ("16 692 tkr").
 */
function totalOnSheet(sheet: RawSheet, headerRow: number): SheetTotal | undefined {
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const colon = v.indexOf(":");
      const label = (colon < 0 ? v : v.slice(0, colon)).trim();
      const key = normalizeHeader(label);
      const hit = TOTAL_LABELS.find((l) => key.startsWith(l));
      if (!hit) continue;
      let at = c;
      let value: CellValue | undefined = colon < 0 ? undefined : v.slice(colon + 1).trim();
      if (value === undefined || value === "") {
        at = row.findIndex((x, k) => k > c && x !== null && x !== "");
        value = at < 0 ? undefined : row[at];
      }
      const p = parseSvNumber(value ?? null);
      if (p.kind !== "number" || p.unitFactor === 0.01) continue;
      const factor = p.unitFactor === undefined && !isScalingFormat(sheet.numberFormats?.[r]?.[at]) ? (unitInText(label) ?? 1) : 1;
      const kronor = p.value * factor * (hit.startsWith("stat") ? 2 : 1);
      if (kronor > 0 && rimligtBelopp(kronor)) return { value: kronor, cell: cellAddress(sheet, r, at), label };
    }
  }
  return undefined;
}

function readAmount(sheet: RawSheet, r: number, c: number, key: NumKey, factor: number, name: string, issues: Issue[]): number | undefined {
  const v = sheet.values[r]?.[c];
  const addr = cellAddress(sheet, r, c);
  const parsed = parseSvNumber(v);
  if (parsed.kind === "empty") return undefined;
  if (parsed.kind === "error") {
    const code = isExcelError(v) ? CODES.EXCEL_FEL : CODES.OLASBART_TAL;
    issues.push(
      issue("fel", code, sheet.name, addr, `${name}: ${KEY_LABEL[key]} kan inte läsas (${parsed.reason}). Skriv ett tal, t.ex. 1 234.`),
    );
    return undefined;
  }
  let value = parsed.value;
  if (key === "andel") {
    // 25 (written as a percentage number without %) → 0,25.
    if (value > 1 && parsed.unitFactor === undefined) value = value / 100;
  } else if (parsed.unitFactor === undefined && !isScalingFormat(sheet.numberFormats?.[r]?.[c])) {
    value = value * factor;
  }
  if (!rimligtBelopp(value)) {
    issues.push(issue("fel", CODES.OLASBART_TAL, sheet.name, addr, `${name}: ${KEY_LABEL[key]} är orimligt stort. Skriv ett rimligt tal.`));
    return undefined;
  }
  if (value < 0) {
    issues.push(issue("fel", "NEGATIVT_BELOPP", sheet.name, addr, `${name}: ${KEY_LABEL[key]} är negativt. Skriv ett positivt tal.`));
    return undefined;
  }
  return value;
}

function checkSumRow(
  sheet: RawSheet,
  r: number,
  col: Record<string, number>,
  factor: Record<NumKey, number>,
  rows: Medlem[],
  issues: Issue[],
): void {
  for (const key of NUM_KEYS) {
    const c = col[key];
    if (c === undefined || key === "andel") continue;
    const parsed = parseSvNumber(sheet.values[r]?.[c]);
    if (parsed.kind !== "number") continue;
    const scale = parsed.unitFactor !== undefined || isScalingFormat(sheet.numberFormats?.[r]?.[c]) ? 1 : factor[key];
    const written = parsed.value * scale;
    const summed = rows.reduce((a, m) => a + (m[key] ?? 0), 0);
    if (Math.abs(written - summed) > 0.5 * scale) {
      issues.push(
        issue(
          "varning",
          CODES.SUMMA_STAMMER_INTE,
          sheet.name,
          cellAddress(sheet, r, c),
          `Summaraden (${KEY_LABEL[key]}) anger ${formatSv(written)} men raderna ovanför summerar till ${formatSv(summed)}. Kontrollera summan.`,
        ),
      );
    }
  }
}
