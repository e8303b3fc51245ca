import type { Grupp, Kategori } from "../../model/records";
import { GRUPP_ALTERNATIV, parseGrupp } from "../base/budget";
import type { CellReader } from "../base/cell-read";
import { KATEGORI_NAMES, parseKategori } from "../../text/insats-typ";
import { closestName } from "../../text/names";
import { CODES } from "../../issues/codes";
import type { Entry } from "../../detect/table-scan";
import { looksLikeIntakt } from "../../template/vocabulary";

/** A mapped row's Grupp and Kategori: from the columns the mapping names, else from headings and the post's name. */

export const SAMVERKAN = new Set<Grupp>(["samverkansinsats", "ovrig-samverkansinsats"]);
export const INTAKT = new Set<Grupp | "intakt">(["medlemsintakt", "ovrig-intakt", "esf", "intakt"]);

/**
 * The row's Grupp from the column the user mapped as Grupp ("Intäkt"/"Intäkter" alone: an income whose group is
 * guessed from its name later); an unknown text is a varning and the row is read as before.
 */
export function gruppOf(reader: CellReader, r: number, col: number): Grupp | "intakt" | undefined {
  const t = reader.text(r, col);
  if (!t) return undefined;
  if (/^int(ä|a)kt(er)?$/i.test(t.trim())) return "intakt";
  const g = parseGrupp(t);
  if (!g)
    reader.report(
      "varning",
      CODES.OKAND_KATEGORI,
      r,
      col,
      `Okänd grupp "${t}". Skriv en av ${GRUPP_ALTERNATIV}; raden läses som om gruppen saknades.`,
    );
  return g;
}

export function kategoriOf(reader: CellReader, e: Entry, col: number | undefined, insats: boolean, name: string, quiet = false): Kategori {
  if (col !== undefined) {
    const t = reader.text(e.r, col);
    const k = t ? parseKategori(t) : undefined;
    if (k) return k;
    if (t && !quiet) {
      const guess = closestName(t, KATEGORI_NAMES);
      reader.report(
        "fel",
        CODES.OKAND_KATEGORI,
        e.r,
        col,
        `Okänd kategori "${t}".${guess ? ` Menade du "${guess}"?` : ""} Skriv Intäkt eller Kostnad; raden räknas tills vidare som ${insats || !looksLikeIntakt(name) ? "kostnad" : "intäkt"}.`,
      );
    }
  }
  if (e.ctx.kategori) return e.ctx.kategori;
  if (insats) return "kostnad";
  return looksLikeIntakt(name) ? "intakt" : "kostnad";
}
