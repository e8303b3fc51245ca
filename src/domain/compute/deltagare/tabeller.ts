import type { DeltagarUppfoljning, Kms, KmsAndel, UtfallMatt } from "./typer";
import type { Skydd } from "./publicering";
import { doldText, VISAS } from "./maskning";

/**
 * The deltagaruppföljning as display tables (what the sheet shows, cell by cell), with publicering applied:
 * a hidden count is the text "<5" (primary) or "x" (secondary), a share built on a hidden count is "x".
 * Totals and shares carry what they are built from, so the plan can write `=SUM(…)` and `=IF(n=0,"",x/n)`
 * formulas when the sheet is not for publication. Row references index rader followed by efter.
 */

/** A sum of rows of the same column, with its value. */
export interface SummaCell {
  summa: number[];
  value: number;
}

/** x / n of two cells of the table ([row, column]), with its value (null → shown empty). */
export interface KvotCell {
  taljare: [number, number];
  namnare: [number, number];
  value: number | null;
}

export type Visning = number | string | null | SummaCell | KvotCell;

export type Format = "text" | "antal" | "andel" | "dagar";

export interface RapportKolumn {
  rubrik: string;
  format: Format;
  /** Group heading written above the header (first column of a group only). */
  grupp?: string;
}

export interface RapportTabell {
  /** Stable id, also used in the Excel table name. */
  id: string;
  /** Caption row above the table. */
  rubrik: string;
  kolumner: RapportKolumn[];
  /** Body rows; the last one is the totals row when `totalRad`. */
  rader: Visning[][];
  totalRad: boolean;
  /** Rows written under the table, outside the Excel table (Fördelning kvinnor/män, notes). */
  efter: Visning[][];
  /** Body rows shown indented ("varav" rows). */
  varav?: number[];
  /** Body rows shown bold (subtotals). */
  fet?: number[];
}

export function isSumma(v: Visning): v is SummaCell {
  return typeof v === "object" && v !== null && "summa" in v;
}

export function isKvot(v: Visning): v is KvotCell {
  return typeof v === "object" && v !== null && "taljare" in v;
}

/** Applies publicering to counts and shares; without Skydd every figure is shown. */
export class Visare {
  constructor(readonly skydd: Skydd | null) {}

  private hidden(key: string): number {
    return this.skydd ? this.skydd.status(key) : VISAS;
  }

  antal(key: string, v: number): Visning {
    const s = this.hidden(key);
    return s === VISAS ? v : doldText(s, this.skydd?.threshold ?? 5);
  }

  summa(key: string, v: number, rows: number[]): Visning {
    const s = this.hidden(key);
    return s === VISAS ? { summa: rows, value: v } : doldText(s, this.skydd?.threshold ?? 5);
  }

  /** A share; "x" when any of `keys` is hidden; "" when its denominator is 0. */
  andel(value: number | null, keys: string[], t?: [number, number], n?: [number, number]): Visning {
    if (keys.some((k) => this.hidden(k) !== VISAS)) return "x";
    if (t && n) return { taljare: t, namnare: n, value };
    return value === null ? "–" : value;
  }
}

const KONER = ["k", "m", "s"] as const;
const KON_TEXT = { k: "K", m: "M", s: "S:a" } as const;

function group(prefix: string, grupp: string, format: Format = "antal"): RapportKolumn[] {
  return KONER.map((k, i) => ({ rubrik: `${prefix} ${KON_TEXT[k]}`, format, grupp: i === 0 ? grupp : undefined }));
}

/** Counts of one measure for insats rows (plain) or the Totalt row (sums of the rows above). */
function counts(v: Visare, rad: string, matt: string, x: Kms, totalOf?: number[]): Visning[] {
  return KONER.map((k) => (totalOf ? v.summa(`utfall:${rad}:${matt}:${k}`, x[k], totalOf) : v.antal(`utfall:${rad}:${matt}:${k}`, x[k])));
}

const UTFALL_GRUPPER: [UtfallMatt, string, string][] = [
  ["inregistrerade", "Inregistrerade", "Inregistrerade perioden"],
  ["avslutade", "Avslutade", "Avslutade perioden"],
  ["avslutadeHela", "Avslutade hela", "Avslutade under hela insatsperioden"],
  ["pagaende", "Pågående", "Pågående deltagare per"],
];

/** "Fördelning kvinnor/män" under a table: K/S:a and M/S:a of the totals row for each group of columns. */
function fordelning(v: Visare, matter: (UtfallMatt | null)[], totalRow: number, u: DeltagarUppfoljning): Visning[] {
  const row: Visning[] = ["Fördelning kvinnor/män"];
  matter.forEach((matt, g) => {
    const col = 1 + g * 3;
    if (matt === null) {
      row.push(null, null, null);
      return;
    }
    const f = u.utfall.fordelning[matt];
    const keys = KONER.map((k) => `utfall:T:${matt}:${k}`);
    row.push(v.andel(f.k, keys, [totalRow, col], [totalRow, col + 2]), v.andel(f.m, keys, [totalRow, col + 1], [totalRow, col + 2]), null);
  });
  return row;
}

/** Table 1 "Utfall för deltagare": inregistrerade, avslutade, avslutade hela insatsperioden, pågående per till. */
export function utfallTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const kolumner: RapportKolumn[] = [{ rubrik: "Insats", format: "text" }];
  for (const [, kort, lang] of UTFALL_GRUPPER)
    kolumner.push(...group(kort, lang === "Pågående deltagare per" ? `${lang} ${u.period.till}` : lang));
  const body = u.utfall.rader.map((r, i) => [r.insats, ...UTFALL_GRUPPER.flatMap(([m]) => counts(v, String(i), m, r[m]))]);
  const idx = body.map((_, i) => i);
  const t = u.utfall.totalt;
  body.push(["Totalt", ...UTFALL_GRUPPER.flatMap(([m]) => counts(v, "T", m, t[m], idx))]);
  return {
    id: "Utfall",
    rubrik: "Utfall för deltagare",
    kolumner,
    rader: body,
    totalRad: true,
    efter: [
      fordelning(
        v,
        UTFALL_GRUPPER.map(([m]) => m),
        body.length - 1,
        u,
      ),
    ],
  };
}

function andelar(v: Visare, rad: string, x: KmsAndel, matt: UtfallMatt, row: number, tCol: number, nCol: number): Visning[] {
  return KONER.map((k, j) =>
    v.andel(x[k], [`utfall:${rad}:${matt}:${k}`, `utfall:${rad}:avslutade:${k}`], [row, tCol + j], [row, nCol + j]),
  );
}

/** Table 2 "Till arbete och/eller studier" among avslutade perioden, with andel, also counting aktivt arbetssökande. */
export function arbeteStudierTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const kolumner: RapportKolumn[] = [
    { rubrik: "Insats", format: "text" },
    ...group("Avslutade", "Avslutade perioden"),
    ...group("Arbete/studier", "Till arbete och/eller studier"),
    ...group("Andel", "Andel till arbete och/eller studier", "andel"),
    ...group("Inkl. sökande", "Till arbete, studier eller aktivt arbetssökande"),
    ...group("Andel inkl.", "Andel inkl. aktivt arbetssökande", "andel"),
  ];
  const rows = [...u.utfall.rader.map((r, i) => [String(i), r] as const), ["T", u.utfall.totalt] as const];
  const idx = u.utfall.rader.map((_, i) => i);
  const body = rows.map(([rad, r], i) => {
    const sum = rad === "T" ? idx : undefined;
    return [
      rad === "T" ? "Totalt" : r.insats,
      ...counts(v, rad, "avslutade", r.avslutade, sum),
      ...counts(v, rad, "arbeteStudier", r.arbeteStudier, sum),
      ...andelar(v, rad, r.andelArbeteStudier, "arbeteStudier", i, 4, 1),
      ...counts(v, rad, "arbeteStudierSokande", r.arbeteStudierSokande, sum),
      ...andelar(v, rad, r.andelArbeteStudierSokande, "arbeteStudierSokande", i, 10, 1),
    ];
  });
  return {
    id: "ArbeteStudier",
    rubrik: "Till arbete och/eller studier (avslutade perioden)",
    kolumner,
    rader: body,
    totalRad: true,
    efter: [fordelning(v, [null, "arbeteStudier", null, "arbeteStudierSokande", null], body.length - 1, u)],
  };
}

/** Table "Anonymt registrerade" per insats: among inregistrerade perioden and pågående per till. */
export function anonymaTabell(u: DeltagarUppfoljning, v: Visare): RapportTabell {
  const kolumner: RapportKolumn[] = [
    { rubrik: "Insats", format: "text" },
    ...group("Anonyma inregistrerade", "Anonymt registrerade, inregistrerade perioden"),
    ...group("Anonyma pågående", `Anonymt registrerade, pågående per ${u.period.till}`),
  ];
  const cells = (rad: string, x: Kms, matt: string, sum?: number[]) =>
    KONER.map((k) => (sum ? v.summa(`anonyma:${rad}:${matt}:${k}`, x[k], sum) : v.antal(`anonyma:${rad}:${matt}:${k}`, x[k])));
  const body: Visning[][] = u.anonyma.rader.map((r, i) => [
    r.insats,
    ...cells(String(i), r.inregistrerade, "inregistrerade"),
    ...cells(String(i), r.pagaende, "pagaende"),
  ]);
  const idx = body.map((_, i) => i);
  const t = u.anonyma.totalt;
  body.push(["Totalt", ...cells("T", t.inregistrerade, "inregistrerade", idx), ...cells("T", t.pagaende, "pagaende", idx)]);
  return {
    id: "Anonyma",
    rubrik: "Anonymt registrerade deltagare (räknas i inregistrerade, aldrig som avslutade)",
    kolumner,
    rader: body,
    totalRad: true,
    efter: [],
  };
}
