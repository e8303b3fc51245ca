/**
 * Reads the workbook's periods for the pane's default period (default-period.ts): the sheets once, the saved
 * mapping (else detection), parseBase → Räkenskapsår, utfall periods and budget years. Writes nothing and never
 * throws: a host failure is `{ ok: false, message }` in Swedish, and the pane keeps its own default.
 */
import { applyMapping, detectWorkbook, parseMapping } from "../domain/detect";
import { applySizeLimits } from "../domain/issues/limits";
import type { RawSheet } from "../domain/model";
import { parseBase } from "../domain/parse/base/parse-base";
import { perioderAv, type ArbetsbokPerioder } from "./default-period";
import { describeError } from "./errors";
import type { MappingStore } from "./mapping";
import type { Failure } from "./types";

export type PerioderSvar = ({ ok: true } & ArbetsbokPerioder) | Failure;

export async function readPerioder(host: { readSheets(): Promise<RawSheet[]> }, store: MappingStore | null): Promise<PerioderSvar> {
  let read: RawSheet[];
  try {
    read = await host.readSheets();
  } catch (e) {
    return { ok: false, message: `Kunde inte läsa arbetsboken: ${describeError(e)}` };
  }
  let saved: ReturnType<typeof parseMapping> | undefined;
  try {
    const text = store ? await store.load() : null;
    saved = text ? parseMapping(text) : undefined;
  } catch {
    saved = undefined;
  }
  try {
    const { sheets } = applySizeLimits(read);
    const applied = applyMapping(sheets, saved?.kind === "ok" ? saved.mapping : detectWorkbook(sheets));
    return { ok: true, ...perioderAv(parseBase(sheets, applied.mapping).base) };
  } catch (e) {
    return { ok: false, message: `Kunde inte läsa arbetsbokens perioder: ${describeError(e)}` };
  }
}
