import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { readSieBytes, type SieReadResult } from "../domain/ledger/sie-read";

/**
 * Reads a SIE 4 file from disk: the character set detected from the bytes (PC8 = code page 437, UTF-8, Windows-1252,
 * or PC8 with UTF-8 lines; a mismatch with #FORMAT is a finding, see ledger/sie-encoding.ts), decoded with iconv-lite;
 * then the pure reader. Returns null and writes a Swedish message when the file
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
  return readSieBytes(bytes, path.basename(file), (b, enc) => iconv.decode(Buffer.from(b), enc));
}
