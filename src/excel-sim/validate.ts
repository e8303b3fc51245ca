/** Argument checks shared by the proxies (InvalidArgument at sync, like Excel). */
import { invalidArgument } from "./errors";

export function checkColor(v: unknown, location: string): string {
  if (typeof v === "string" && (/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v))) return v;
  throw invalidArgument(`'${String(v)}' is not a color (use #RRGGBB or a color name).`, location);
}

export function checkBool(v: unknown, location: string): boolean {
  if (typeof v !== "boolean") throw invalidArgument("Expected true or false.", location);
  return v;
}

export function checkNumber(v: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    throw invalidArgument(`Expected a number between ${min} and ${max}.`, location);
  return v;
}

export function checkOneOf<T extends string>(v: unknown, allowed: readonly T[], location: string): T {
  if (typeof v !== "string" || !allowed.includes(v as T))
    throw invalidArgument(`'${String(v)}' is not one of ${allowed.join(", ")}.`, location);
  return v as T;
}

export function checkString(v: unknown, location: string, maxLength = 32_767): string {
  if (typeof v !== "string" || v.length > maxLength) throw invalidArgument("Expected a string.", location);
  return v;
}
