import {
  isIntakt,
  type BeslutsutrymmeKolumn,
  type BeslutsutrymmeModel,
  type BeslutsutrymmePost,
  type KolumnTyp,
  type PostGrupp,
} from "../model/beslutsutrymme";
import { issue, type Issue } from "../issues/issue";
import { CODES } from "../issues/codes";
import type { CellValue, RawSheet } from "../model/raw";
import { isExcelError } from "../text/excel-error";
import { cellAddress, normalizeHeader } from "../text/header";
import { isSumLabel } from "../text/rows";
import { parseSvNumber } from "../text/sv-number";
import { rimligtBelopp } from "../issues/limits";
import { isScalingFormat, unitInText } from "../text/units";

const YEAR_HEADER_RE = /^(budget|prognos|prel|preliminar|preliminart|plan|utfall|bokslut)(?:ar)?(\d{4})$/;
const TYP_OF: Record<string, KolumnTyp> = {
  budget: "budget",
  prognos: "prognos",
  prel: "prel",
  preliminar: "prel",
  preliminart: "prel",
  plan: "prel",
  utfall: "utfall",
  bokslut: "utfall",
};

/** "Budget 2024" → {budget, 2024}; "Prel 2025" → {prel, 2025}; "2026" (text) → {prel, 2026}. */
export function parseYearHeader(v: CellValue | undefined): { typ: KolumnTyp; ar: number } | null {
  if (typeof v !== "string") return null;
  const h = normalizeHeader(v);
  const m = YEAR_HEADER_RE.exec(h);
  if (m) return { typ: TYP_OF[m[1]], ar: Number(m[2]) };
  if (/^\d{4}$/.test(h) && Number(h) >= 2000 && Number(h) <= 2100) return { typ: "prel", ar: Number(h) };
  return null;
}

export type SumKind = "intakter" | "kostnader" | "samverkan" | "ovriga" | "samverkan-alla" | "resultat" | "ingaende" | "kvarvarande";
export interface WrittenRow {
  kind: SumKind;
  r: number;
  values: (number | null)[];
}

const is = (label: string, re: RegExp): boolean => re.test(label);

/**
 * Reads a multi-year "Ekonomisk information" sheet (Uppsala 2024-10-24 layout): a header row with one
 * column per year ("Budget 2024", "Prognos 2024", "Prel 2025" …), INTÄKTER and KOSTNADER sections,
 * insatser as row pairs (name row without amounts, then the insatsägare row with the amounts) after a
 * "Namn på insats / Insatsägare" heading pair, "Prognostiserade ej nyttjade medel" (name row + amount row),
 * "Övriga samverkansinsatser", and written S:A rows, ÅRETS BERÄKNADE RESULTAT, "Över-/underskott från
 * tidigare år" (its first column is the ingående beslutsutrymme) and KVARVARANDE BESLUTSUTRYMME, all
 * returned as `stated` and CHECKED against the posts by compute/beslutsutrymme-check.ts (varning SUMMA_STAMMER_INTE at the written cell). Units from the header/title
 * ("belopp i TSK" → ×1000). Costs written negative are turned positive. Returns null without year columns.
 */
/** The sum rows the sheet states, for compute/beslutsutrymme-check.ts. */
export interface StatedSums {
  written: WrittenRow[];
  yearCols: number[];
  factor: number;
}

export function parseBeslutsutrymmeSheet(
  sheet: RawSheet,
  opts: { ingaende?: number } = {},
): { model: BeslutsutrymmeModel; issues: Issue[]; stated: StatedSums } | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const { headerRow, yearCols, kolumner } = header;
  const labelCol = 0;
  const factor = unitFactor(sheet, headerRow);
  const issues: Issue[] = [];
  const poster: BeslutsutrymmePost[] = [];
  const written: WrittenRow[] = [];
  let section: "none" | "intakter" | "kostnader" = "none";
  let sub: "none" | "insatser" | "ovriga" = "none";
  let pairMode = false;
  let pending: { name: string } | null = null;
  let pendingEjNyttjade = false;
  let ingaendeCell: string | undefined;

  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const raw = row[labelCol];
    const text = typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
    const label = normalizeHeader(text);
    const values = yearCols.map((c) => readValue(sheet, r, c, factor, text, issues));
    const hasNumbers = values.some((v) => v !== null);
    if (label === "" && !hasNumbers) continue;
    const add = (grupp: PostGrupp, namn: string, agare?: string): void => {
      const post: BeslutsutrymmePost = {
        namn,
        grupp,
        belopp: values,
        source: { sheet: sheet.name, cell: cellAddress(sheet, r, labelCol) },
      };
      if (agare !== undefined) post.agare = agare;
      poster.push(post);
    };
    if (label === "intakter") {
      section = "intakter";
      sub = "none";
      continue;
    }
    if (label === "kostnader") {
      section = "kostnader";
      sub = "none";
      continue;
    }
    if (isSumLabel(text)) {
      const kind: SumKind = is(label, /intakt/)
        ? "intakter"
        : is(label, /kostnad/)
          ? "kostnader"
          : is(label, /ovr/)
            ? "ovriga"
            : is(label, /samverkan/)
              ? "samverkan"
              : "kostnader";
      written.push({ kind, r, values });
      if (kind === "samverkan") sub = "none";
      continue;
    }
    if (is(label, /resultat/)) {
      written.push({ kind: "resultat", r, values });
      continue;
    }
    if (is(label, /beslutsutrymme/)) {
      written.push({ kind: "kvarvarande", r, values });
      continue;
    }
    if (is(label, /(over|under)skott|tidigarear|ingaende|ackumulerat/)) {
      written.push({ kind: "ingaende", r, values });
      ingaendeCell = cellAddress(sheet, r, yearCols[0]);
      continue;
    }
    if (section === "kostnader" && label === "samverkansinsatser") {
      if (hasNumbers) written.push({ kind: "samverkan-alla", r, values });
      sub = "insatser";
      continue;
    }
    if (label === "namnpainsats" || label === "insatsnamn" || label === "insatsagare") {
      sub = "insatser";
      pairMode = true;
      continue;
    }
    if (is(label, /^ovrigasamverkans/) && !hasNumbers) {
      sub = "ovriga";
      pending = null;
      continue;
    }
    if (is(label, /ejnyttjade|ejutnyttjade|ejforbrukade/)) {
      if (hasNumbers) add("ej-nyttjade", text);
      else pendingEjNyttjade = true;
      continue;
    }
    if (pendingEjNyttjade && label === "") {
      add("ej-nyttjade", "Prognostiserade ej nyttjade medel");
      pendingEjNyttjade = false;
      continue;
    }
    if (section === "kostnader" && sub === "insatser") {
      if (pairMode) {
        if (pending === null) pending = { name: text };
        else {
          add("insats", pending.name, text);
          pending = null;
        }
      } else if (text !== "") add("insats", text);
      continue;
    }
    if (section === "intakter") add(intaktGrupp(label), text);
    else if (section === "kostnader" && sub === "ovriga") add("ovriga-samverkansinsatser", text);
    else if (section === "kostnader") add(kostnadGrupp(label), text);
  }
  if (pending) {
    issues.push(
      issue(
        "varning",
        "INSATS_AGARE_SAKNAS",
        sheet.name,
        "",
        `Insatsen "${pending.name}" saknar raden med insatsägare och belopp; den räknas inte.`,
      ),
    );
  }
  const aggregate = written.find((w) => w.kind === "samverkan-alla");
  if (aggregate && !poster.some((p) => p.grupp === "insats" || p.grupp === "ej-nyttjade" || p.grupp === "ovriga-samverkansinsatser")) {
    // A single "Samverkansinsatser" row without insatser below it is the post itself, not a sum.
    poster.push({
      namn: "Samverkansinsatser",
      grupp: "insats",
      belopp: aggregate.values,
      source: { sheet: sheet.name, cell: cellAddress(sheet, aggregate.r, labelCol) },
    });
  }
  normalizeCostSign(poster, written, sheet.name, issues);
  const ingaendeRow = written.find((w) => w.kind === "ingaende");
  const fromSheet = ingaendeRow?.values[0] ?? undefined;
  let ingaende = fromSheet ?? opts.ingaende;
  if (ingaende === undefined) {
    ingaende = 0;
    issues.push(
      issue(
        "fel",
        "BESLUTSUTRYMME_INGAENDE_SAKNAS",
        sheet.name,
        "",
        'Ingående beslutsutrymme (ackumulerat överskott exkl. reservfond) saknas. Lägg till raden "Över-/underskott från tidigare år" eller Ackumulerat överskott (utan reservfonden) i Inställningar.',
      ),
    );
  }
  const model: BeslutsutrymmeModel = { kolumner, poster, ingaende, sourceSheet: sheet.name };
  if (fromSheet !== undefined && ingaendeCell) model.ingaendeSource = { sheet: sheet.name, cell: ingaendeCell };
  return { model, issues, stated: { written, yearCols, factor } };
}

function findHeader(sheet: RawSheet): { headerRow: number; yearCols: number[]; kolumner: BeslutsutrymmeKolumn[] } | null {
  const maxRows = Math.min(30, sheet.values.length);
  for (let r = 0; r < maxRows; r++) {
    const row = sheet.values[r] ?? [];
    const yearCols: number[] = [];
    const kolumner: BeslutsutrymmeKolumn[] = [];
    row.forEach((v, c) => {
      const y = parseYearHeader(v);
      if (y && c > 0) {
        yearCols.push(c);
        kolumner.push({ label: String(v).trim(), ar: y.ar, typ: y.typ });
      }
    });
    if (yearCols.length >= 2) return { headerRow: r, yearCols, kolumner };
  }
  return null;
}

/** Unit named in the header row or a title row above it ("belopp i TSK" → 1000), else kronor. */
function unitFactor(sheet: RawSheet, headerRow: number): number {
  for (let r = headerRow; r >= 0; r--) {
    for (const v of sheet.values[r] ?? []) {
      const u = unitInText(v);
      if (u !== undefined) return u;
    }
  }
  return 1;
}

/** Post group from a post's name and kind (normalized label): Medlemsavgifter, ESF, Förtroendevalda, Förvaltning … */
export function postGrupp(namn: string, kategori: "intakt" | "kostnad"): PostGrupp {
  const label = normalizeHeader(namn);
  if (kategori === "intakt") return intaktGrupp(label);
  if (is(label, /ejnyttjade|ejutnyttjade|ejforbrukade/)) return "ej-nyttjade";
  if (is(label, /^ovrigasamverkans/)) return "ovriga-samverkansinsatser";
  return kostnadGrupp(label);
}

function intaktGrupp(label: string): PostGrupp {
  return is(label, /medlemsavgift|medlemsbidrag|medelstilldelning/) ? "medlemsavgifter" : is(label, /esf/) ? "esf" : "ovriga-intakter";
}

function kostnadGrupp(label: string): PostGrupp {
  if (is(label, /fortroendevald|styrelse|ledamot/)) return "fortroendevalda";
  if (is(label, /forvaltning|kansli|administration/)) return is(label, /esf/) ? "esf-forvaltning" : "forvaltning";
  return "ovriga-kostnader";
}

function readValue(sheet: RawSheet, r: number, c: number, factor: number, label: string, issues: Issue[]): number | null {
  const v = sheet.values[r]?.[c];
  const parsed = parseSvNumber(v);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "error") {
    const code = isExcelError(v) ? CODES.EXCEL_FEL : CODES.OLASBART_TAL;
    issues.push(
      issue(
        "fel",
        code,
        sheet.name,
        cellAddress(sheet, r, c),
        `${label || "Raden"}: beloppet kan inte läsas (${parsed.reason}). Skriv ett tal; cellen räknas inte.`,
      ),
    );
    return null;
  }
  const kronor = parsed.unitFactor !== undefined || isScalingFormat(sheet.numberFormats?.[r]?.[c]) ? parsed.value : parsed.value * factor;
  if (!rimligtBelopp(kronor)) {
    issues.push(
      issue(
        "fel",
        CODES.OLASBART_TAL,
        sheet.name,
        cellAddress(sheet, r, c),
        `${label || "Raden"}: beloppet är orimligt stort. Skriv beloppet i kronor eller tkr; cellen räknas inte.`,
      ),
    );
    return null;
  }
  return kronor;
}

/** Kostnader written as negative numbers (driftsredovisning style) are turned positive. */
function normalizeCostSign(poster: BeslutsutrymmePost[], written: WrittenRow[], sheet: string, issues: Issue[]): void {
  const costs = poster.filter((p) => !isIntakt(p.grupp));
  const total = costs.reduce((a, p) => a + p.belopp.reduce<number>((s, v) => s + (v ?? 0), 0), 0);
  if (total >= 0) return;
  for (const p of costs) p.belopp = p.belopp.map((v) => (v === null ? null : -v));
  for (const w of written)
    if (w.kind !== "intakter" && w.kind !== "resultat" && w.kind !== "ingaende" && w.kind !== "kvarvarande")
      w.values = w.values.map((v) => (v === null ? null : -v));
  issues.push(
    issue(
      "info",
      CODES.NEGATIVA_KOSTNADER,
      sheet,
      "",
      "Kostnaderna är skrivna som negativa tal; de räknas som kostnader (positiva) i beslutsutrymmet.",
    ),
  );
}
