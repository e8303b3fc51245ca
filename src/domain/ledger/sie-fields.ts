import { issue, type Issue, type IssueCode } from "../issues/issue";
import type { IsoDate } from "../model";
import { LEDGER_CODES as L } from "./codes";
import type { SieField } from "./sie-tokens";
import { parseSieAmount, parseSieDate, sieAmountRounded } from "./sie-values";
import { emptyLedger, type Ledger, type ObjektRef } from "./types";

/** The shared empty objektlista (most rows have none): one array, not 200 000. */
const NO_OBJEKT: ObjektRef[] = [];

/** An amount with a decimal comma and one or two decimals ("1,234" may be a thousands separator: not read). */
const DECIMALKOMMA = /^[-+]?\d+,\d{1,2}$/;

export const str = (f: SieField | undefined): string | undefined => (typeof f === "string" ? f : undefined);

/**
 * The SIE reader's fields (sie-read.ts): the ledger being filled, its findings (sheet = the file name, cell = "rad N")
 * and the readers of one field — amount, date, year, konto, objektlista — that report a field that does not parse.
 */
export class SieFieldReader {
  readonly ledger: Ledger;
  readonly issues: Issue[] = [];
  poster = 0;
  /** Amounts with digits beyond the öre (rounded): how many, and the first line and text. */
  protected avrundade: { antal: number; rad: number; text: string } | undefined;
  /** Amounts written with a decimal comma: how many, and the first line and text. */
  protected decimalkomma: { antal: number; rad: number; text: string } | undefined;

  constructor(protected readonly kalla: string) {
    this.ledger = emptyLedger(kalla, "sie");
  }

  fel(code: IssueCode, rad: number, message: string, severity: "fel" | "varning" | "info" = "fel"): void {
    this.issues.push(issue(severity, code, this.kalla, `rad ${rad}`, message));
  }

  amount(f: SieField | undefined, rad: number, what: string): number | undefined {
    const s = str(f);
    let ore = parseSieAmount(s);
    if (ore === undefined && s !== undefined && DECIMALKOMMA.test(s)) {
      // "1234,50": a Swedish decimal comma (not the standard's point) — unambiguous with one or two decimals.
      ore = parseSieAmount(s.replace(",", "."));
      if (this.decimalkomma) this.decimalkomma.antal++;
      else this.decimalkomma = { antal: 1, rad, text: s };
    }
    if (ore !== undefined && s !== undefined && s.length > 3 && sieAmountRounded(s)) {
      if (this.avrundade) this.avrundade.antal++;
      else this.avrundade = { antal: 1, rad, text: s };
    }
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
        s === undefined || s === ""
          ? `Datumet saknas i ${what}; posten är inte inläst.`
          : `Datumet "${s}" i ${what} är inget datum ÅÅÅÅMMDD; posten är inte inläst.`,
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
}
