/** Turns anything thrown by a host into a Swedish sentence (Office.js errors carry code + message). */
export function describeError(e: unknown): string {
  if (e && typeof e === "object") {
    const { code, message } = e as { code?: unknown; message?: unknown };
    const text = typeof message === "string" && message ? message : String(e);
    return typeof code === "string" && code && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(e);
}
