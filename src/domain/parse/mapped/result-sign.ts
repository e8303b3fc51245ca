import { issue, type Issue } from "../../issues/issue";
import type { Kategori } from "../../model/records";
import { formatSv, unitLabel } from "../../text/format";

/**
 * Income in an all-positive table (issue 14 pattern 7): with no Kategori column and no Intäkter/Kostnader heading,
 * rows are taken as intäkt by their names only (Medlemsintäkter, Ränteintäkter). When that reading decides the sign
 * of the result it is a finding:
 *   resultat = Σ utfall(intäkt) − Σ utfall(kostnad);  other reading (the intäkt rows as costs) = −Σ utfall(all rows);
 * with every figure positive the other reading is negative, so the sign changes exactly when resultat > 0. Then
 * RESULTAT_BYTER_TECKEN (varning) at the first intäkt row, naming the rows taken as intäkt and both results.
 * Budget figures stand in when the table has no utfall. Skellefteå 2014 (p7 corpus): intäkter 6 104 + 18 tkr,
 * kostnader 5 300 tkr → +822 tkr; as costs −11 422 tkr.
 */

export interface SignRow {
  name: string;
  kategori: Kategori;
  /** Kategori from a Kategori column or a heading (certain), not from the name. */
  certain: boolean;
  /** Σ utfall of the row (kronor), Σ budget when the table has no utfall. */
  amount: number;
  cell: string;
}

export function resultSignIssue(sheet: string, rows: readonly SignRow[], factor: number): Issue | null {
  if (rows.length === 0 || rows.some((r) => r.certain) || rows.some((r) => r.amount < 0)) return null;
  const intakter = rows.filter((r) => r.kategori === "intakt" && r.amount > 0);
  if (intakter.length === 0) return null;
  const i = intakter.reduce((a, r) => a + r.amount, 0);
  const k = rows.filter((r) => r.kategori === "kostnad").reduce((a, r) => a + r.amount, 0);
  const resultat = i - k;
  const other = -(i + k);
  if (resultat <= 0) return null;
  const unit = unitLabel(factor);
  const fmt = (x: number) => `${x > 0 ? "+" : ""}${formatSv(x / factor)} ${unit}`;
  const listed = intakter.map((r) => `${r.name} (${r.cell})`);
  const names = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(", ")} och ${listed[listed.length - 1]}`;
  const n = intakter.length;
  return issue(
    "varning",
    "RESULTAT_BYTER_TECKEN",
    sheet,
    intakter[0].cell,
    `Tabellen anger inte vilka rader som är intäkter (ingen kolumn Kategori, inga rubriker Intäkter och Kostnader). ` +
      `${n === 1 ? "Raden" : "Raderna"} ${names} läses som ${n === 1 ? "intäkt" : "intäkter"} efter namnet, och resultatet blir ${fmt(resultat)}; ` +
      `läses ${n === 1 ? "den" : "de"} som kostnader blir det ${fmt(other)}. Kontrollera raderna och lägg till kolumnen Kategori (Intäkt/Kostnad) eller rubrikerna Intäkter och Kostnader.`,
  );
}
