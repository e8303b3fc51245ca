import { LEDGER_CODES as L } from "./codes";
import { SieFieldReader, str } from "./sie-fields";
import type { SieField } from "./sie-tokens";
import { formatOre, parseSieAmount } from "./sie-values";
import type { LedgerTrans, LedgerVer } from "./types";

/** "123" (digits, no leading zero, below 2^53): the same number whether compared as text or as a number. */
function plainNumber(s: string): boolean {
  if (s.length > 15 || (s.length > 1 && s.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The SIE reader's verifikationer (sie-read.ts): the open #VER, its #TRANS / #RTRANS / #BTRANS rows (an #RTRANS's
 * identical #TRANS twin counted once, #BTRANS kept apart) and the balance check when it closes.
 */
export class SieVerReader extends SieFieldReader {
  protected ver: LedgerVer | undefined;
  protected verOpen = false;
  protected verWaitingForBrace = false;
  /** The last #RTRANS row of the open verifikation, whose identical #TRANS twin is skipped. */
  protected rtrans: string | undefined;
  /** #TRANS rows written without their {} objektlista (older exporters): how many, and the first line. */
  protected utanObjektlista: { antal: number; rad: number } | undefined;
  /** Per serie: nummer → line of the verifikation, to find one read twice (numeric nummer as numbers: cheap keys). */
  private readonly verNr = new Map<string, Map<number | string, number>>();

  trans(label: string, f: SieField[], rad: number): void {
    if (!this.verOpen) {
      this.fel(L.SIE_OLASBAR_POST, rad, `${label} utanför en verifikation (#VER … { … }); raden är inte inläst.`);
      return;
    }
    const v = this.ver;
    if (!v) return; // the #VER itself was unreadable and reported; its rows go with it
    if (typeof f[2] === "string" && parseSieAmount(f[2]) !== undefined && (f[3] === undefined || typeof f[3] === "string")) {
      // "#TRANS 1930 -100.00 20240105": no objektlista; read as {} (one varning for the file, see finish).
      f = [f[0], f[1], [], ...f.slice(2)];
      if (this.utanObjektlista) this.utanObjektlista.antal++;
      else this.utanObjektlista = { antal: 1, rad };
    }
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
    if (v.nr !== "") {
      let serie = this.verNr.get(v.serie);
      if (!serie) this.verNr.set(v.serie, (serie = new Map()));
      const key = plainNumber(v.nr) ? Number(v.nr) : v.nr;
      const first = serie.get(key);
      if (first === undefined) serie.set(key, v.rad);
      else
        this.fel(
          L.SIE_DUBBLETT_VER,
          v.rad,
          `Verifikation ${v.serie} ${v.nr} finns redan på rad ${first}; båda är inlästa. Kontrollera att exporten inte är ihopkopierad av två filer (då räknas beloppen dubbelt).`,
          "varning",
        );
    }
    this.ledger.ver.push(v);
  }
}
