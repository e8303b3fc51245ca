import type { Issue } from "../issues/issue";
import { LEDGER_CODES as L } from "./codes";
import { str } from "./sie-fields";
import { tokenizeSieLine, type SieField } from "./sie-tokens";
import { isBlank, METADATA, PERIOD_RE } from "./sie-values";
export { formatOre, parseSieAmount, parseSieDate } from "./sie-values";
import { SieVerReader } from "./sie-verifikation";
import { notSieReason, sieTypProblem } from "./sie-kind";
import { decodeSieBytes, type SieDecode } from "./sie-encoding";
export { decodeSieBytes, detectSieKodning, sieEncoding, type SieDecode, type SieKodning } from "./sie-encoding";
import { insatsObjekt, objektKey, type Ledger, type LedgerSaldo } from "./types";

/** A name field and every plain field after it: `#KONTO 1930 Bank och kassa` (unquoted, with spaces) is one name. */
const rest = (f: SieField[], i: number): string | undefined =>
  f.length > i + 1 && f.slice(i).every((x) => typeof x === "string") ? f.slice(i).join(" ") : str(f[i]);

/**
 * SIE 4 reader (SIE-Gruppen, "SIE filformat ver 4B"): text → Ledger + findings. Reads #FLAGGA, #PROGRAM,
 * #FORMAT, #GEN, #SIETYP, #FNAMN, #ORGNR, #RAR (år 0 and −1 …), #OMFATTN, #KONTO, #KTYP, #DIM, #UNDERDIM,
 * #OBJEKT, #IB, #UB, #RES, #OIB, #OUB, #PSALDO, #PBUDGET and #VER { #TRANS #RTRANS #BTRANS }.
 * An #RTRANS (a row added afterwards) is by the standard followed by an identical #TRANS for older readers;
 * that twin is counted once. #BTRANS rows (removed afterwards) are kept on the verifikation, never summed.
 *
 * Bad input never throws: not SIE, a wrong #SIETYP, a record that cannot be split, an amount or date that does
 * not parse, a duplicate #KONTO, an unbalanced verifikation each give a finding with the line number
 * (sheet = the file name, cell = "rad N"); the record (or verifikation row) is skipped, never read as 0.
 * Records the reader does not use are listed as info (SIE_OKAND_POST), one finding per label.
 *
 * Decoding is the host's job (a `#FORMAT PC8` file is code page 437: see `sieEncoding`); this takes text.
 */

export interface SieReadResult {
  ledger: Ledger;
  issues: Issue[];
  /** Records read into the ledger (lines other than blank, `{`, `}` and metadata the product has no use for). */
  poster: number;
}

/** The SIE reader: one line at a time, one record per label (fields in sie-fields.ts, verifikationer in sie-verifikation.ts). */
class Reader extends SieVerReader {
  private readonly okanda = new Map<string, { rad: number; antal: number }>();
  /** Line of #OMFATTN (checked against #RAR 0 when the file is read). */
  omfattnRad: number | undefined;
  /** Line of #SIETYP (the cell of findings about the file's type). */
  sietypRad: number | undefined;

  line(text: string, rad: number): void {
    const first = text.charCodeAt(0);
    const trimmed = first === 35 && !isBlank(text.charCodeAt(text.length - 1)) ? text : text.trim();
    if (trimmed === "") return;
    if (trimmed === "{") {
      if (this.verWaitingForBrace) {
        this.verWaitingForBrace = false;
        this.verOpen = true;
      } else this.fel(L.SIE_OLASBAR_POST, rad, "Ett { utan #VER före; raden hoppas över.");
      return;
    }
    if (trimmed === "}") {
      if (this.verOpen) this.closeVer(rad);
      else this.fel(L.SIE_OLASBAR_POST, rad, "Ett } utan öppen verifikation; raden hoppas över.");
      return;
    }
    if (this.verWaitingForBrace) {
      this.fel(L.SIE_OLASBAR_POST, rad, `Verifikationen på rad ${this.ver?.rad ?? rad} följs inte av {; den är inte inläst.`);
      this.verWaitingForBrace = false;
      this.ver = undefined;
    }
    if (!trimmed.startsWith("#")) {
      this.fel(L.SIE_OLASBAR_POST, rad, `Raden börjar inte med en #-etikett ("${trimmed.slice(0, 30)}"); den hoppas över.`);
      return;
    }
    const tok = tokenizeSieLine(trimmed);
    if (!tok.ok) {
      this.fel(L.SIE_OLASBAR_POST, rad, `Posten kan inte delas upp i fält: ${tok.error}; den är inte inläst.`);
      return;
    }
    if (tok.varning) this.fel(L.SIE_OLASBAR_POST, rad, `Posten har ${tok.varning}; resten av raden är läst som text.`, "varning");
    let fields = tok.fields;
    const raw = String(fields[0]);
    const label = raw === "#TRANS" ? raw : raw.toUpperCase();
    if (this.verOpen && label !== "#TRANS" && label !== "#RTRANS" && label !== "#BTRANS") {
      this.fel(L.SIE_OLASBAR_POST, rad, `Verifikationen på rad ${this.ver?.rad ?? rad} stängs aldrig med }; den är inte inläst.`);
      this.verOpen = false;
      this.ver = undefined;
    }
    // "#VER A 1 20240105 "text" {" on one line: the brace opens the verifikation.
    let braceOnLine = false;
    if (label === "#VER" && trimmed.charCodeAt(trimmed.length - 1) === 123) {
      const again = tokenizeSieLine(trimmed.slice(0, -1));
      if (again.ok) {
        fields = again.fields;
        braceOnLine = true;
      }
    }
    this.record(label, fields, rad, braceOnLine);
  }

  record(label: string, f: SieField[], rad: number, braceOnLine: boolean): void {
    const lg = this.ledger;
    if (METADATA.has(label)) return;
    switch (label) {
      case "#FORMAT":
        lg.format = str(f[1]);
        this.poster++;
        return;
      case "#SIETYP":
        lg.sietyp = str(f[1])?.toUpperCase();
        this.sietypRad = rad;
        this.poster++;
        if (!/^[1-4][EI]?$/.test(lg.sietyp ?? ""))
          this.fel(
            L.SIE_FEL_TYP,
            rad,
            `#SIETYP "${lg.sietyp ?? ""}" finns inte i standarden (1, 2, 3 eller 4); bokslutet behöver SIE typ 4 (med verifikationer). Exportera "SIE 4" ur ekonomisystemet.`,
          );
        return;
      case "#VALUTA": {
        const v = str(f[1])?.toUpperCase();
        if (v && v !== "SEK")
          this.fel(
            L.SIE_VALUTA,
            rad,
            `Filen anger valutan ${v}: beloppen är inte kronor. Bokslutet visar dem som de står; exportera i SEK för ett bokslut i kronor.`,
            "varning",
          );
        return;
      }
      case "#FNAMN":
        lg.foretag = rest(f, 1);
        this.poster++;
        return;
      case "#ORGNR":
        lg.orgnr = str(f[1]);
        this.poster++;
        return;
      case "#RAR": {
        if (!str(f[2]) && !str(f[3])) {
          // "#RAR 0" without dates (import files from BL Administration): nothing to read, nothing wrong with the amounts.
          this.fel(L.SIE_OLASBART_DATUM, rad, "#RAR saknar datum; räkenskapsåret tas från bokslutsdatumet (kalenderåret).", "varning");
          return;
        }
        const ar = this.year(f[1], rad, "#RAR");
        const fran = ar === undefined ? undefined : this.date(f[2], rad, "#RAR");
        const till = fran === undefined ? undefined : this.date(f[3], rad, "#RAR");
        if (ar !== undefined && fran && till) {
          lg.rar.set(ar, { fran, till });
          this.poster++;
        }
        return;
      }
      case "#OMFATTN": {
        const d = this.date(f[1], rad, "#OMFATTN");
        if (d) {
          lg.omfattn = d;
          this.omfattnRad = rad;
          this.poster++;
        }
        return;
      }
      case "#KONTO": {
        const k = this.konto(f[1], rad, "#KONTO");
        if (!k) return;
        const prev = lg.konton.get(k);
        if (prev) {
          this.fel(
            L.SIE_DUBBLETT_KONTO,
            rad,
            `Konto ${k} finns redan på rad ${prev.rad} ("${prev.namn}"); namnet "${rest(f, 2) ?? ""}" här används inte.`,
            "varning",
          );
          return;
        }
        lg.konton.set(k, { konto: k, namn: rest(f, 2) ?? "", rad });
        this.poster++;
        return;
      }
      case "#KTYP": {
        const k = this.konto(f[1], rad, "#KTYP");
        const t = str(f[2])?.toUpperCase();
        if (!k) return;
        if (t !== "T" && t !== "S" && t !== "K" && t !== "I") {
          this.fel(
            L.SIE_OLASBAR_POST,
            rad,
            `#KTYP för konto ${k} ska vara T, S, K eller I, inte "${t ?? ""}"; typen gissas från kontonumret.`,
            "varning",
          );
          return;
        }
        const konto = lg.konton.get(k) ?? { konto: k, namn: "", rad };
        konto.typ = t;
        lg.konton.set(k, konto);
        this.poster++;
        return;
      }
      case "#DIM": {
        const d = str(f[1]);
        if (!d) return this.fel(L.SIE_OLASBAR_POST, rad, "#DIM saknar dimensionsnummer; posten är inte inläst.");
        lg.dimensioner.set(d, rest(f, 2) ?? "");
        this.poster++;
        return;
      }
      case "#OBJEKT": {
        const d = str(f[1]);
        const id = str(f[2]);
        if (!d || id === undefined)
          return this.fel(L.SIE_OLASBAR_POST, rad, "#OBJEKT ska ha dimension, objekt-id och namn; posten är inte inläst.");
        lg.objekt.set(objektKey(d, id), rest(f, 3) ?? "");
        this.poster++;
        return;
      }
      case "#IB":
      case "#UB":
      case "#RES": {
        const ar = this.year(f[1], rad, label);
        const k = ar === undefined ? undefined : this.konto(f[2], rad, label);
        const ore = k === undefined ? undefined : this.amount(f[3], rad, label);
        if (ar === undefined || k === undefined || ore === undefined) return;
        const s: LedgerSaldo = { ar, konto: k, ore, rad };
        (label === "#IB" ? lg.ib : label === "#UB" ? lg.ub : lg.res).push(s);
        this.poster++;
        return;
      }
      case "#OIB":
      case "#OUB": {
        const ar = this.year(f[1], rad, label);
        const k = ar === undefined ? undefined : this.konto(f[2], rad, label);
        const obj = k === undefined ? undefined : this.objektList(f[3], rad, label);
        const ore = obj === undefined ? undefined : this.amount(f[4], rad, label);
        if (ar === undefined || k === undefined || obj === undefined || ore === undefined) return;
        const o = insatsObjekt(obj);
        (label === "#OIB" ? lg.oib : lg.oub).push({ ar, konto: k, ore, rad, ...(o ? { objekt: o } : {}) });
        this.poster++;
        return;
      }
      case "#PSALDO":
      case "#PBUDGET": {
        const ar = this.year(f[1], rad, label);
        const period = str(f[2]);
        if (ar === undefined) return;
        if (!period || !PERIOD_RE.test(period) || Number(period.slice(4)) < 1 || Number(period.slice(4)) > 12) {
          return this.fel(
            L.SIE_OLASBART_DATUM,
            rad,
            `Perioden "${period ?? ""}" i ${label} är ingen period ÅÅÅÅMM; posten är inte inläst.`,
          );
        }
        const k = this.konto(f[3], rad, label);
        const obj = k === undefined ? undefined : this.objektList(f[4], rad, label);
        const ore = obj === undefined ? undefined : this.amount(f[5], rad, label);
        if (k === undefined || obj === undefined || ore === undefined) return;
        const o = insatsObjekt(obj);
        (label === "#PSALDO" ? lg.psaldo : lg.pbudget).push({ ar, period, konto: k, ore, rad, ...(o ? { objekt: o } : {}) });
        this.poster++;
        return;
      }
      case "#VER": {
        const datum = this.date(f[3], rad, "#VER");
        this.ver =
          datum === undefined
            ? undefined
            : { serie: str(f[1]) ?? "", nr: str(f[2]) ?? "", datum, text: str(f[4]) ?? "", trans: [], borttagna: [], rad };
        this.rtrans = undefined;
        if (braceOnLine) this.verOpen = true;
        else this.verWaitingForBrace = true;
        // A verifikation with an unreadable date is still walked through (its rows are skipped with it).
        if (this.ver) this.poster++;
        return;
      }
      case "#TRANS":
      case "#RTRANS":
      case "#BTRANS":
        this.trans(label, f, rad);
        return;
      default: {
        const seen = this.okanda.get(label);
        if (seen) seen.antal++;
        else this.okanda.set(label, { rad, antal: 1 });
        lg.okanda.push({ etikett: label, rad });
      }
    }
  }

  finish(lastRad: number): void {
    if (this.verOpen || this.verWaitingForBrace) {
      this.fel(
        L.SIE_OLASBAR_POST,
        lastRad,
        `Verifikationen på rad ${this.ver?.rad ?? lastRad} stängs aldrig med } innan filen tar slut; den är inte inläst.`,
      );
    }
    if (this.utanObjektlista) {
      const { antal, rad } = this.utanObjektlista;
      this.fel(
        L.SIE_OLASBAR_POST,
        rad,
        `${antal === 1 ? "En #TRANS-rad saknar" : `${antal} #TRANS-rader saknar`} objektlista {} (${antal === 1 ? "" : "första på "}rad ${rad}); ${antal === 1 ? "den är läst" : "de är lästa"} utan objekt. Standarden kräver {} även när raden saknar objekt.`,
        "varning",
      );
    }
    if (this.decimalkomma) {
      const { antal, rad, text } = this.decimalkomma;
      this.fel(
        L.SIE_OLASBART_BELOPP,
        rad,
        `${antal === 1 ? "Ett belopp är skrivet" : `${antal} belopp är skrivna`} med decimalkomma (${antal === 1 ? "" : "första på "}rad ${rad}: "${text}"); ${antal === 1 ? "det är läst" : "de är lästa"} som kronor och ören. Standarden kräver decimalpunkt (1234.50): be leverantören rätta exporten.`,
        "varning",
      );
    }
    if (this.avrundade) {
      const { antal, rad, text } = this.avrundade;
      this.fel(
        L.SIE_OLASBART_BELOPP,
        rad,
        `${antal === 1 ? "Ett belopp har" : `${antal} belopp har`} fler än två decimaler (${antal === 1 ? "" : "första på "}rad ${rad}: "${text}"); ${antal === 1 ? "det är avrundat" : "de är avrundade"} till hela ören. Kontrollera att verifikationerna ändå balanserar.`,
        "varning",
      );
    }
    for (const [label, { rad, antal }] of this.okanda) {
      this.fel(
        L.SIE_OKAND_POST,
        rad,
        `Posten ${label} används inte av bokslutet (${antal === 1 ? "en rad" : `${antal} rader`}, första på rad ${rad}); den är sparad men påverkar inga belopp.`,
        "info",
      );
    }
  }
}

/** Reads SIE 4 text (already decoded) from the file `kalla`. */
export function readSie(input: string, kalla: string): SieReadResult {
  const r = new Reader(kalla);
  // Old Mac line ends (CR only): without this the whole file would be one line.
  const text = input.includes("\n") || !input.includes("\r") ? input : input.replace(/\r/g, "\n");
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const inteSie = notSieReason(text.slice(start), kalla);
  if (inteSie) {
    r.fel(L.SIE_INTE_SIE, 1, inteSie);
    return { ledger: r.ledger, issues: r.issues, poster: 0 };
  }
  let pos = start;
  let rad = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    rad++;
    r.line(text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end), rad);
    pos = end + 1;
  }
  r.finish(rad);
  if (r.ledger.sietyp === undefined) {
    r.fel(L.SIE_FEL_TYP, 1, `${kalla} saknar #SIETYP; bokslutet läser SIE typ 4. Kontrollera att exporten är "SIE 4".`, "varning");
  }
  const rar0 = r.ledger.rar.get(0);
  const omf = r.ledger.omfattn;
  if (rar0 && omf && (omf < rar0.fran || omf > rar0.till)) {
    // A broken export (#OMFATTN 19800101): the balances cannot be "up to" a date outside the year; not used.
    r.fel(
      L.SIE_OLASBART_DATUM,
      r.omfattnRad ?? 1,
      `#OMFATTN ${omf} ligger utanför räkenskapsåret ${rar0.fran} – ${rar0.till}; den används inte (saldona antas gälla hela året).`,
      "varning",
    );
    delete r.ledger.omfattn;
  }
  const typ = sieTypProblem(r.ledger);
  if (typ) r.fel(L[typ.code], r.sietypRad ?? 1, typ.text, typ.severity);
  return { ledger: r.ledger, issues: r.issues, poster: r.poster };
}

/** Reads SIE bytes as a host does: the character set detected and decoded (sie-encoding.ts), then read. */
export function readSieBytes(bytes: Uint8Array, kalla: string, decode: SieDecode): SieReadResult {
  const d = decodeSieBytes(bytes, kalla, decode);
  const r = readSie(d.text, kalla);
  if (r.issues.some((i) => i.code === L.SIE_INTE_SIE)) return r; // the character set of a non-SIE file is no news
  return { ...r, issues: [...d.issues, ...r.issues] };
}
