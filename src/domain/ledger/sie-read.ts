import { issue, type Issue, type IssueCode } from "../issues/issue";
import type { IsoDate } from "../model";
import { LEDGER_CODES as L } from "./codes";
import { tokenizeSieLine, type SieField } from "./sie-tokens";
import { formatOre, isBlank, METADATA, parseSieAmount, parseSieDate, PERIOD_RE } from "./sie-values";
export { formatOre, parseSieAmount, parseSieDate } from "./sie-values";
import { emptyLedger, objektKey, type Ledger, type LedgerSaldo, type LedgerTrans, type LedgerVer, type ObjektRef } from "./types";

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

/** The shared empty objektlista (most rows have none): one array, not 200 000. */
const NO_OBJEKT: ObjektRef[] = [];

const str = (f: SieField | undefined): string | undefined => (typeof f === "string" ? f : undefined);

class Reader {
  readonly ledger: Ledger;
  readonly issues: Issue[] = [];
  poster = 0;
  private readonly okanda = new Map<string, { rad: number; antal: number }>();
  private ver: LedgerVer | undefined;
  private verOpen = false;
  private verWaitingForBrace = false;
  /** The last #RTRANS row of the open verifikation, whose identical #TRANS twin is skipped. */
  private rtrans: string | undefined;

  constructor(private readonly kalla: string) {
    this.ledger = emptyLedger(kalla, "sie");
  }

  fel(code: IssueCode, rad: number, message: string, severity: "fel" | "varning" | "info" = "fel"): void {
    this.issues.push(issue(severity, code, this.kalla, `rad ${rad}`, message));
  }

  amount(f: SieField | undefined, rad: number, what: string): number | undefined {
    const s = str(f);
    const ore = parseSieAmount(s);
    if (ore === undefined)
      this.fel(
        L.SIE_OLASBART_BELOPP,
        rad,
        `Beloppet ${s === undefined ? "saknas" : `"${s}"`} i ${what} kan inte läsas som ett belopp (t.ex. -1234.50); posten är inte inläst. Rätta exporten och läs in filen igen.`,
      );
    return ore;
  }

  date(f: SieField | undefined, rad: number, what: string): IsoDate | undefined {
    const s = str(f);
    const d = parseSieDate(s);
    if (d === undefined)
      this.fel(
        L.SIE_OLASBART_DATUM,
        rad,
        `Datumet ${s === undefined ? "saknas" : `"${s}"`} i ${what} är inget datum ÅÅÅÅMMDD; posten är inte inläst.`,
      );
    return d;
  }

  year(f: SieField | undefined, rad: number, label: string): number | undefined {
    const s = str(f);
    if (s === undefined || !/^-?\d+$/.test(s)) {
      this.fel(L.SIE_OLASBAR_POST, rad, `${label} saknar årsnummer (0 för i år, -1 för föregående år); posten är inte inläst.`);
      return undefined;
    }
    return Number(s);
  }

  konto(f: SieField | undefined, rad: number, label: string): string | undefined {
    const s = str(f);
    if (s === undefined || s === "") {
      this.fel(L.SIE_OLASBAR_POST, rad, `${label} saknar kontonummer; posten är inte inläst.`);
      return undefined;
    }
    return s;
  }

  objektList(f: SieField | undefined, rad: number, label: string): ObjektRef[] | undefined {
    if (f === undefined || (Array.isArray(f) && f.length === 0)) return NO_OBJEKT;
    if (typeof f === "string") {
      this.fel(
        L.SIE_OLASBAR_POST,
        rad,
        `${label} har ingen objektlista inom {} (skriv {} när raden saknar objekt); posten är inte inläst.`,
      );
      return undefined;
    }
    if (f.length % 2 !== 0) {
      this.fel(
        L.SIE_OLASBAR_POST,
        rad,
        `Objektlistan i ${label} ska ha par av dimension och objekt, men har ${f.length} fält; posten är inte inläst.`,
      );
      return undefined;
    }
    const out: ObjektRef[] = [];
    for (let i = 0; i < f.length; i += 2) out.push([f[i], f[i + 1]]);
    return out;
  }

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
        lg.sietyp = str(f[1]);
        this.poster++;
        if (lg.sietyp !== "4")
          this.fel(
            L.SIE_FEL_TYP,
            rad,
            `Filen är SIE typ ${lg.sietyp ?? "(saknas)"}, men bokslutet behöver SIE typ 4 (med verifikationer). Exportera "SIE 4" ur ekonomisystemet.`,
          );
        return;
      case "#FNAMN":
        lg.foretag = str(f[1]);
        this.poster++;
        return;
      case "#ORGNR":
        lg.orgnr = str(f[1]);
        this.poster++;
        return;
      case "#RAR": {
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
            `Konto ${k} finns redan på rad ${prev.rad} ("${prev.namn}"); namnet "${str(f[2]) ?? ""}" här används inte.`,
            "varning",
          );
          return;
        }
        lg.konton.set(k, { konto: k, namn: str(f[2]) ?? "", rad });
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
        lg.dimensioner.set(d, str(f[2]) ?? "");
        this.poster++;
        return;
      }
      case "#OBJEKT": {
        const d = str(f[1]);
        const id = str(f[2]);
        if (!d || id === undefined)
          return this.fel(L.SIE_OLASBAR_POST, rad, "#OBJEKT ska ha dimension, objekt-id och namn; posten är inte inläst.");
        lg.objekt.set(objektKey(d, id), str(f[3]) ?? "");
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
        (label === "#OIB" ? lg.oib : lg.oub).push({ ar, konto: k, ore, rad, ...(obj[0] ? { objekt: obj[0] } : {}) });
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
        (label === "#PSALDO" ? lg.psaldo : lg.pbudget).push({ ar, period, konto: k, ore, rad, ...(obj[0] ? { objekt: obj[0] } : {}) });
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

  trans(label: string, f: SieField[], rad: number): void {
    if (!this.verOpen) {
      this.fel(L.SIE_OLASBAR_POST, rad, `${label} utanför en verifikation (#VER … { … }); raden är inte inläst.`);
      return;
    }
    const v = this.ver;
    if (!v) return; // the #VER itself was unreadable and reported; its rows go with it
    const k = this.konto(f[1], rad, label);
    const obj = k === undefined ? undefined : this.objektList(f[2], rad, label);
    const ore = obj === undefined ? undefined : this.amount(f[3], rad, label);
    if (k === undefined || obj === undefined || ore === undefined) {
      v.trans.push({ konto: "", objekt: [], ore: Number.NaN, datum: v.datum, text: "", rad }); // marks the verifikation as incomplete
      return;
    }
    const dstr = str(f[4]);
    let datum = v.datum;
    if (dstr !== undefined && dstr !== "") {
      const d = this.date(dstr, rad, label);
      if (d) datum = d;
    }
    const t: LedgerTrans = { konto: k, objekt: obj, ore, datum, text: str(f[5]) ?? "", rad };
    const key =
      label === "#BTRANS" || (label === "#TRANS" && this.rtrans === undefined)
        ? ""
        : `${k}\u0000${ore}\u0000${datum}\u0000${obj.join("\u0001")}`;
    this.poster++;
    if (label === "#BTRANS") {
      v.borttagna.push(t);
      return;
    }
    if (label === "#RTRANS") {
      v.trans.push(t);
      this.rtrans = key;
      return;
    }
    if (this.rtrans === key) {
      this.rtrans = undefined; // the #TRANS twin of the #RTRANS above
      return;
    }
    this.rtrans = undefined;
    v.trans.push(t);
  }

  closeVer(rad: number): void {
    this.verOpen = false;
    const v = this.ver;
    this.ver = undefined;
    if (!v) return;
    let sum = 0;
    let bad = 0;
    for (const t of v.trans) {
      if (Number.isNaN(t.ore)) bad++;
      else sum += t.ore;
    }
    const unreadable = bad === 0 ? [] : v.trans.filter((t) => Number.isNaN(t.ore));
    if (bad > 0) v.trans = v.trans.filter((t) => !Number.isNaN(t.ore));
    if (unreadable.length > 0) {
      this.fel(
        L.VER_OBALANS,
        v.rad,
        `Verifikation ${v.serie} ${v.nr} (${v.datum}) har ${unreadable.length === 1 ? "en rad" : `${unreadable.length} rader`} som inte kunde läsas (rad ${unreadable.map((t) => t.rad).join(", ")}); resten av verifikationen är inläst men summerar till ${formatOre(sum)} kr.`,
      );
    } else if (sum !== 0) {
      this.fel(
        L.VER_OBALANS,
        v.rad,
        `Verifikation ${v.serie} ${v.nr} (${v.datum}) balanserar inte: debet och kredit skiljer ${formatOre(sum)} kr (rad ${v.rad}–${rad}).`,
      );
    }
    this.ledger.ver.push(v);
  }

  finish(lastRad: number): void {
    if (this.verOpen || this.verWaitingForBrace) {
      this.fel(
        L.SIE_OLASBAR_POST,
        lastRad,
        `Verifikationen på rad ${this.ver?.rad ?? lastRad} stängs aldrig med } innan filen tar slut; den är inte inläst.`,
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
export function readSie(text: string, kalla: string): SieReadResult {
  const r = new Reader(kalla);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/^\s*#/.test(text.slice(start, start + 200))) {
    r.fel(
      L.SIE_INTE_SIE,
      1,
      `${kalla} är ingen SIE-fil (den börjar inte med en #-post som #FLAGGA). Exportera en SIE 4-fil ur ekonomisystemet.`,
    );
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
  return { ledger: r.ledger, issues: r.issues, poster: r.poster };
}

/**
 * Character set of SIE bytes: `#FORMAT PC8` (the standard's default, IBM PC code page 437) → "cp437";
 * a file without #FORMAT is read as PC8 too, as the standard says. Hosts decode with iconv-lite.
 */
export function sieEncoding(bytes: Uint8Array): "cp437" | "utf-8" {
  const head = Array.from(bytes.subarray(0, 4096), (b) => (b < 128 ? String.fromCharCode(b) : "?")).join("");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  const m = /#FORMAT\s+(\S+)/i.exec(head);
  return m && /^UTF-?8$/i.test(m[1]) ? "utf-8" : "cp437";
}
