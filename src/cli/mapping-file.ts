import { promises as fs } from "node:fs";
import type { WorkbookMapping } from "../domain/model/mapping";
import { parseMapping } from "../domain/model/mapping-schema";

/** `finsam rapport --mappning <fil>`: the mapping file written by `finsam mappning` (run-mappning.ts), after the user's edits. */

/** Reads an edited mapping file; a Swedish error naming the file when it cannot be read or does not fit the schema. */
export async function loadMappingFile(file: string): Promise<{ ok: true; mapping: WorkbookMapping } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      ok: false,
      error: code === "ENOENT" ? `hittar inte mappningsfilen ${file}.` : `kan inte läsa mappningsfilen ${file}: ${String(e)}`,
    };
  }
  const parsed = parseMapping(text.replace(/^\uFEFF/, ""));
  if (parsed.kind === "error")
    return {
      ok: false,
      error: `mappningsfilen ${file}: ${parsed.reason.replace("Den sparade mappningen", "Mappningen")} Skriv en ny med finsam mappning.`,
    };
  return { ok: true, mapping: parsed.mapping };
}
