/**
 * The central directory of a zip file (an .xlsx is one), read from the bytes WITHOUT inflating anything:
 * every entry's name, compression method, declared sizes and where its data starts. Pure (no Node APIs), so the
 * CLI and the browser demo can check a file before handing it to ExcelJS/JSZip, which inflate every part in
 * full and would otherwise run out of memory on a zip bomb.
 *
 * Layout (PKWARE APPNOTE 4.3): the End Of Central Directory record (signature 0x06054b50) is in the last
 * 22 + 65 535 bytes; it gives the number of entries and the directory's offset; each directory entry
 * (0x02014b50) holds method (offset 10), compressed size (20), uncompressed size (24), name length (28),
 * extra length (30), comment length (32), local header offset (42) and the name (46).
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** What the directory SAYS the part inflates to (a bomb may lie; the CLI also counts while inflating). */
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** General purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "ingen-katalog" | "trasig-katalog" };

const EOCD = 0x06054b50;
const CEN = 0x02014b50;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

/** Latin-1/UTF-8 name bytes → string (zip names of an .xlsx are ASCII). */
function nameOf(b: Uint8Array, o: number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[o + i]);
  return s;
}

/** The entries of a zip file's central directory, or why it cannot be read. O(entries). */
export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const min = Math.max(0, b.length - 22 - 65_535);
  let eocd = -1;
  for (let o = b.length - 22; o >= min; o--) {
    if (b[o] === 0x50 && u32(b, o) === EOCD) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "ingen-katalog" };
  const count = u16(b, eocd + 10);
  let o = u32(b, eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (o + 46 > b.length || u32(b, o) !== CEN) return { ok: false, reason: "trasig-katalog" };
    const nameLen = u16(b, o + 28);
    if (o + 46 + nameLen > b.length) return { ok: false, reason: "trasig-katalog" };
    entries.push({
      name: nameOf(b, o + 46, nameLen),
      method: u16(b, o + 10),
      compressedSize: u32(b, o + 20),
      uncompressedSize: u32(b, o + 24),
      localOffset: u32(b, o + 42),
      encrypted: (u16(b, o + 8) & 1) === 1,
    });
    o += 46 + nameLen + u16(b, o + 30) + u16(b, o + 32);
  }
  return { ok: true, entries };
}

/** Offset of an entry's data: after its local header (0x04034b50, name length at 26, extra length at 28). */
export function entryDataOffset(b: Uint8Array, e: ZipEntry): number | null {
  const o = e.localOffset;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) return null;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  return start + e.compressedSize <= b.length ? start : null;
}
