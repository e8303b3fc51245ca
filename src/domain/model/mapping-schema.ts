import { z } from "zod";
import { MAPPING_VERSION } from "./mapping-version";
import { schemaIssueText } from "./zod-text";
import { SHEET_KINDS } from "./sheet-kinds";

/**
 * The saved form of a WorkbookMapping: JSON in the workbook's document settings under MAPPING_SETTING_KEY.
 * parseMapping never throws: anything unreadable, of another version or not a mapping gives a reason, and the
 * caller detects the workbook afresh.
 */

export const MAPPING_SETTING_KEY = "finsam.mapping";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const periodSchema = z.object({ from: isoDate, to: isoDate, label: z.string() });

/** An amount column's content: utfall, budget (year or period), prognos, avvikelse, förbrukningskvot, or other figures. */
const measureSchema = z.enum(["utfall", "budget", "prognos", "avvikelse", "kvot", "ovrigt"]);
/** Where a column's unit factor came from. */
const unitSourceSchema = z.enum(["rubrik", "titel", "gissad", "anvandare", "standard"]);

const columnSchema = z.object({
  /** Column letter ("C"). */
  column: z.string().regex(/^[A-Z]{1,3}$/),
  /** Header text as written; two header rows joined with " / " ("Q3 - Q4 2021 / Utfall TSEK"). */
  header: z.string(),
  /** Field of the kind ("post", "agare", "period", "insats", "kon" …), "belopp" for an amount column (see measure), or "ignorera". */
  role: z.string().min(1),
  /** For role "belopp". */
  measure: measureSchema.optional(),
  /** Interval the amounts cover (utfall; a budget for part of a year). */
  period: periodSchema.optional(),
  /** Year of a whole-year budget or prognos column ("Budget 2024", "Prel 2025"). */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Factor to kronor: 1 (kr), 1000 (tkr/TSEK), 1 000 000 (mkr). Saved as one of the three; typed as a number in code. */
  factor: z.union([z.literal(1), z.literal(1000), z.literal(1_000_000)]).optional(),
  unitSource: unitSourceSchema.optional(),
  /** 0–1: 1 = exact synonym, lower for prefix, content-based or guessed columns. */
  confidence: z.number().min(0).max(1),
});

/** Header cells of a sheet when its mapping was made: a changed layout is noticed (LAYOUT_ANDRAD), never misread. */
const fingerprintSchema = z.object({ cells: z.array(z.object({ cell: z.string().regex(/^[A-Z]{1,3}\d+$/), text: z.string() })) });

/**
 * A row the user marked in the mapping (issue 14, "this row is a sum / not data"): "summa" = a sum row (checked
 * against the rows it sums, never read as data), "ignorera" = neither data nor sum ("Beslutsutrymme ej
 * fördelat", a note row). `row` is the Excel row number.
 */
const rowMarkSchema = z.object({ row: z.number().int().min(1), as: z.enum(["summa", "ignorera"]) });
export type RowMark = z.infer<typeof rowMarkSchema>;

const sheetSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  sheet: z.string().min(1),
  kind: z.enum(SHEET_KINDS),
  /** 0–1. */
  confidence: z.number().min(0).max(1),
  /** False for a second sheet of a base kind (only one Insatser, Budget and Utfall sheet is read unless the user says so). */
  use: z.boolean(),
  /** Excel row number of the (last) header row; 0 when the sheet has no header row (Inställningar, Alias). */
  headerRow: z.number().int().min(0),
  /** 1 or 2: a period row above (or below) the field row. */
  headerRows: z.number().int().min(1).max(2),
  /** Excel row number of a second header row ("Q3 - Q4 2021" above "Utfall TSEK"; "2024-06-30" below "Budget"). */
  extraHeaderRow: z.number().int().min(1).optional(),
  /** "lang": one row per post and period/year; "bred": one column per period or year. */
  layout: z.enum(["lang", "bred"]),
  columns: z.array(columnSchema),
  fingerprint: fingerprintSchema,
  /** True when the user changed the detected mapping. */
  corrected: z.boolean().optional(),
  /** Rows the user marked as sum rows or as not data (absent in mappings saved before issue 14's row marks). */
  rows: z.array(rowMarkSchema).optional(),
  /** Short Swedish notes on what was detected ("Enheten gissad: tkr", "Radpar namn/ägare"). */
  notes: z.array(z.string()).optional(),
});

/** An alternative spelling of an insats: utfall, rekvisitioner and deltagare on `namn` count for `insats`. */
const aliasSchema = z.object({ namn: z.string().min(1), insats: z.string().min(1) });

export const workbookMappingSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  sheets: z.array(sheetSchema),
  alias: z.array(aliasSchema),
});

/*
 * THE mapping types: inferred from the schema, so the saved form and the code cannot drift apart. `factor` is
 * widened to number in code (computed factors are checked against the three values where they are set);
 * model/mapping.ts re-exports these names.
 */
export type Measure = z.infer<typeof measureSchema>;
export type UnitSource = z.infer<typeof unitSourceSchema>;
export type ColumnMapping = Omit<z.infer<typeof columnSchema>, "factor"> & { factor?: number };
export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type SheetMapping = Omit<z.infer<typeof sheetSchema>, "columns"> & { columns: ColumnMapping[] };
export type Alias = z.infer<typeof aliasSchema>;
export type WorkbookMapping = Omit<z.infer<typeof workbookMappingSchema>, "sheets"> & { sheets: SheetMapping[] };

/** The mapping as the JSON text to store. */
export function serializeMapping(mapping: WorkbookMapping): string {
  return JSON.stringify(mapping);
}

export type MappingParse = { kind: "ok"; mapping: WorkbookMapping } | { kind: "error"; reason: string };

/** Reads a stored mapping (JSON text or an already parsed value); see the file comment. */
export function parseMapping(stored: unknown): MappingParse {
  let data = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return { kind: "error", reason: "Den sparade mappningen är inte giltig JSON." };
    }
  }
  if (data && typeof data === "object" && "version" in data && (data as { version: unknown }).version !== MAPPING_VERSION) {
    return {
      kind: "error",
      reason: `Den sparade mappningen har version ${String((data as { version: unknown }).version)}; den här versionen av Finsam läser version ${MAPPING_VERSION}.`,
    };
  }
  const r = workbookMappingSchema.safeParse(data);
  if (!r.success) {
    return { kind: "error", reason: `Den sparade mappningen kan inte läsas (${schemaIssueText(r.error.issues[0])}).` };
  }
  return { kind: "ok", mapping: r.data as WorkbookMapping };
}
