import { z } from "zod";
import { MAPPING_VERSION, type WorkbookMapping } from "./mapping";
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

const columnSchema = z.object({
  column: z.string().regex(/^[A-Z]{1,3}$/),
  header: z.string(),
  role: z.string().min(1),
  measure: z.enum(["utfall", "budget", "prognos", "avvikelse", "kvot", "ovrigt"]).optional(),
  period: periodSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  factor: z.union([z.literal(1), z.literal(1000), z.literal(1_000_000)]).optional(),
  unitSource: z.enum(["rubrik", "titel", "gissad", "anvandare", "standard"]).optional(),
  confidence: z.number().min(0).max(1),
});

const sheetSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  sheet: z.string().min(1),
  kind: z.enum(SHEET_KINDS),
  confidence: z.number().min(0).max(1),
  use: z.boolean(),
  headerRow: z.number().int().min(0),
  headerRows: z.number().int().min(1).max(2),
  extraHeaderRow: z.number().int().min(1).optional(),
  layout: z.enum(["lang", "bred"]),
  columns: z.array(columnSchema),
  fingerprint: z.object({ cells: z.array(z.object({ cell: z.string().regex(/^[A-Z]{1,3}\d+$/), text: z.string() })) }),
  corrected: z.boolean().optional(),
  notes: z.array(z.string()).optional(),
});

export const workbookMappingSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  sheets: z.array(sheetSchema),
  alias: z.array(z.object({ namn: z.string().min(1), insats: z.string().min(1) })),
});

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
