/** Request/response size accounting: UTF-8 bytes of the JSON Office.js would send. */

/** UTF-8 byte length of `s` without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON size of a string literal: UTF-8 bytes, quotes, and escapes of `"`, `\\` and control characters. */
function stringBytes(s: string): number {
  let n = utf8Length(s) + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 1;
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 1 : 5;
  }
  return n;
}

/** JSON size of a finite number (`String(n)` is what JSON.stringify writes); NaN/±Infinity are `null`. */
const numberBytes = (n: number): number => (Number.isFinite(n) ? (Number.isInteger(n) && n >= 0 && n < 10 ? 1 : String(n).length) : 4);

/**
 * JSON size in bytes, like `jsonBytes`, without serializing: arrays (cell grids) and primitives are
 * measured directly; other objects go through `jsonBytes`. For freshly read values (no proxies).
 */
export function plainBytes(value: unknown): number {
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return numberBytes(value);
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      n += typeof v === "string" ? stringBytes(v) : typeof v === "number" ? numberBytes(v) : plainBytes(v);
    }
    return n;
  }
  return jsonBytes(value);
}

/** JSON size in bytes; proxies and functions count as a small object reference. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value ?? null, (_k, v: unknown) =>
    typeof v === "function" || (typeof v === "object" && v !== null && "_type" in v) ? "#ref" : v,
  );
  return utf8Length(s ?? "null");
}

/** Per-action overhead (action type, object path ids, property name) of a queued operation. */
export const OPERATION_OVERHEAD_BYTES = 64;
/** Fixed overhead of one request (headers, envelope). */
export const REQUEST_OVERHEAD_BYTES = 256;

/** Excel on the web rejects requests and responses above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Deep copy of plain data so callers cannot change queued or loaded values afterwards. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clonePlain(v)) as T;
  if (value && typeof value === "object" && !("_type" in value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
    return out as T;
  }
  return value;
}
