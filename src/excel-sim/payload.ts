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
