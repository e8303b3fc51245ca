import type { Issue } from "../issues/issue";
import type { IsoDate, RawSheet } from "../model/raw";
import type { Insats, InsatsTyp } from "../model/records";
import { DELT_CODES } from "../text/deltagare-koder";
import { DeltagareIssues } from "../issues/deltagare-issues";
import type { DeltagareRad, DeltagareTabell } from "../model/deltagare";
import { cellAddress } from "../text/header";
import { NameIndex } from "../text/names";
import { safeText } from "../text/personnummer";

/**
 * Validates parsed Deltagare rows against each other and against the Insatser sheet (domain.md §4):
 * unknown insats (fel, closest name suggested, row not counted), utskriven before inskriven (fel, row not
 * counted), avslutad without avslutningsorsak, anonymous with utskriven, inskriven/utskriven outside the
 * insats' start–slut, and the same Deltagar-ID twice in one insats with overlapping dates (varningar).
 * Messages never quote a personnummer-like value nor a Deltagar-ID: they point at cells.
 */

export interface DeltagarInsats {
  namn: string;
  typ?: InsatsTyp;
  start?: IsoDate;
  slut?: IsoDate;
}

export interface DeltagareUnderlag {
  rader: DeltagareRad[];
  /** Insatser rows can belong to: the Insatser sheet's (its order), or the names on the Deltagare sheet when there is none. */
  insatser: DeltagarInsats[];
  /** Per row: index into `insatser`, or −1 when the row is not counted (see the issues). */
  radInsats: Int32Array;
}

const OPEN_END = "9999-12-31";

function resolver(insatser: readonly Insats[], issues: DeltagareIssues, sheetName: string) {
  const list: DeltagarInsats[] = insatser.map((i) => ({ namn: i.insats, typ: i.typ, start: i.start, slut: i.slut }));
  const index = new NameIndex();
  const position = new Map<string, number>();
  insatser.forEach((i, k) => {
    index.add(i.insats);
    if (i.namn) index.add(i.insats, i.namn);
    position.set(i.insats, k);
  });
  const cache = new Map<string, number>();
  const fromSheet = insatser.length === 0;
  if (fromSheet) {
    issues.add(
      "info",
      DELT_CODES.DELT_OKAND_INSATS,
      "",
      `Inget blad Insatser hittades: insatserna tas som de står på bladet ${sheetName}, utan kontroll av namn och datum.`,
    );
  }
  return {
    list,
    /** Index of the insats written `text`; −1 when unknown (reported once per spelling). */
    find(text: string, cell: string): number {
      const hit = cache.get(text);
      if (hit !== undefined) {
        if (hit < 0) issues.once("fel", DELT_CODES.DELT_OKAND_INSATS, text, cell, "");
        return hit;
      }
      let k = -1;
      const name = index.find(text);
      if (name !== undefined) k = position.get(name) ?? -1;
      else if (fromSheet) {
        index.add(text);
        position.set(text, list.length);
        k = list.length;
        list.push({ namn: text });
      } else {
        const near = index.closest(text);
        const hint = near ? `Menade du "${near}"? ` : "";
        issues.once(
          "fel",
          DELT_CODES.DELT_OKAND_INSATS,
          text,
          cell,
          `Insatsen "${safeText(text)}" finns inte på bladet Insatser. ${hint}Rätta namnet eller lägg till insatsen på bladet Insatser; raden räknas inte i uppföljningen förrän dess.`,
        );
      }
      cache.set(text, k);
      return k;
    },
  };
}

/** Validates the rows; returns the counted rows' insats indexes and the issues (capped per code). */
export function validateDeltagare(
  tabell: DeltagareTabell,
  sheet: RawSheet,
  insatser: readonly Insats[],
): { underlag: DeltagareUnderlag; issues: Issue[] } {
  const issues = new DeltagareIssues(tabell.sheet);
  const cols = tabell.columns;
  const at = (r: number, c: number | undefined) => (c === undefined ? cellAddress(sheet, r, 0) : cellAddress(sheet, r, c));
  const res = resolver(insatser, issues, tabell.sheet);
  const rader = tabell.rader;
  const radInsats = new Int32Array(rader.length).fill(-1);
  let utanOrsakskolumn = 0;

  for (let i = 0; i < rader.length; i++) {
    const d = rader[i];
    if (d.olasbar || d.insats === "") continue;
    const k = res.find(d.insats, at(d.row, cols.insats));
    if (k < 0) continue;
    const ins = d.inskriven as IsoDate;
    if (d.utskriven !== null && d.utskriven < ins) {
      issues.add(
        "fel",
        DELT_CODES.DELT_UTSKRIVEN_FORE_INSKRIVEN,
        at(d.row, cols.utskriven),
        `Utskriven ${d.utskriven} är före Inskriven ${ins}. Rätta datumen; raden räknas inte i uppföljningen förrän dess.`,
      );
      continue;
    }
    radInsats[i] = k;
    if (d.anonym && d.utskriven !== null) {
      issues.add(
        "varning",
        DELT_CODES.DELT_ANONYM_UTSKRIVEN,
        at(d.row, cols.utskriven),
        "Deltagaren är anonymt registrerad men har ett utskrivningsdatum. Anonymt registrerade räknas aldrig som avslutade; ta bort datumet, eller ändra Anonym till Nej om deltagaren har gett samtycke.",
      );
    } else if (d.utskriven !== null && d.avslutningsorsak === null) {
      if (cols.avslutningsorsak === undefined) utanOrsakskolumn++;
      else
        issues.add(
          "varning",
          DELT_CODES.DELT_AVSLUTSORSAK_SAKNAS,
          at(d.row, cols.avslutningsorsak),
          'Deltagaren är utskriven men avslutningsorsak saknas. Fyll i orsaken; avslutet räknas som "Orsak saknas/okänd" tills dess.',
        );
    }
    const ins0 = res.list[k];
    if (ins0.start && ins0.slut) {
      if (ins < ins0.start || ins > ins0.slut) {
        issues.add(
          "varning",
          DELT_CODES.DELT_UTANFOR_INSATSPERIOD,
          at(d.row, cols.inskriven),
          `Inskriven ${ins} ligger utanför insatsens period ${ins0.start} – ${ins0.slut} (${ins0.namn}). Kontrollera datumet och insatsen.`,
        );
      } else if (d.utskriven !== null && d.utskriven > ins0.slut) {
        issues.add(
          "varning",
          DELT_CODES.DELT_UTANFOR_INSATSPERIOD,
          at(d.row, cols.utskriven),
          `Utskriven ${d.utskriven} ligger efter insatsens slut ${ins0.slut} (${ins0.namn}). Kontrollera datumet och insatsen.`,
        );
      }
    }
  }
  if (utanOrsakskolumn > 0) {
    issues.add(
      "varning",
      DELT_CODES.DELT_AVSLUTSORSAK_SAKNAS,
      at(0, 0),
      `Bladet saknar kolumnen Avslutningsorsak: ${utanOrsakskolumn} utskrivna deltagare räknas som "Orsak saknas/okänd". Lägg till kolumnen och fyll i orsakerna.`,
    );
  }
  findOverlaps(rader, radInsats, res.list, issues, (r) => at(r, cols.id));
  return { underlag: { rader, insatser: res.list, radInsats }, issues: issues.finish() };
}

/**
 * The same idKey twice in one insats with overlapping [inskriven, utskriven] (open end when not utskriven):
 * rows are grouped by insats and ID, sorted by inskriven, and each row is compared with the latest end so far.
 */
function findOverlaps(
  rader: readonly DeltagareRad[],
  radInsats: Int32Array,
  insatser: readonly DeltagarInsats[],
  issues: DeltagareIssues,
  idCell: (row: number) => string,
): void {
  const first = new Map<string, number>();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rader.length; i++) {
    const d = rader[i];
    if (radInsats[i] < 0 || d.idKey === "") continue;
    const key = `${radInsats[i]}\u0001${d.idKey}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else {
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [seen, i]);
    }
  }
  for (const g of groups.values()) {
    g.sort((a, b) => {
      const x = rader[a].inskriven as string;
      const y = rader[b].inskriven as string;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    let endRow = g[0];
    let end = rader[g[0]].utskriven ?? OPEN_END;
    for (let j = 1; j < g.length; j++) {
      const d = rader[g[j]];
      if ((d.inskriven as string) <= end) {
        const other = idCell(rader[endRow].row).replace(/^[A-Z]+/, "");
        issues.add(
          "varning",
          DELT_CODES.DELT_DUBBLETT_OVERLAPP,
          idCell(d.row),
          `Samma Deltagar-ID finns två gånger i insatsen ${insatser[radInsats[g[j]]].namn} med överlappande datum (se även rad ${other}). Ta bort dubbletten eller rätta datumen; båda raderna räknas tills dess.`,
        );
      }
      const e = d.utskriven ?? OPEN_END;
      if (e > end) {
        end = e;
        endRow = g[j];
      }
    }
  }
}
