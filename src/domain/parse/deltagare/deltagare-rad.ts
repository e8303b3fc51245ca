import { CODES } from "../../issues/codes";
import type { CellValue } from "../../model/raw";
import type { DeltagareRad, Kon } from "../../model/deltagare";
import { DELT_CODES } from "../../text/deltagare-koder";
import { findPersonnummer } from "../../text/personnummer";
import { parseSvDate } from "../../text/sv-date";
import { isBlank, type RowReader } from "./row-reader";
import {
  ANONYM,
  AVSLUTNINGSORSAK,
  isAnonymId,
  JA_NEJ,
  KON,
  KON_KODER_SCB,
  parseArIOffentligForsorjning,
  parseSysselsattningsgrad,
  parseWholeNumber,
  UTBILDNING,
} from "./varden";

/** One Deltagare row (deltagare.ts): the personnummer scan of every cell, then the row's values. */

/** FNV-1a over the digits of a personnummer-like ID: an opaque key for duplicate checks, never output. */
function opaqueKey(v: CellValue): string {
  const digits = String(v).replace(/\D/g, "").slice(-10);
  let h = 0x811c9dc5;
  for (let i = 0; i < digits.length; i++) h = Math.imul(h ^ digits.charCodeAt(i), 0x01000193) >>> 0;
  return `\u0000pnr:${h.toString(36)}`;
}

export function scanPersonnummer(reader: RowReader, sheetCols: number): boolean {
  const row = reader.row;
  let any = false;
  reader.pnr.length = 0;
  for (let c = 0; c < Math.min(row.length, sheetCols); c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    any = true;
    if ((typeof v === "string" && v.length >= 10) || (typeof v === "number" && v >= 1e8)) {
      const hit = findPersonnummer(v);
      if (!hit) continue;
      reader.pnr.push(c);
      const sure = hit.luhn ? " (kontrollsiffran stämmer, så det är troligen ett riktigt personnummer)" : "";
      const c0 = reader.cols;
      const uncounted =
        c === c0.insats || c === c0.inskriven || c === c0.utskriven ? " Raden räknas inte i uppföljningen förrän värdet är rättat." : "";
      reader.issues.add(
        "varning",
        DELT_CODES.DELT_PERSONNUMMER,
        reader.address(c),
        `Cellen ser ut att innehålla ett personnummer eller samordningsnummer${sure}. Deltagaruppgifter ska vara pseudonymiserade: ` +
          `ersätt värdet med ett löpnummer eller en kod. Värdet kopieras aldrig till rapporterna.${uncounted}`,
      );
    }
  }
  return any;
}

/** Kön as K/M: a code of the column's legend ("1" with "Kön (1=man, 2=kvinna)"), else the K/M vocabulary. */
function readKon(x: RowReader): Kon | null {
  const v = x.get("kon");
  const code = typeof v === "number" ? String(v) : typeof v === "string" && v.length <= 3 ? v.trim() : "";
  if (code.length === 1 && code >= "0" && code <= "9") {
    const koder = x.konKoder ?? KON_KODER_SCB;
    const kon = koder.get(code);
    if (kon) {
      if (!x.konKoder) x.konUtanLegend++;
      return kon;
    }
  }
  return x.category("kon", KON, "Raden räknas bara i S:a tills kön är rättat.") ?? null;
}

export function readRow(x: RowReader): DeltagareRad {
  const idCol = x.cols.id;
  const idPnr = idCol !== undefined && x.pnr.includes(idCol);
  const idText = idPnr || idCol === undefined ? "" : x.text("id");
  // "Anonym", "Ej samtycke", "Skyddad identitet" written as the ID: an anonymously registered participant, no ID.
  const anonymId = idText !== "" && isAnonymId(idText);
  const id = anonymId ? "" : idText;
  if (idCol !== undefined && idText === "" && !idPnr)
    x.issues.add(
      "varning",
      CODES.SAKNAT_VARDE,
      x.address(idCol),
      "Deltagar-ID saknas. Raden räknas, men dubbletter kan inte hittas; fyll i deltagarens pseudonymiserade ID.",
    );
  const insats = x.text("insats");
  if (x.cols.insats !== undefined && insats === "" && !x.pnr.includes(x.cols.insats)) {
    x.issues.add(
      "fel",
      CODES.SAKNAT_VARDE,
      x.address(x.cols.insats),
      "Insats saknas. Raden räknas inte i uppföljningen förrän insatsen är ifylld.",
    );
  }
  const inskriven = x.date("inskriven", true);
  const utskriven = x.date("utskriven", false);
  const kon = readKon(x);
  if (kon === null && isBlank(x.get("kon")) && !x.pnr.includes(x.cols.kon as number)) {
    x.issues.add("varning", CODES.SAKNAT_VARDE, x.address(x.cols.kon as number), "Kön saknas. Raden räknas bara i S:a; fyll i K eller M.");
  }
  const orsakText = x.get("avslutningsorsak");
  const avslutningsorsak =
    x.category("avslutningsorsak", AVSLUTNINGSORSAK, 'Avslutet räknas som "Orsak saknas/okänd" tills värdet är rättat.') ?? null;
  const orsakOkand = avslutningsorsak === null && !isBlank(orsakText);
  let alder = x.number("alder", (v) => parseWholeNumber(v, 0, 120), "en ålder i hela år, 0–120");
  if (alder === null && x.cols.fodelsear !== undefined) {
    const fodd = x.number("fodelsear", readBirthYear, "ett årtal, t.ex. 1990");
    if (fodd !== null && inskriven) alder = Number(inskriven.slice(0, 4)) - fodd;
  }
  return {
    row: x.r,
    id,
    idKey: idPnr ? opaqueKey(x.row[idCol as number]) : id,
    insats,
    kon,
    alder,
    inskriven: inskriven ?? null,
    utskriven: utskriven ?? null,
    avslutningsorsak: orsakOkand ? "okand" : avslutningsorsak,
    anonym: anonymId || (x.category("anonym", ANONYM, "Raden räknas som inte anonym.") ?? false),
    kommun: x.text("kommun"),
    forsorjning: x.text("forsorjning"),
    arIOffentligForsorjning: x.number("arOffentligForsorjning", parseArIOffentligForsorjning, 'antal år, t.ex. 3, "3+" eller "minst 3 år"'),
    utbildning: x.category("utbildning", UTBILDNING, 'Värdet räknas som "Okänd".') ?? "okand",
    handlingsplan: x.category("handlingsplan", JA_NEJ, "Värdet räknas som okänt.") ?? null,
    sysselsattningsgrad: x.number("sysselsattningsgrad", parseSysselsattningsgrad, "en procentsats 0–100 %, t.ex. 75 %"),
    olasbar: !inskriven || utskriven === null || x.pnr.includes(x.cols.utskriven ?? -1),
  };
}

/** Födelseår as a year 1900–2100, or the year of a full birth date. */
function readBirthYear(v: CellValue): number | null | undefined {
  const y = parseWholeNumber(v, 1900, 2100);
  if (y !== null) return y;
  const d = parseSvDate(v);
  return d.kind === "date" ? Number(d.value.slice(0, 4)) : null;
}
