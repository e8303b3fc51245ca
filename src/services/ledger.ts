import type { Issue } from "../domain/issues";
import { readSieBytes, sieEncoding } from "../domain/ledger/sie-read";
import type { Ledger } from "../domain/ledger/types";
import { countIssues } from "./issues";

/**
 * The bokföring (SIE 4 file) the user picked in the pane (domain.md §3.7). The bytes come from the browser's
 * FileReader — nothing leaves the machine — and are decoded here: `#FORMAT PC8` as code page 437 with iconv-lite
 * (loaded on first use, so the pane's first paint does not carry it), `#FORMAT UTF8` as UTF-8. The ledger is kept
 * for the session and passed to every pipeline run (bokslut sheets, utfall per insats); never written anywhere.
 */

export type BokforingSvar =
  | {
      ok: true;
      fil: string;
      foretag?: string;
      /** Räkenskapsår "ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD". */
      rakenskapsar?: string;
      /** #OMFATTN: the balances are up to this date. */
      omfattn?: string;
      konton: number;
      verifikationer: number;
      transaktioner: number;
      antal: ReturnType<typeof countIssues>;
      issues: Issue[];
    }
  | { ok: false; message: string };

export interface BokforingService {
  /** Decodes and reads a SIE file; replaces the one read before. Never throws. */
  readSieFile(bytes: Uint8Array, namn: string): Promise<BokforingSvar>;
  /** The summary of the file in use, or null. */
  current(): BokforingSvar | null;
  /** Forgets the file (the next run uses the workbook alone). */
  clear(): void;
  /** The ledger for the pipeline, when a readable file is in use. */
  ledger(): { ledger: Ledger; issues: Issue[] } | undefined;
}

/** The part of iconv-lite the decoder uses. */
export interface Cp437Decoder {
  decode(bytes: never, encoding: string): string;
}

/** iconv-lite, loaded on first use (its own chunk in the pane's bundle). */
export const loadIconv = async (): Promise<Cp437Decoder> =>
  (await import(/* webpackChunkName: "iconv" */ "iconv-lite")) as unknown as Cp437Decoder;

/** Decodes SIE bytes in one go: iconv-lite for code page 437 and Windows-1252 (a maintained decoder, not a hand table). */
export async function decodeSie(bytes: Uint8Array, load: () => Promise<Cp437Decoder> = loadIconv): Promise<string> {
  const enc = sieEncoding(bytes);
  if (enc === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  const iconv = await load();
  return iconv.decode(bytes as never, enc);
}

export function createBokforingService(deps: { loadIconv?: () => Promise<Cp437Decoder> } = {}): BokforingService {
  let inUse: { svar: BokforingSvar; ledger?: { ledger: Ledger; issues: Issue[] } } | null = null;
  return {
    async readSieFile(bytes, namn) {
      try {
        const iconv = await (deps.loadIconv ?? loadIconv)();
        // The character set is detected from the bytes (a wrong #FORMAT, mixed lines, lost letters are findings).
        const r = readSieBytes(bytes, namn, (b, enc) => iconv.decode(b as never, enc));
        const rar = r.ledger.rar.get(0);
        const transaktioner = r.ledger.ver.reduce((s, v) => s + v.trans.length, 0);
        const usable = !r.issues.some((i) => i.code === "SIE_INTE_SIE");
        const svar: BokforingSvar = {
          ok: true,
          fil: namn,
          ...(r.ledger.foretag ? { foretag: r.ledger.foretag } : {}),
          ...(rar ? { rakenskapsar: `${rar.fran} – ${rar.till}` } : {}),
          ...(r.ledger.omfattn ? { omfattn: r.ledger.omfattn } : {}),
          konton: r.ledger.konton.size,
          verifikationer: r.ledger.ver.length,
          transaktioner,
          antal: countIssues(r.issues),
          issues: r.issues,
        };
        inUse = { svar, ...(usable ? { ledger: { ledger: r.ledger, issues: r.issues } } : {}) };
        return svar;
      } catch (e) {
        return { ok: false, message: `Kunde inte läsa ${namn}: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    current: () => inUse?.svar ?? null,
    clear() {
      inUse = null;
    },
    ledger: () => inUse?.ledger,
  };
}
