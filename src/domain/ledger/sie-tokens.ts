/**
 * Field splitting of one SIE 4 record line (SIE-Gruppen, "SIE filformat ver 4B", §5 "Filformat"):
 * fields are separated by spaces or tabs; a field with spaces is quoted ("Bank och kassa"), and inside
 * quotes `\"` is a quote and `\\` a backslash; an objektlista is `{dim "id" dim "id"}` (also `{}`).
 * Returns the fields (an objektlista as a string array) or an error text in Swedish; never throws.
 */
export type SieField = string | string[];

/** `varning`: the line was read but something was repaired (a quote never closed: the rest of the line is its text). */
export type TokenResult = { ok: true; fields: SieField[]; varning?: string } | { ok: false; error: string };

const isSpace = (c: number): boolean => c === 32 || c === 9;

/** One quoted or plain token from position i; returns [value, next index] or null for an unclosed quote. */
function readToken(line: string, i: number): [string, number] | null {
  if (line.charCodeAt(i) === 34) {
    let out = "";
    let from = i + 1;
    for (;;) {
      const q = line.indexOf('"', from);
      if (q < 0) return null;
      const b = line.indexOf("\\", from);
      if (b >= 0 && b < q) {
        out += line.slice(from, b) + (b + 1 < line.length ? line[b + 1] : "");
        from = b + 2;
        continue;
      }
      return [out + line.slice(from, q), q + 1];
    }
  }
  let j = i;
  while (j < line.length && !isSpace(line.charCodeAt(j)) && line.charCodeAt(j) !== 125 && line.charCodeAt(j) !== 123) j++;
  return [line.slice(i, j), j];
}

/** Fields of `line` after its label (the label itself is the first field). */
export function tokenizeSieLine(line: string): TokenResult {
  const fields: SieField[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 123) {
      const list: string[] = [];
      i++;
      for (;;) {
        while (i < n && isSpace(line.charCodeAt(i))) i++;
        if (i >= n) return { ok: false, error: "objektlistan saknar avslutande }" };
        if (line.charCodeAt(i) === 125) {
          i++;
          break;
        }
        const t = readToken(line, i);
        if (!t) return { ok: false, error: "ett citattecken stängs aldrig" };
        if (t[1] === i) return { ok: false, error: "oväntat { i objektlistan" };
        list.push(t[0]);
        i = t[1];
      }
      fields.push(list);
      continue;
    }
    if (c === 125) return { ok: false, error: "oväntat }" };
    const t = readToken(line, i);
    if (!t) {
      // A text cut at a fixed width loses its closing quote (seen in real exports): the rest of the line is the text.
      fields.push(line.slice(i + 1).replace(/\\(.)/g, "$1"));
      return { ok: true, fields, varning: "ett citattecken som aldrig stängs" };
    }
    fields.push(t[0]);
    i = t[1];
  }
  return { ok: true, fields };
}
