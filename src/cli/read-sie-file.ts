import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { readSie, sieEncoding, type SieReadResult } from "../domain/ledger/sie-read";

/**
 * Reads a SIE 4 file from disk: `#FORMAT PC8` (and a file without #FORMAT) decoded as code page 437 with iconv-lite,
 * `#FORMAT UTF8` or a BOM as UTF-8; then the pure reader. Returns null and writes a Swedish message when the file
 * cannot be read at all.
 */
export async function readSieFile(file: string, stderr: (t: string) => void): Promise<SieReadResult | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    stderr(code === "ENOENT" ? `finsam: hittar inte SIE-filen ${file}.\n` : `finsam: kan inte läsa ${file}: ${String(e)}\n`);
    return null;
  }
  const text = iconv.decode(Buffer.from(bytes), sieEncoding(bytes));
  return readSie(text, path.basename(file));
}
