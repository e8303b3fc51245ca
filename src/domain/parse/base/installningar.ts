import { formatSv } from "../../text/format";
import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { Installningar } from "../../model/records";
import { CODES } from "../../issues/codes";
import { CellReader } from "./cell-read";
import { locateTable, normalizeHeader } from "../../text/header";
import { headerLabels } from "./table";
import { unitInText } from "../../text/units";
import { INSTALLNINGAR_SPECS } from "../../template/columns";
export { INSTALLNINGAR_SPECS } from "../../template/columns";

type Field = Exclude<keyof Installningar, "ovrigt">;

/** Normalized setting names (unit words removed) → field. */
const FIELDS: Record<string, Field> = {
  forbund: "forbund",
  samordningsforbund: "forbund",
  forbundetsnamn: "forbund",
  forbundsnamn: "forbund",
  rakenskapsar: "rakenskapsar",
  ar: "rakenskapsar",
  budgetar: "rakenskapsar",
  medlemsbidragtotalt: "medlemsbidragTotalt",
  medlemsbidrag: "medlemsbidragTotalt",
  medlemsavgifter: "medlemsbidragTotalt",
  medlemsavgiftertotalt: "medlemsbidragTotalt",
  medelstilldelning: "medlemsbidragTotalt",
  totalmedelstilldelning: "medlemsbidragTotalt",
  statenstilldelning: "statensTilldelning",
  statensandel: "statensTilldelning",
  statensbidrag: "statensTilldelning",
  ackumuleratoverskott: "ackumuleratOverskott",
  ackumuleratresultat: "ackumuleratOverskott",
  balanseratresultat: "ackumuleratOverskott",
  reservfond: "reservfond",
  bundenreservfond: "reservfond",
  egetkapitalvidaretsborjan: "egetKapitalVidArsborjan",
  egetkapitalvidarsborjan: "egetKapitalVidArsborjan",
  ingaendeegetkapital: "egetKapitalVidArsborjan",
  egetkapitalib: "egetKapitalVidArsborjan",
  hogforbrukning: "kvotHog",
  granshogforbrukning: "kvotHog",
  kvothog: "kvotHog",
  lagforbrukning: "kvotLag",
  granslagforbrukning: "kvotLag",
  kvotlag: "kvotLag",
  enhet: "enhet",
  beloppsenhet: "enhet",
};

const AMOUNT_FIELDS = new Set<Field>([
  "medlemsbidragTotalt",
  "statensTilldelning",
  "ackumuleratOverskott",
  "reservfond",
  "egetKapitalVidArsborjan",
]);
const UNIT_TAIL_RE = /(itkr|itsek|itsk|ikr|tkr|tsek|tsk|ksek|kr|sek|kronor|mkr|procent)$/;

/** A threshold as a fraction: "100 %" → 1, 80 → 0,8 (numbers above 2 are read as percent), 0,8 → 0,8. */
function toFraction(n: number, fromPercentText: boolean): number {
  if (fromPercentText) return n; // parseSvNumber already read "100 %" as 1
  return Math.abs(n) > 2 ? n / 100 : n;
}

/**
 * Parses the optional Inställningar sheet (two columns Inställning | Värde, header row optional):
 * Förbund, Räkenskapsår, Medlemsbidrag totalt, Statens tilldelning, Ackumulerat överskott, Reservfond,
 * Eget kapital vid årets början (incl. the reservfond) (kronor;
 * "tkr" in the setting's name or in the value scales ×1000), Hög/Låg förbrukning (fractions), Enhet.
 * Any other setting goes to `ovrigt` with its raw value — among them Tak eget kapital (or "Tak eget kapital från
 * <tilldelning>" rows), Reservfonden räknas in i taket, Rekvisition senast (dagar), Budgetversion för kvoten, read
 * by the calculations that use them. Unreadable values are varningar.
 */
export function parseInstallningar(sheet: RawSheet, issues: Issue[]): Installningar {
  const out: Installningar = { ovrigt: {} };
  const table = locateTable(sheet, INSTALLNINGAR_SPECS);
  const keyCol = table?.columns.installning ?? 0;
  const valCol = table?.columns.varde ?? 1;
  const first = table ? table.headerRow + 1 : 0;
  const reader = new CellReader(sheet, issues, table ? headerLabels(sheet, table.headerRow) : {});
  const thresholdRow: Partial<Record<"kvotHog" | "kvotLag", number>> = {};
  for (let r = first; r < sheet.values.length; r++) {
    const name = sheet.values[r]?.[keyCol];
    if (typeof name !== "string" || name.trim() === "") continue;
    const raw = reader.value(r, valCol);
    if (raw === null || raw === "") continue;
    const normalized = normalizeHeader(name);
    const field = FIELDS[normalized] ?? FIELDS[normalized.replace(UNIT_TAIL_RE, "")];
    if (!field) {
      out.ovrigt[name.trim()] = typeof raw === "string" ? raw.trim() : raw;
      continue;
    }
    if (field === "forbund" || field === "enhet") {
      const t = reader.text(r, valCol);
      if (t) out[field] = t;
    } else if (field === "rakenskapsar") {
      const y = reader.number(r, valCol);
      if (typeof y === "number" && Number.isInteger(y) && y >= 1900 && y <= 2200) out.rakenskapsar = y;
      else if (typeof y === "number")
        reader.report(
          "varning",
          CODES.OLASBART_TAL,
          r,
          valCol,
          `"${String(raw)}" är inget år. Skriv räkenskapsåret med fyra siffror, t.ex. 2024.`,
        );
    } else if (AMOUNT_FIELDS.has(field)) {
      const v = reader.amount(r, valCol, unitInText(name) ?? 1);
      if (typeof v === "number") out[field as "reservfond"] = v;
    } else {
      const v = reader.number(r, valCol);
      if (typeof v === "number") out[field as "kvotHog"] = toFraction(v, typeof raw === "string" && raw.includes("%"));
      if (field === "kvotHog" || field === "kvotLag") thresholdRow[field] = r;
    }
  }
  checkThresholds(out, thresholdRow, reader, valCol);
  return out;
}

/**
 * Låg förbrukning must be below Hög förbrukning, or every kvot is both "hög" and "låg" (or neither): a fel at the
 * Låg cell, and neither setting is used — the standard thresholds 80 % and 100 % apply instead (issue 18).
 */
function checkThresholds(
  out: Installningar,
  rows: Partial<Record<"kvotHog" | "kvotLag", number>>,
  reader: CellReader,
  valCol: number,
): void {
  if (out.kvotHog === undefined || out.kvotLag === undefined || out.kvotLag < out.kvotHog) return;
  const pct = (x: number) => `${formatSv(x * 100, Number.isInteger(Math.round(x * 1e6) / 1e4) ? 0 : 1)} %`;
  reader.report(
    "fel",
    "TROSKLAR_MOTSTRIDIGA",
    rows.kvotLag ?? 0,
    valCol,
    `Låg förbrukning (${pct(out.kvotLag)}) ska vara lägre än Hög förbrukning (${pct(out.kvotHog)}); annars blir varje kvot både hög och låg. ` +
      "Rätta gränserna i Inställningar; tills dess används standardgränserna 80 % och 100 %.",
  );
  delete out.kvotHog;
  delete out.kvotLag;
}
