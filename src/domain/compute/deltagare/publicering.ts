import { AVSLUTNINGSORSAKER } from "../../model/deltagare";
import type { DeltagarUppfoljning, Del, Kms, UtfallMatt } from "./typer";
import { UTFALL_MATT } from "./utfall";
import { suppress, SuppressionModel, VISAS } from "./maskning";

/**
 * Publicering of the deltagaruppföljning: registers every count a reader of the published sheet sees or can
 * derive, and every additive relation between them, then runs the suppression engine (compute/publicering.ts).
 * Relations: K + M (+ kön saknas) = S:a on every row; insats rows add up to Totalt per column; Avslutningsanledningar
 * rows add up to S:a arbete, S:a arbete och/eller studier and the Summa (= Totalt avslutade, the same cell);
 * aktivt arbetssökande per insats = "inkl. aktivt arbetssökande" − "till arbete och/eller studier" (derivable,
 * protected) and its Totalt is the table's "Aktivt arbetssökande" row; the other reasons per insats = avslutade −
 * "inkl. aktivt arbetssökande" add up to the other reason rows. Målgrupp shares are modelled by their counts:
 * a share x / n reveals x and n − x, so both are cells; a share is shown only when all its counts are.
 * Keys name the cells for the table builder: "utfall:<rad>:<mått>:<k|m|s>", rad = row index or "T".
 */

export interface Skydd {
  threshold: number;
  /** VISAS, PRIMAR or SEKUNDAR of the cell named `key` (VISAS for unknown keys). */
  status(key: string): number;
}

type Kon = "k" | "m" | "s";
const KON: readonly Kon[] = ["k", "m", "s"];

class Builder {
  readonly model = new SuppressionModel();
  readonly ids = new Map<string, number>();

  /** Registers K, M, S:a of one row (S:a a margin; a virtual "kön saknas" cell when K + M < S:a). */
  kms(prefix: string, x: Kms, total = false): Record<Kon | "u", number> {
    const k = this.cell(`${prefix}:k`, x.k, total);
    const m = this.cell(`${prefix}:m`, x.m, total);
    const s = this.cell(`${prefix}:s`, x.s, true);
    const u = this.model.add(x.s - x.k - x.m, { shown: false });
    this.model.relate(x.s === x.k + x.m ? [k, m, s] : [k, m, u, s]);
    return { k, m, s, u };
  }

  cell(key: string, value: number, margin = false, shown = true): number {
    const id = this.model.add(value, { margin, shown });
    this.ids.set(key, id);
    return id;
  }

  /** Columns: the rows' cells add up to the total's, per kön. */
  columns(rows: Record<Kon | "u", number>[], total: Record<Kon | "u", number>): void {
    for (const kon of [...KON, "u"] as const) this.model.relate([...rows.map((r) => r[kon]), total[kon]]);
  }

  /** A share x / kanda of a målgrupp row: x, kanda − x and kanda are cells; kanda + okända = n. */
  del(prefix: string, d: Del, n: number, total: boolean): [number, number, number] {
    const x = this.cell(`${prefix}:antal`, d.antal, total);
    const comp = this.cell(`${prefix}:rest`, d.kanda - d.antal, total);
    const kanda = this.cell(`${prefix}:kanda`, d.kanda, true);
    this.model.relate([x, comp, kanda]);
    if (d.kanda !== n)
      this.model.relate([kanda, this.model.add(n - d.kanda, { shown: false }), this.ids.get(`${prefix.split(":")[0]}:n`) ?? kanda]);
    return [x, comp, kanda];
  }
}

/** K, M, S:a or (u) the participants without kön of a row. */
function part(x: Kms, kon: Kon | "u"): number {
  return kon === "u" ? x.s - x.k - x.m : x[kon];
}

function registerUtfall(b: Builder, u: DeltagarUppfoljning): void {
  const rows = u.utfall.rader;
  // Rows with no participant at all are shown as zeros everywhere: known to the reader, they change no equation.
  const active = rows.map((row, i) => (UTFALL_MATT.some((m) => row[m].s > 0) ? i : -1)).filter((i) => i >= 0);
  const cells = (matt: UtfallMatt) => {
    const r = new Map(active.map((i) => [i, b.kms(`utfall:${i}:${matt}`, rows[i][matt])]));
    const total = b.kms(`utfall:T:${matt}`, u.utfall.totalt[matt], true);
    b.columns([...r.values()], total);
    return { rows: r, total };
  };
  const byMatt = Object.fromEntries(UTFALL_MATT.map((m) => [m, cells(m)])) as Record<UtfallMatt, ReturnType<typeof cells>>;
  const a = u.avslutningsanledningar;
  const orsak = (o: string, x: Kms) => b.kms(`orsak:${o}`, x, o === "arbete" || o === "arbeteStudier");
  const o = Object.fromEntries(AVSLUTNINGSORSAKER.map((x) => [x, orsak(x, a.orsaker[x])]));
  o.saknas = orsak("saknas", a.orsaker.saknas);
  o.arbete = orsak("arbete", a.arbete);
  const band = a.band.map((x, i) => orsak(`band${i}`, x.antal));
  const bandSaknas = orsak("bandSaknas", a.bandSaknas);
  for (const kon of [...KON, "u"] as const) {
    const rel = (ids: number[]) => b.model.relate(ids);
    const as = byMatt.arbeteStudier;
    const ass = byMatt.arbeteStudierSokande;
    const avsl = byMatt.avslutade;
    rel([o.subventionerat_arbete[kon], o.ej_subventionerat_arbete[kon], o.eget_foretag[kon], o.arbete[kon]]);
    rel([...band.map((x) => x[kon]), bandSaknas[kon], o.arbete[kon]]);
    rel([o.arbete[kon], o.studier[kon], as.total[kon]]);
    const ovriga = ["fortsatt_rehabilitering", "sjukdom", "foraldraledighet", "flytt", "ovrigt", "saknas"].map((x) => o[x][kon]);
    rel([as.total[kon], o.aktivt_arbetssokande[kon], ...ovriga, avsl.total[kon]]);
    const aktivt: number[] = [];
    const andra: number[] = [];
    for (const i of active) {
      const row = rows[i];
      const x = b.model.add(part(row.arbeteStudierSokande, kon) - part(row.arbeteStudier, kon), { shown: false });
      const y = b.model.add(part(row.avslutade, kon) - part(row.arbeteStudierSokande, kon), { shown: false });
      const id = (m: typeof as) => (m.rows.get(i) as Record<Kon | "u", number>)[kon];
      rel([id(as), x, id(ass)]);
      rel([id(ass), y, id(avsl)]);
      aktivt.push(x);
      andra.push(y);
    }
    rel([...aktivt, o.aktivt_arbetssokande[kon]]);
    rel([...andra, ...ovriga]);
  }
}

function registerAnonyma(b: Builder, u: DeltagarUppfoljning): void {
  const rows = u.anonyma.rader.map((row, i) => [row, i] as const).filter(([row]) => row.inregistrerade.s + row.pagaende.s > 0);
  for (const matt of ["inregistrerade", "pagaende"] as const) {
    const r = rows.map(([row, i]) => b.kms(`anonyma:${i}:${matt}`, row[matt]));
    b.columns(r, b.kms(`anonyma:T:${matt}`, u.anonyma.totalt[matt], true));
  }
}

const MALGRUPP_DELAR = ["under30", "offentligForsorjning3", "handlingsplan"] as const;
const UTBILDNING_DELAR = ["grundskola", "gymnasium", "eftergymnasial", "utbildningSaknasOkand"] as const;

function registerMalgrupp(b: Builder, u: DeltagarUppfoljning): void {
  const rows = u.malgrupp.rader.map((r, i) => [String(i), r] as const).filter(([, r]) => r.inregistrerade > 0);
  const all = [...rows, ["T", u.malgrupp.totalt] as const];
  const cols = new Map<string, number[]>();
  const push = (key: string, id: number) => (cols.get(key) ?? cols.set(key, []).get(key))?.push(id);
  for (const [rad, row] of all) {
    const n = b.ids.get(`utfall:${rad}:inregistrerade:s`) as number;
    b.ids.set(`malgrupp${rad}:n`, n);
    for (const del of MALGRUPP_DELAR) {
      const ids = b.del(`malgrupp${rad}:${del}`, row[del], row.inregistrerade, rad === "T");
      ids.forEach((id, j) => push(`${del}:${j}`, id));
    }
    const utb = UTBILDNING_DELAR.map((del) => b.cell(`malgrupp${rad}:${del}:antal`, row[del].antal, rad === "T"));
    b.model.relate([...utb, n]);
    utb.forEach((id, j) => push(`utb:${j}`, id));
  }
  for (const ids of cols.values()) b.model.relate(ids);
}

/** Runs the suppression over every table of the report. */
export function skyddaDeltagaruppfoljning(u: DeltagarUppfoljning, threshold: number): Skydd {
  const b = new Builder();
  registerUtfall(b, u);
  registerAnonyma(b, u);
  registerMalgrupp(b, u);
  const status = suppress(b.model, threshold);
  return {
    threshold,
    status: (key) => {
      const id = b.ids.get(key);
      return id === undefined ? VISAS : status[id];
    },
  };
}
