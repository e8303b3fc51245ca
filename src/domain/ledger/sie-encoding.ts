import { issue, type Issue } from "../issues/issue";
import { LEDGER_CODES as L } from "./codes";

/**
 * Character set of SIE bytes (SIE 4B §"Teckenrepresentation": `#FORMAT PC8`, IBM PC code page 437, is the standard's
 * only format and its default). Real exports break it: web systems write UTF-8 (with or without a BOM) and still say
 * PC8, a file saved through a Windows editor becomes Windows-1252 (ANSI), a name pasted into a PC8 file arrives as
 * UTF-8, a letter is lost before the export (U+FFFD), or a UTF-8 file was once read as Latin-1 and saved again
 * ("FÃ¶retag"). The bytes decide, not the claim:
 *   - a BOM, or only valid UTF-8 multi-byte sequences → UTF-8;
 *   - no UTF-8 sequences → code page 437 unless the Swedish letters sit where Windows-1252 has them
 *     (å ä ö Å Ä Ö é = E5 E4 F6 C5 C4 D6 E9) more often than where code page 437 has them (86 84 94 8F 8E 99 82);
 *   - both → each line by what it holds.
 * Every departure from the claim, every lost letter and every double-encoded name is a varning with its line:
 * å/ä/ö are decoded right or reported, never silently garbled. Decoding of 437/1252 is the host's (iconv-lite).
 */

export type SieKodning = "cp437" | "windows-1252" | "utf-8" | "utf-16le" | "utf-16be";
export type SieDecode = (bytes: Uint8Array, encoding: "cp437" | "windows-1252") => string;

const CP437_SV = new Set([0x81, 0x82, 0x84, 0x86, 0x8e, 0x8f, 0x90, 0x94, 0x99, 0x9a]);
const WIN1252_SV = new Set([0xc4, 0xc5, 0xc9, 0xd6, 0xdc, 0xe4, 0xe5, 0xe9, 0xf6, 0xfc]);

interface ByteScan {
  /** Valid UTF-8 multi-byte sequences. */
  utf8: number;
  /** High bytes that are not part of a valid UTF-8 sequence. */
  other: number;
  cp437: number;
  win1252: number;
}

/** Length of the valid UTF-8 sequence at i (2–4), or 0. */
function utf8Seq(b: Uint8Array, i: number): number {
  const c = b[i];
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

function scan(b: Uint8Array, from: number, to: number): ByteScan {
  const s: ByteScan = { utf8: 0, other: 0, cp437: 0, win1252: 0 };
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    const n = utf8Seq(b, i);
    if (n > 0) {
      s.utf8++;
      i += n - 1;
      continue;
    }
    s.other++;
    if (CP437_SV.has(c)) s.cp437++;
    if (WIN1252_SV.has(c)) s.win1252++;
  }
  return s;
}

const hasBom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** The #FORMAT a text claims (upper case), or undefined (the standard's default PC8 then applies). */
function claimedIn(head: string): string | undefined {
  const m = /#FORMAT[ \t]+"?([^\s"]+)/i.exec(head);
  return m ? m[1].toUpperCase() : undefined;
}

/** The #FORMAT the bytes claim, read from their ASCII. */
const claimedFormat = (b: Uint8Array): string | undefined =>
  claimedIn(Array.from(b.subarray(0, 4096), (c) => (c < 128 ? String.fromCharCode(c) : "?")).join(""));

const claimsUtf8 = (f: string | undefined): boolean => f !== undefined && /^UTF-?8$/.test(f);

/** The character set the bytes are in ("mixed": PC8 with some UTF-8 lines). */
export function detectSieKodning(bytes: Uint8Array): SieKodning | "mixed" {
  if (hasBom(bytes)) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const s = scan(bytes, 0, bytes.length);
  if (s.utf8 > 0 && s.other === 0) return "utf-8";
  if (s.utf8 > 0) return claimsUtf8(claimedFormat(bytes)) ? "utf-8" : "mixed";
  if (s.other === 0) return claimsUtf8(claimedFormat(bytes)) ? "utf-8" : "cp437";
  return s.win1252 > s.cp437 ? "windows-1252" : "cp437";
}

/** Character set of SIE bytes for a host that decodes in one go with iconv-lite (a mixed file as code page 437). */
export function sieEncoding(bytes: Uint8Array): SieKodning {
  const k = detectSieKodning(bytes);
  return k === "mixed" ? "cp437" : k;
}

export interface SieText {
  text: string;
  kodning: SieKodning | "mixed";
  issues: Issue[];
}

/** Made on first use: the task pane's test DOM (jsdom) has no TextDecoder when this module loads. */
let utf8: TextDecoder | undefined;
const utf8Decoder = { decode: (b: Uint8Array): string => (utf8 ??= new TextDecoder("utf-8")).decode(b) };
const NAMN: Record<SieKodning, string> = {
  cp437: "PC8 (kodsida 437)",
  "windows-1252": "Windows-1252 (ANSI)",
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (Unicode)",
  "utf-16be": "UTF-16 (Unicode)",
};

/** Line numbers (1-based) of ascending character indexes, counted in one pass. */
function linesAt(text: string, indexes: number[]): number[] {
  const out: number[] = [];
  let pos = 0;
  let line = 1;
  for (const i of indexes) {
    for (let p = text.indexOf("\n", pos); p >= 0 && p < i; p = text.indexOf("\n", p + 1)) {
      line++;
      pos = p + 1;
    }
    out.push(line);
  }
  return out;
}

/** The first `max` match indexes of a global regex. */
function matchIndexes(text: string, re: RegExp, max = 1000): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) {
    out.push(m.index ?? 0);
    if (out.length >= max) break;
  }
  return out;
}

/** Double-encoded å ä ö Å Ä Ö é: UTF-8 read as Latin-1/Windows-1252 ("Ã¶") or as code page 437 ("├╢"). */
const MOJIBAKE = /Ã[¥¤¶…„–©¼]|├[Ññ╢àäû⌐]/g;

/** Decodes SIE bytes (see the file comment); findings name the file and line. */
export function decodeSieBytes(bytes: Uint8Array, kalla: string, decode: SieDecode): SieText {
  const kodning = detectSieKodning(bytes);
  const perLine = new Map<number, string[]>();
  const note = (rad: number, text: string): void => {
    const list = perLine.get(rad) ?? [];
    if (!list.includes(text)) list.push(text);
    perLine.set(rad, list);
  };
  let text: string;
  if (kodning === "utf-8") text = utf8Decoder.decode(bytes);
  else if (kodning === "utf-16le" || kodning === "utf-16be") text = new TextDecoder(kodning).decode(bytes);
  else if (kodning !== "mixed") text = decode(bytes, kodning);
  else {
    const parts: string[] = [];
    let start = 0;
    let rad = 0;
    while (start <= bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      rad++;
      const line = bytes.subarray(start, end);
      const s = scan(line, 0, line.length);
      if (s.utf8 > 0 && s.other === 0) {
        parts.push(utf8Decoder.decode(line));
        note(rad, "raden är skriven i UTF-8 medan resten av filen är PC8; den är läst som UTF-8");
      } else parts.push(decode(line, "cp437"));
      start = end + 1;
    }
    text = parts.join("\n");
  }
  const claim = claimedIn(text.slice(0, 4096));
  const claimed: SieKodning = claimsUtf8(claim) ? "utf-8" : "cp437";
  const issues: Issue[] = [];
  const formatAt = /^[ \t]*#FORMAT/im.exec(text);
  const formatRad = formatAt ? linesAt(text, [formatAt.index])[0] : 1;
  if (kodning !== "mixed" && kodning !== claimed) {
    const sagt = claim === undefined ? "saknar #FORMAT (standarden säger då PC8)" : `anger #FORMAT ${claim}`;
    issues.push(
      issue(
        "varning",
        L.SIE_TECKENKODNING,
        kalla,
        `rad ${formatRad}`,
        `Filen ${sagt}, men tecknen är ${NAMN[kodning]}; den är läst som ${NAMN[kodning]} så att å, ä och ö blir rätt. Kontrollera namnen på konton och objekt, och be gärna leverantören rätta exporten.`,
      ),
    );
  }
  if (text.includes("\uFFFD"))
    for (const rad of linesAt(text, matchIndexes(text, /\uFFFD/g)))
      note(rad, "tecken gick förlorade redan när filen skapades (visas som �); rätta namnet i ekonomisystemet");
  if (/[Ã├]/.test(text)) {
    const idx = matchIndexes(text, MOJIBAKE);
    linesAt(text, idx).forEach((rad, k) =>
      note(
        rad,
        `namnet ser ut att vara felkodat två gånger ("${text.slice(idx[k], idx[k] + 2)}" där det borde stå å, ä, ö eller é); rätta det i ekonomisystemet`,
      ),
    );
  }
  const rader = [...perLine.keys()].sort((a, b) => a - b);
  for (const rad of rader.slice(0, 20)) {
    issues.push(issue("varning", L.SIE_TECKENKODNING, kalla, `rad ${rad}`, `Teckenkodning: ${perLine.get(rad)!.join("; ")}.`));
  }
  if (rader.length > 20)
    issues.push(
      issue(
        "varning",
        L.SIE_TECKENKODNING,
        kalla,
        `rad ${rader[20]}`,
        `Teckenkodning: ${rader.length - 20} rader till har samma slags fel (rad ${rader.slice(20, 30).join(", ")}${rader.length > 30 ? " …" : ""}).`,
      ),
    );
  return { text, kodning, issues };
}
