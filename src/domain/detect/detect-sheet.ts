import { columnLetter } from "../model/address";
import type { RawSheet } from "../model/raw";
import { locateTable, matchQuality, normalizeHeader, normalizeSpecs } from "../text/header";
import { looksLikeUppfoljningstabell } from "../text/kon-header";
import { analyzeTable, type TableAnalysis } from "./analyze-table";
import { detectExportLayout } from "./export-layout";
import { detectMeasureRows } from "./measure-rows";
import { detectTransposed } from "./transposed";
import { findStackedBlocks } from "./stacked-blocks";
import { excelRow, fingerprintOf, rowIndex } from "./fingerprint";
import { nameHint, namedKind, SPEC_KINDS, type SpecKind } from "../template/spec-kinds";
import { KIND_LABEL, MAPPING_VERSION, type ColumnMapping, type SheetKind, type SheetMapping } from "../model/mapping";
import { looksLikeSaldobalans } from "../template/saldobalans";

/** A saldobalans (Konto | IB | UB …) is the bokslut's input: never a Budget or Utfall sheet, even with a Budget column. */
const SALDOBALANS_NOTE = "Saldobalans: läses av Bokslut ur bokföringen (Resultaträkning, Balansräkning, Kassaflödesanalys).";

/**
 * Detects one sheet's kind and columns, with confidence (0–1):
 * - record kinds (Deltagare, Rekvisitioner, Medlemmar, Inställningar, Alias) score by their parsers' column specs:
 *   0,75 × share of required columns found + 0,05 per optional column (at most 5);
 * - budget, utfall and insatser tables in any layout score by analyzeTable: utfall 0,65 with a column named
 *   Utfall (0,5 when only "Belopp"/"Summa"), budget 0,6 with Budget/Prognos columns and no utfall, insatser
 *   0,7 × share of Typ, Insatsägare, Start, Slut; +0,15 for a post column, +0,1 for periods or years;
 * - a sheet name that begins with the kind's word adds 0,3 (0,15 when the word is inside the name);
 * - the add-in's own output ("Skapad … av Finsam för Excel") and published K/M/S:a tables (0,95: no budget table has K and M columns) are recognised first.
 * Confidence is the best score (at most 1), lowered by 0,15 when the runner-up is within 0,1 of it.
 *
 * A sheet whose name states its kind (namedKind: "Insatser", "Budget 2024", "Utfall jan-jun", "Deltagare" …) is
 * taken as that kind, with confidence at least 0,6, even when its columns do not fit (then the parser reports the
 * missing columns — SAKNAD_KOLUMN — instead of the sheet silently dropping out). Only content that CLEARLY says
 * another kind overrides the name: another kind scoring at least 0,9 and more than the named kind (a "Budget och
 * utfall" sheet with utfall columns, a published K/M/S:a table named "Deltagare 2021", the add-in's own output).
 */

const OWN_OUTPUT_RE = /skapad .* av finsam för excel/i;
/** Score another kind needs to override the kind the sheet's name states. */
const CLEARLY_OTHER = 0.9;
/** Least confidence of a sheet taken as the kind its name states. */
const NAMED_CONFIDENCE = 0.6;
const WEAK_UTFALL = new Set(["belopp", "summa", "kostnad", "kostnader"]);

export function isOwnOutput(sheet: RawSheet): boolean {
  return sheet.values.slice(0, 5).some((row) => row.some((v) => typeof v === "string" && OWN_OUTPUT_RE.test(v)));
}

interface Candidate {
  kind: SheetKind;
  score: number;
  build: () => Omit<SheetMapping, "version" | "sheet" | "kind" | "confidence" | "use">;
}

function bonus(name: string, kind: SheetKind): number {
  const h = nameHint(name, kind);
  return h === "start" ? 0.3 : h === "inside" ? 0.15 : 0;
}

function specCandidate(sheet: RawSheet, kind: SpecKind, name: string): Candidate | null {
  const specs = SPEC_KINDS[kind];
  const t = locateTable(sheet, specs, { minMatches: 2 });
  const b = bonus(name, kind);
  if (!t) {
    if (b === 0) return null;
    return {
      kind,
      score: 0.35 + b / 2,
      build: () => ({ headerRow: 0, headerRows: 1, layout: "lang", columns: [], fingerprint: { cells: [] } }),
    };
  }
  const required = specs.filter((s) => s.required);
  const foundRequired = required.filter((s) => t.columns[s.key] !== undefined).length;
  const optional = specs.filter((s) => !s.required && t.columns[s.key] !== undefined).length;
  const score = Math.min(1, 0.75 * (required.length === 0 ? 1 : foundRequired / required.length) + 0.05 * Math.min(optional, 5) + b);
  const normalized = normalizeSpecs(specs);
  return {
    kind,
    score,
    build: () => {
      const columns: ColumnMapping[] = Object.entries(t.columns)
        .sort((x, y) => x[1] - y[1])
        .map(([key, c]) => {
          const spec = normalized.find((s) => s.key === key)!;
          const q = matchQuality(t.headers[c], spec);
          return {
            column: columnLetter(c + sheet.origin.col),
            header: String(sheet.values[t.headerRow]?.[c] ?? "").trim(),
            role: key,
            confidence: q === 3 ? 1 : q === 2 ? 0.9 : 0.7,
          };
        });
      return {
        headerRow: excelRow(sheet, t.headerRow),
        headerRows: 1,
        layout: "lang",
        columns,
        fingerprint: fingerprintOf(sheet, [t.headerRow]),
      };
    },
  };
}

function tableBuild(sheet: RawSheet, a: TableAnalysis): Candidate["build"] {
  return () => {
    const rows = [a.header.row, ...(a.header.extra !== undefined ? [a.header.extra] : [])];
    const wide = a.columns.some((c) => c.role === "belopp" && (c.period !== undefined || c.year !== undefined));
    const notes: string[] = [...(a.notes ?? [])];
    if (a.guessedUnit) {
      const f = a.columns.find((c) => c.unitSource === "gissad")?.factor;
      notes.push(`Enheten står inte i rubrikerna; beloppen (median ${Math.round(a.median ?? 0)}) tolkas som ${f === 1000 ? "tkr" : "kr"}.`);
    }
    return {
      headerRow: excelRow(sheet, a.header.row),
      headerRows: rows.length,
      ...(a.header.extra !== undefined ? { extraHeaderRow: excelRow(sheet, a.header.extra) } : {}),
      layout: wide ? "bred" : "lang",
      columns: a.columns,
      fingerprint: fingerprintOf(sheet, rows),
      ...(notes.length > 0 ? { notes } : {}),
    };
  };
}

/** An ekonomisystem export (export-layout.ts) is an Utfall sheet in a long layout (score 0,95: Konto + dimension + Period + Belopp). */
function exportCandidate(sheet: RawSheet): Candidate | null {
  const x = detectExportLayout(sheet);
  if (!x) return null;
  return {
    kind: "utfall",
    score: 0.95,
    build: () => ({
      headerRow: excelRow(sheet, x.headerRow),
      headerRows: 1,
      layout: "lang",
      columns: x.columns,
      fingerprint: fingerprintOf(sheet, [x.headerRow]),
      notes: [
        `Export från ekonomisystem: insatsen läses från kolumnen ${x.columns.find((c) => c.role === "post")!.header}, kontot som kostnadsslag, transaktionerna summeras per insats och månad.`,
      ],
    }),
  };
}

/**
 * Stacked per-insats blocks (stacked-blocks.ts) are an Utfall sheet (score 0,95) whose name column holds the block
 * titles (the insatser) and the post rows under them: the first key column is mapped as Post.
 */
function stackedCandidate(sheet: RawSheet, a: TableAnalysis): Candidate | null {
  const blocks = findStackedBlocks(sheet, a.header.row);
  if (!blocks || !a.columns.some((c) => c.measure === "utfall" || c.measure === "budget")) return null;
  const build = tableBuild(sheet, a);
  return {
    kind: a.columns.some((c) => c.measure === "utfall") ? "utfall" : "budget",
    score: 0.95,
    build: () => {
      const b = build();
      const titleCol = columnLetter(blocks[0].titleCol + sheet.origin.col);
      const columns = b.columns.filter((c) => c.role === "belopp" || c.column !== titleCol);
      const header = String(sheet.values[a.header.row]?.[blocks[0].titleCol] ?? "").trim();
      columns.unshift({ column: titleCol, header, role: "post", confidence: 0.8 });
      columns.sort((x, y) => x.column.length - y.column.length || x.column.localeCompare(y.column));
      const note = `Block per insats: ${blocks.length} insatser, var och en med namnet på raden ovanför den upprepade rubrikraden; blockets rader summeras.`;
      return { ...b, columns, layout: "bred", notes: [...(b.notes ?? []), note] };
    },
  };
}

/**
 * The two pivot layouts (score 0,95, as specific as an export): the insatser as columns with a row per measure
 * (transposed.ts), and the measure written on each row (measure-rows.ts). Tried before the export, whose Konto |
 * Projekt | Period | Belopp a long export with a Mått column also has.
 */
function pivotCandidate(sheet: RawSheet): Candidate | null {
  const t = detectTransposed(sheet);
  const x = t ?? detectMeasureRows(sheet);
  if (!x) return null;
  const matt = x.columns.find((c) => c.role === "matt")!;
  const note = t
    ? `Insatserna står som kolumner (${x.columns.filter((c) => c.role === "insatskolumn").length} st) och budget och utfall som rader (kolumnen ${matt.header || matt.column}); varje kolumn läses som en insats.`
    : `Måttet står på varje rad i kolumnen ${matt.header || matt.column}: raderna läses som budget, utfall och prognos per insats${x.columns.some((c) => c.role === "period") ? " och period" : ""}.`;
  return {
    kind: x.kind,
    score: 0.95,
    build: () => ({
      headerRow: excelRow(sheet, x.headerRow),
      headerRows: 1,
      layout: t ? "bred" : "lang",
      columns: x.columns,
      fingerprint: fingerprintOf(sheet, [x.headerRow]),
      notes: [note],
    }),
  };
}

function tableCandidates(sheet: RawSheet, name: string, headerRow?: number): Candidate[] {
  const pivot = headerRow === undefined ? pivotCandidate(sheet) : null;
  if (pivot) return [pivot];
  const exported = exportCandidate(sheet);
  if (exported) return [exported];
  const a = analyzeTable(sheet, headerRow);
  const stacked = a ? stackedCandidate(sheet, a) : null;
  if (stacked) return [stacked];
  if (!a) {
    const out: Candidate[] = [];
    for (const kind of ["insatser", "budget", "utfall"] as const) {
      const b = bonus(name, kind);
      if (b > 0.2)
        out.push({
          kind,
          score: 0.35 + b / 2,
          build: () => ({ headerRow: 0, headerRows: 1, layout: "lang", columns: [], fingerprint: { cells: [] } }),
        });
    }
    return out;
  }
  const roles = new Set(a.columns.map((c) => c.role));
  const hasPost = roles.has("post") ? 0.15 : 0;
  const periods = roles.has("period") || roles.has("fran") || a.columns.some((c) => c.period !== undefined) ? 0.1 : 0;
  const years = roles.has("ar") || a.columns.some((c) => c.year !== undefined) ? 0.1 : 0;
  const build = tableBuild(sheet, a);
  const out: Candidate[] = [];
  const utfallCols = a.columns.filter((c) => c.measure === "utfall");
  if (utfallCols.length > 0) {
    const strong = utfallCols.some(
      (c) => !WEAK_UTFALL.has(normalizeHeader(c.header).replace(/(tkr|tsek|kr|sek)$/, "")) || c.period !== undefined,
    );
    out.push({ kind: "utfall", score: Math.min(1, (strong ? 0.65 : 0.5) + hasPost + periods + bonus(name, "utfall")), build });
  }
  if (a.measures.budget + a.measures.prognos > 0 && utfallCols.length === 0) {
    out.push({ kind: "budget", score: Math.min(1, 0.6 + hasPost + years + bonus(name, "budget")), build });
  }
  const insatsKeys = ["typ", "agare", "start", "slut"].filter((k) => roles.has(k)).length;
  if (insatsKeys > 0 || bonus(name, "insatser") > 0) {
    const s = (0.7 * insatsKeys) / 4 + (hasPost ? 0.2 : 0) + bonus(name, "insatser");
    out.push({ kind: "insatser", score: Math.min(1, utfallCols.length > 0 ? s * 0.7 : s), build });
  }
  return out;
}

/**
 * The sheet as the record kinds' header search sees it when the user gave its header row (Excel row number):
 * the rows above it are blank (positions and row numbers unchanged); and the index of that row for analyzeTable.
 */
function fromHeaderRow(sheet: RawSheet, headerRow: number | undefined): { view: RawSheet; index?: number } {
  if (headerRow === undefined) return { view: sheet };
  const index = rowIndex(sheet, headerRow);
  if (index < 0) return { view: sheet, index: -1 };
  return { view: { ...sheet, values: sheet.values.map((row, r) => (r < index ? [] : row)) }, index };
}

/**
 * The mapping of a sheet read as `kind` (the user corrected the kind): that kind's columns as detected, with
 * the confidence the detection gives them; a kind without a header match gets no columns. `headerRow` (Excel
 * row number): the header row the user gave; the columns are detected from that row.
 */
export function detectSheetAs(sheet: RawSheet, kind: SheetKind, headerRow?: number): SheetMapping {
  const { view, index } = fromHeaderRow(sheet, headerRow);
  const name = normalizeHeader(sheet.name);
  const base = { version: MAPPING_VERSION, sheet: sheet.name, use: true, kind, corrected: true } as const;
  const empty = { headerRow: 0, headerRows: 1, layout: "lang" as const, columns: [], fingerprint: { cells: [] } };
  const candidates: Candidate[] =
    kind in SPEC_KINDS
      ? [specCandidate(view, kind as SpecKind, name)].filter((c): c is Candidate => !!c)
      : tableCandidates(sheet, name, index);
  const table = analyzeTable(sheet, index);
  const c =
    candidates.find((x) => x.kind === kind) ??
    (table && (kind === "insatser" || kind === "budget" || kind === "utfall")
      ? { kind, score: 0.3, build: tableBuild(sheet, table) }
      : undefined);
  if (!c) return { ...base, confidence: 0, ...empty };
  return { ...base, confidence: Math.round(Math.min(1, c.score) * 100) / 100, ...c.build() };
}

/** Detects the kind and columns of one sheet (see the file comment for the scores); `headerRow` as in detectSheetAs. */
export function detectSheet(sheet: RawSheet, headerRow?: number): SheetMapping {
  const { view, index } = fromHeaderRow(sheet, headerRow);
  const name = normalizeHeader(sheet.name);
  const base = { version: MAPPING_VERSION, sheet: sheet.name, use: true } as const;
  const empty = { headerRow: 0, headerRows: 1, layout: "lang" as const, columns: [], fingerprint: { cells: [] } };
  if (isOwnOutput(sheet)) return { ...base, kind: "annat", confidence: 1, ...empty, notes: ["Bladet är skapat av Finsam för Excel."] };
  if (looksLikeSaldobalans(sheet)) return { ...base, kind: "annat", confidence: 1, ...empty, notes: [SALDOBALANS_NOTE] };
  const candidates: Candidate[] = [];
  for (const kind of Object.keys(SPEC_KINDS) as SpecKind[]) {
    const c = specCandidate(view, kind, name);
    if (c) candidates.push(c);
  }
  candidates.push(...tableCandidates(sheet, name, index));
  if (looksLikeUppfoljningstabell(sheet)) candidates.push({ kind: "uppfoljningstabell", score: 0.95, build: () => empty });
  const named = namedKind(sheet.name);
  const taken = named ? takeNamed(sheet, named, candidates) : undefined;
  if (taken) return { ...base, ...taken };
  let best: Candidate | undefined;
  let second = 0;
  for (const c of candidates) {
    if (!best || c.score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = c;
    } else second = Math.max(second, c.score);
  }
  if (!best || best.score < 0.4) return { ...base, kind: "annat", confidence: best ? 1 - best.score : 1, ...empty };
  const confidence = Math.max(0, Math.min(1, best.score) - (second >= best.score - 0.1 ? 0.15 : 0));
  const built = best.build();
  return { ...base, kind: best.kind, confidence: Math.round(confidence * 100) / 100, ...built };
}

/**
 * The sheet read as the kind its name states (see the file comment), or undefined when its content clearly says
 * another kind. Without a candidate of the named kind, its columns are those detectSheetAs finds for that kind.
 */
function takeNamed(
  sheet: RawSheet,
  kind: SheetKind,
  candidates: readonly Candidate[],
): Omit<SheetMapping, "version" | "sheet" | "use"> | undefined {
  const own = candidates
    .filter((c) => c.kind === kind)
    .reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);
  const other = candidates.filter((c) => c.kind !== kind).reduce((a, c) => Math.max(a, c.score), 0);
  if (other >= CLEARLY_OTHER && other > (own?.score ?? 0)) return undefined;
  if (!own) {
    const { version: _v, sheet: _s, use: _u, corrected: _c, ...as } = detectSheetAs(sheet, kind);
    return {
      ...as,
      confidence: NAMED_CONFIDENCE,
      notes: [...(as.notes ?? []), `Bladets namn anger ${KIND_LABEL[kind]}, men kolumnerna känns inte igen.`],
    };
  }
  const score = Math.max(NAMED_CONFIDENCE, Math.min(1, own.score));
  const confidence = Math.max(NAMED_CONFIDENCE, score - (other >= score - 0.1 ? 0.15 : 0));
  return { kind, confidence: Math.round(confidence * 100) / 100, ...own.build() };
}
