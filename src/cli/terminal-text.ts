import { maskPersonnummer } from "../domain/text/personnummer";

/**
 * Text the CLI prints, made safe for a terminal: cell text is the user's (or an attacker's) and reaches
 * messages verbatim, so before anything is written to stdout/stderr
 * - escape sequences are removed whole: CSI (ESC [ … final byte, e.g. clear screen "ESC[2J"), OSC (ESC ] … BEL or
 *   ESC \, e.g. the OSC 52 clipboard write), other two-byte ESC sequences and their 8-bit C1 forms;
 * - every other control character (C0 except newline, DEL, C1) is removed, a tab becomes a space;
 * - bidirectional overrides and isolates (U+202A–202E, U+2066–2069) and the invisible marks U+200E/U+200F, U+061C
 *   are removed, so a file name or insats cannot be displayed reversed ("Trojan Source");
 * - every personnummer-like part is masked (personnummer.ts), sheet names and file names included.
 */

const ESCAPE_SEQUENCES =
  // OSC / DCS / SOS / PM / APC … terminated by BEL or ST (ESC \ or 0x9C), or left open to the end of the text.
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b[ -/]*[0-~]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with escape sequences, controls and bidi overrides removed and personnummer masked; newlines kept. */
export function terminalText(text: string): string {
  const stripped = text.replace(ESCAPE_SEQUENCES, "").replace(/\t/g, " ").replace(/\r\n?/g, "\n").replace(CONTROLS, "");
  return stripped.split("\n").map(maskPersonnummer).join("\n");
}

/**
 * A value for the JSON the CLI writes: every string (and every object key) personnummer-masked, so neither a
 * message, nor a sheet name in issues[].sheet, nor an insats name carries one out.
 */
export function maskedForJson(v: unknown): unknown {
  if (typeof v === "string") return maskPersonnummer(v);
  if (Array.isArray(v)) return v.map(maskedForJson);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [maskPersonnummer(k), maskedForJson(x)]));
  }
  return v;
}
