import { columnIndex } from "../../model/address";
import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { BudgetRad, Insats, ParsedWorkbook, UtfallRad } from "../../model/records";
import { parseBudget } from "../base/budget";
import { cellAddress } from "../../text/header";
import type { BaseLayout, ParseBaseResult } from "../base/parse-base";
import { parseInsatser } from "../base/insatser";
import { parseInstallningar } from "../base/installningar";
import { fillBudgetPerAr, insatsNames, missingSheetIssues, postCanonicalizer, postKinds } from "../base/link";
import { NameIndex } from "../../text/names";
import { parseUtfall } from "../base/utfall";
import { mergeAliases, parseAliasSheet, resolveInsatsName } from "../alias";
import { reconcileMapping } from "../../detect/detect-workbook";
import { readMappedTable, type MappedInsats, type MappedRecords } from "./table";
import { withoutDuplicateRoles } from "./duplicate-roles";
import { sideBySideIssue } from "./side-by-side";
import { budgetYearAssumedIssues } from "../../detect/workbook-year";
import { derivedColumnNotes, missingBaseColumns, missingColumnIssues } from "./required-columns";
import { fitsStandardParser, withStandardHeader } from "../../detect/standard-header";
import type { SheetKind, SheetMapping, WorkbookMapping } from "../../model/mapping";
import { notFinsamIssue } from "./not-finsam";
import { isExportMapping } from "../../detect/export-layout";
import { namedByCodes, readExportTable } from "./export";
import { readStackedBlocks, stackedBlocksOf } from "./blocks";

/**
 * parseBase through a mapping: the sheet the mapping uses for each base kind is read by the standard parser
 * when its layout fits it once the header is renamed (standard-header.ts), else by readMappedTable. Without an
 * Insatser sheet, the insatser are the rows of the Budget and Utfall sheets that have an owner, stand under
 * a samverkansinsats heading, or are cost posts that are not the förbund's own (kansli, styrelse …) (INSATSER_HARLEDDA, info); their Start and Slut, when not given, span the years of
 * their budget and utfall (DATUM_ANTAGNA, info). Without a Budget sheet, the budget columns of the Utfall sheet
 * are the budget. Posts are linked to insatser by name, Insatsnamn, alias (mapping and "Alias" sheets) or name
 * + owner. A unit guessed from the size of the amounts is ENHET_GISSAD (info). A sheet lacking a required column
 * (required-columns.ts) gets SAKNAD_KOLUMN at its header row's first cell and is not read.
 */

export const DETECT_CODES = {
  ENHET_GISSAD: "ENHET_GISSAD",
  INSATSER_HARLEDDA: "INSATSER_HARLEDDA",
  DATUM_ANTAGNA: "DATUM_ANTAGNA",
  TYP_ANTAGEN: "TYP_ANTAGEN",
} as const;

/** Kinds parseBase reads (and so checks for a changed layout); record kinds are checked by applyMapping. */
const BASE_READ = new Set<SheetKind>(["insatser", "budget", "utfall", "installningar", "alias"]);

function unitIssues(sheet: RawSheet, m: SheetMapping): Issue[] {
  const guessed = m.columns.filter((c) => c.unitSource === "gissad");
  if (guessed.length === 0) return [];
  const unit = guessed[0].factor === 1000 ? "tkr" : guessed[0].factor === 1e6 ? "mkr" : "kr";
  const r = m.headerRow - 1 - sheet.origin.row;
  const cell = cellAddress(sheet, Math.max(0, r), columnIndex(guessed[0].column) - sheet.origin.col);
  return [
    issue(
      "info",
      DETECT_CODES.ENHET_GISSAD,
      sheet.name,
      cell,
      `Bladet anger ingen enhet för beloppen; utifrån deras storlek läses de som ${unit}. Skriv "${unit}" i rubriken (t.ex. "Utfall ${unit}") eller ändra enheten i mappningen om det är fel.`,
    ),
  ];
}

function stripMapped(i: MappedInsats): Insats {
  const { datesGiven: _d, ...rest } = i;
  return rest;
}

/** Start/Slut of insatser the sheets gave no dates: 1 January of the first to 31 December of the last year of their figures. */
function fillDates(undated: readonly Insats[], base: ParsedWorkbook, issues: Issue[]): void {
  if (undated.length === 0) return;
  const years = new Map<string, number[]>();
  const add = (post: string, y: number) => years.set(post, [...(years.get(post) ?? []), y]);
  for (const b of base.budget) add(b.post, b.ar);
  for (const u of base.utfall) {
    add(u.post, Number(u.period.from.slice(0, 4)));
    add(u.post, Number(u.period.to.slice(0, 4)));
  }
  const all = [...years.values()].flat();
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of undated) {
    const ys = years.get(i.insats) ?? all;
    const a = ys.length > 0 ? Math.min(...ys) : new Date().getFullYear();
    const b = ys.length > 0 ? Math.max(...ys) : a;
    if (!i.start) i.start = `${a}-01-01`;
    if (!i.slut) i.slut = `${b}-12-31`;
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  const span = lo === hi ? `${lo}` : `${lo}–${hi}`;
  issues.push(
    issue(
      "info",
      DETECT_CODES.DATUM_ANTAGNA,
      undated[0].source.sheet,
      undated[0].source.cell,
      `${undated.length} insatser saknar start- och slutdatum i arbetsboken; de antas pågå hela de år de har budget eller utfall (${span}). Lägg till Start och Slut (mallen Insatser) om en insats började eller slutade mitt i ett år.`,
    ),
  );
}

function linkPosts(
  rows: readonly (BudgetRad | UtfallRad)[],
  rec: MappedRecords | undefined,
  names: NameIndex,
  canonical: (p: string) => string,
): void {
  for (const rad of rows) {
    const agare = rec?.agareOf.get(rad);
    rad.post = resolveInsatsName(names, rad.post, agare) ?? canonical(rad.post);
  }
}

export function parseMappedBase(sheets: RawSheet[], mapping: WorkbookMapping): ParseBaseResult {
  const reconciled = reconcileMapping(sheets, mapping, (x) => BASE_READ.has(x.kind));
  // Two columns with one role are neither read (duplicate-roles.ts).
  const deduped = withoutDuplicateRoles(
    reconciled.mapping,
    (x) => x.kind === "insatser" || x.kind === "budget" || x.kind === "utfall",
    sheets,
  );
  const issues: Issue[] = [...reconciled.issues, ...deduped.issues];
  const m = deduped.mapping;
  const sheetOf = new Map(sheets.map((s) => [s.name, s]));
  const pick = (kind: SheetKind) => m.sheets.find((x) => x.kind === kind && x.use && sheetOf.has(x.sheet));
  const base: ParsedWorkbook = { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };
  const layout: BaseLayout = {};
  // Sheets lacking a required column (required-columns.ts): SAKNAD_KOLUMN, and nothing is read from them.
  const blocked = new Set<SheetMapping>();
  const block = (sm: SheetMapping, missing: ReturnType<typeof missingBaseColumns>) => {
    blocked.add(sm);
    issues.push(...missingColumnIssues(sheetOf.get(sm.sheet)!, sm, missing));
  };
  const tables = new Map<SheetMapping, MappedRecords>();
  const ins = pick("insatser");
  const read = (sm: SheetMapping) => {
    let t = tables.get(sm);
    if (!t) {
      const sheet = sheetOf.get(sm.sheet)!;
      const blocks = isExportMapping(sm) ? null : stackedBlocksOf(sheet, sm);
      t = isExportMapping(sm)
        ? readExportTable(sheet, sm, issues)
        : blocks
          ? readStackedBlocks(sheet, sm, blocks, issues)
          : readMappedTable(sheet, sm, issues, !ins);
      // A Budget sheet keyed by the export's project codes takes the names the export gives them.
      if (sm !== exportUtfall && exportUtfall) namedByCodes(t, read(exportUtfall).codes);
      issues.push(...derivedColumnNotes(sheet, sm, t));
      tables.set(sm, t);
    }
    return t;
  };
  const bud = pick("budget");
  const utf = pick("utfall");
  const exportUtfall = utf && isExportMapping(utf) ? utf : undefined;
  const notFinsam = notFinsamIssue(sheets, m, utf);
  if (notFinsam) return { base, issues: [...issues, notFinsam], layout };
  for (const sm of [ins, bud, utf]) {
    if (!sm) continue;
    // Two tables side by side (side-by-side.ts): a fel, and the sheet is not read.
    const beside = isExportMapping(sm) ? undefined : sideBySideIssue(sheetOf.get(sm.sheet)!, sm);
    if (beside) {
      blocked.add(sm);
      issues.push(beside);
      continue;
    }
    issues.push(...budgetYearAssumedIssues(sheetOf.get(sm.sheet)!, sm));
    const missing = missingBaseColumns(sm);
    if (missing.length > 0) block(sm, missing);
    else issues.push(...unitIssues(sheetOf.get(sm.sheet)!, sm));
  }
  const readable = (sm: SheetMapping | undefined): sm is SheetMapping => !!sm && !blocked.has(sm);

  let budgetYears = new Set<number>();
  const undated: Insats[] = [];
  let typDefaulted = 0;
  if (ins) {
    const sheet = sheetOf.get(ins.sheet)!;
    base.sourceSheets.insatser = ins.sheet;
    if (!readable(ins)) {
      // SAKNAD_KOLUMN already says why; the insatser are not guessed from other sheets.
    } else if (fitsStandardParser(ins)) {
      const p = parseInsatser(withStandardHeader(sheet, ins), issues);
      base.insatser = p.insatser;
      budgetYears = p.budgetYears;
      layout.insatser = p.columns;
    } else {
      const rec = read(ins);
      base.insatser = rec.insatser.map(stripMapped);
      rec.insatser.forEach((i, k) => !i.datesGiven && undated.push(base.insatser[k]));
      budgetYears = rec.budgetYears;
      typDefaulted += rec.typDefaulted;
    }
  } else {
    const from = [bud, utf].filter((x): x is SheetMapping => readable(x) && !fitsStandardParser(x));
    // Names as NameIndex matches them: "Framsteget (Håbo, AF)" on the Utfall sheet is the Budget sheet's "Framsteget".
    const seen = new NameIndex();
    for (const sm of from) {
      const rec = read(sm);
      let added = 0;
      for (const i of rec.insatser) {
        if (seen.find(i.insats) !== undefined) continue;
        added++;
        seen.add(i.insats);
        const plain = stripMapped(i);
        base.insatser.push(plain);
        if (!i.datesGiven) undated.push(plain);
      }
      // An insats read from both the Budget and the Utfall sheet is counted once.
      typDefaulted += Math.min(rec.typDefaulted, added);
    }
    if (base.insatser.length > 0) {
      base.sourceSheets.insatser = [...new Set(base.insatser.map((i) => i.source.sheet))].join(", ");
      const first = base.insatser[0].source;
      issues.push(
        issue(
          "info",
          DETECT_CODES.INSATSER_HARLEDDA,
          first.sheet,
          first.cell,
          `Arbetsboken har inget blad Insatser; ${base.insatser.length} insatser läses från budgetraderna på bladet ${base.sourceSheets.insatser} (rader med insatsägare, under rubriker för samverkansinsatser, eller kostnadsposter som inte är förbundets egna som kansli och styrelse). Lägg till bladet Insatser (Skapa mallar) för att ange insatsägare, typ och start- och slutdatum.`,
        ),
      );
    }
  }
  if (typDefaulted > 0) {
    const first = base.insatser[0]?.source ?? { sheet: "", cell: "" };
    issues.push(
      issue(
        "info",
        DETECT_CODES.TYP_ANTAGEN,
        first.sheet,
        first.cell,
        `${typDefaulted} insatser saknar typ (kolumn Typ eller rubrik som Individinriktade/Strukturinriktade) och räknas som individinsatser. Ange typen för att driftsredovisningen ska gruppera rätt.`,
      ),
    );
  }

  const aliasSheets = m.sheets
    .filter((x) => x.kind === "alias" && sheetOf.has(x.sheet))
    .flatMap((x) => parseAliasSheet(sheetOf.get(x.sheet)!, issues));
  const names = insatsNames(base.insatser, mergeAliases(m.alias, aliasSheets));
  const insatsByName = new Map<string, Insats>(base.insatser.map((i) => [i.insats, i]));

  let budgetFrom = readable(bud) ? bud : undefined;
  if (!bud && readable(utf) && !fitsStandardParser(utf)) budgetFrom = utf;
  if (bud && !budgetFrom) base.sourceSheets.budget = bud.sheet;
  if (budgetFrom) {
    const sheet = sheetOf.get(budgetFrom.sheet)!;
    if (budgetFrom.kind === "budget" && fitsStandardParser(budgetFrom)) {
      const p = parseBudget(withStandardHeader(sheet, budgetFrom), issues);
      base.budget = p.budget;
      layout.budget = p.columns;
    } else base.budget = read(budgetFrom).budget;
    if (base.budget.length > 0 || budgetFrom === bud) base.sourceSheets.budget = budgetFrom.sheet;
    linkPosts(base.budget, tables.get(budgetFrom), names, (p) => names.find(p) ?? p);
    fillBudgetPerAr(base.budget, insatsByName, budgetYears, issues);
  }
  const kindOf = postKinds(base.budget, base.insatser);
  const canonical = postCanonicalizer(names, base.budget);
  if (utf) base.sourceSheets.utfall = utf.sheet;
  if (readable(utf)) {
    const sheet = sheetOf.get(utf.sheet)!;
    if (fitsStandardParser(utf)) {
      const p = parseUtfall(withStandardHeader(sheet, utf), issues, (post) => kindOf.get(canonical(post)) ?? 0);
      base.utfall = p.utfall;
      layout.utfall = p.columns;
    } else {
      const rec = read(utf);
      base.utfall = rec.utfall;
      if (rec.olasbartUtfall.length > 0) base.olasbartUtfall = rec.olasbartUtfall.map((o) => ({ ...o, post: canonical(o.post) }));
    }
    linkPosts(base.utfall, tables.get(utf), names, canonical);
  }
  const inst = pick("installningar");
  if (inst) {
    base.sourceSheets.installningar = inst.sheet;
    base.installningar = parseInstallningar(withStandardHeader(sheetOf.get(inst.sheet)!, inst), issues);
  }
  fillDates(undated, base, issues);
  issues.push(
    ...missingSheetIssues(
      { insatser: ins ?? (base.insatser.length > 0 || undefined), budget: bud ?? (base.budget.length > 0 || undefined), utfall: utf },
      base,
    ),
  );
  return { base, issues, layout };
}
