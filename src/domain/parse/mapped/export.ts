import type { Issue } from "../../issues/issue";
import type { CellValue, RawSheet } from "../../model/raw";
import type { BudgetRad, Kostnadsslag, Period, UtfallRad } from "../../model/records";
import { CellReader } from "../base/cell-read";
import { cellAddress } from "../../text/header";
import { CODES } from "../../issues/codes";
import { negativeCostsInfo } from "../base/sign";
import { issue } from "../../issues/issue";
import { looksLikeForbundPost, looksLikeIntakt } from "../../template/vocabulary";
import { exportPeriod } from "../../detect/export-period";
import { EXPORT_ROLES, yearCell } from "../../detect/export-layout";
import type { SheetMapping } from "../../model/mapping";
import { mappedColumns, mappedLabels } from "./columns";
import { emptyRecords, type MappedInsats, type MappedRecords } from "./mapped-records";
import { insatsNameOf } from "./insats-name";

/**
 * Reads an ekonomisystem export (issue 14 pattern 5; detected by detect/export-layout.ts) through its mapping:
 * every row is a transaction Insats (the dimension's name, "7100 Jobbstöd" → "Jobbstöd") | Konto | Period | Belopp.
 * - The insats is the dimension; the konto is the kostnadsslag (Personal for löner/arvoden/sociala avgifter,
 *   Lokal for lokaler/hyror, else Övrigt), never the post.
 * - The period is the row's month (ÅÅÅÅMM, ÅÅÅÅMMDD, a verifikationsdatum, or a period number 1–12 with the
 *   row's År or the title's year; export-period.ts).
 * - Debet | Kredit columns give utfall = debet − kredit.
 * - Transactions on intäkt konton (class 3 in BAS and Kommun-BAS, or "intäkt" in the konto name) are not the
 *   insats' utfall (EXPORT_INTAKTER, info); a dimension value that is the förbund's own post (Kansli, Styrelse)
 *   is read as that post, not as an insats.
 * - The codes of the insatser are kept (MappedRecords.codes): a Budget sheet keyed by code links by them.
 * - Transactions are summed per insats, month and kostnadsslag: utfall(insats, månad, slag) = Σ belopp of its rows,
 *   in kronor at full precision (öre kept); a Budget column likewise gives a period budget per insats and month.
 * - When the export writes costs negative (Σ belopp < 0), every amount is negated (a credit stays a credit) and
 *   NEGATIVA_KOSTNADER (info) says so.
 * - Rows without a period and without an insats or named Summa/Totalt (the total at the end) are not transactions and are skipped; a row
 *   with an insats and an amount but no readable period is reported (the reader's OLASBAR_PERIOD / SAKNAT_VARDE).
 */

const PERSONAL = /(l[öo]n|arvode|personal|sociala|pension|ob-till|semester)/i;
const LOKAL = /(lokal|hyra|hyror|el och v[äa]rme|st[äa]dning)/i;

function isIntaktKonto(konto: CellValue | undefined, name: string | null | undefined): boolean {
  const k = konto === null || konto === undefined ? "" : String(konto).trim();
  if (/^3\d{3}$/.test(k)) return true;
  return !!name && looksLikeIntakt(name);
}

function slagOf(text: string | undefined): Kostnadsslag | undefined {
  if (!text) return undefined;
  if (PERSONAL.test(text)) return "personal";
  if (LOKAL.test(text)) return "lokal";
  return /\p{L}/u.test(text) ? "ovrigt" : undefined;
}

interface Sum {
  post: string;
  period: Period;
  slag?: Kostnadsslag;
  utfall: number;
  budget: number;
  hasUtfall: boolean;
  hasBudget: boolean;
  source: { sheet: string; cell: string };
}

export function readExportTable(sheet: RawSheet, m: SheetMapping, issues: Issue[]): MappedRecords {
  const out = emptyRecords();
  const mc = mappedColumns(sheet, m);
  if (!mc || mc.keys.post === undefined || mc.keys.period === undefined) return out;
  const reader = new CellReader(sheet, issues, mappedLabels(sheet, m));
  const utfallCol = mc.amounts.find((a) => a.col.measure === "utfall");
  const budgetCol = mc.amounts.find((a) => a.col.measure === "budget");
  const post = mc.keys.post;
  const periodCol = mc.keys.period;
  const kreditCol = mc.keys[EXPORT_ROLES.kredit];
  const slagCol = mc.keys[EXPORT_ROLES.kontonamn] ?? mc.keys.kostnadsslag ?? mc.keys[EXPORT_ROLES.konto];
  // Period numbers 1–12: the year from the row's År column or, from the title, on the period column's mapping.
  const periodYear = m.columns.find((c) => c.role === "period")?.year;
  const sums = new Map<string, Sum>();
  const codes = new Map<string, string>();
  const intaktRows: number[] = [];
  const order: string[] = [];
  const firstRow = new Map<string, number>();
  let total = 0;
  for (let r = mc.dataStart; r < sheet.values.length; r++) {
    const raw = reader.value(r, post);
    const name = insatsNameOf(raw);
    const pv = reader.value(r, periodCol);
    const noPeriod = pv === null || pv === "";
    if (noPeriod && (!name || /^(summa|totalt?|total|s:a)\b/i.test(name))) continue;
    const debet = utfallCol ? reader.amount(r, utfallCol.c, utfallCol.factor) : undefined;
    const kredit = kreditCol !== undefined ? reader.amount(r, kreditCol, utfallCol?.factor ?? 1) : undefined;
    const u = kredit === null ? null : typeof kredit === "number" ? (typeof debet === "number" ? debet : 0) - kredit : debet;
    const b = budgetCol ? reader.amount(r, budgetCol.c, budgetCol.factor) : undefined;
    if (u === null && name)
      out.olasbartUtfall.push({ post: name, source: { sheet: sheet.name, cell: cellAddress(sheet, r, utfallCol!.c) } });
    if (typeof u !== "number" && typeof b !== "number") continue;
    if (!name) {
      reader.report(
        "fel",
        CODES.SAKNAT_VARDE,
        r,
        post,
        "Raden har belopp men ingen insats (projekt, kostnadsställe). Skriv insatsen; raden används inte.",
      );
      continue;
    }
    const year = mc.keys.ar !== undefined ? yearCell(reader.value(r, mc.keys.ar)) : periodYear;
    const period = exportPeriod(pv, year);
    if (!period) {
      const what = period === undefined ? "perioden saknas" : `"${String(pv).trim()}" är ingen period`;
      reader.report(
        "fel",
        period === undefined ? CODES.SAKNAT_VARDE : CODES.OLASBAR_PERIOD,
        r,
        periodCol,
        `${reader.label(periodCol)}: ${what}. Skriv perioden som ÅÅÅÅMM (201601), ett datum (2016-01-28) eller en månad (2016-01); raden hoppas över.`,
      );
      continue;
    }
    // Intäkt transactions (konto 3xxx in BAS and Kommun-BAS, or an intäkt konto name) are not the insats' utfall.
    if (
      isIntaktKonto(
        mc.keys[EXPORT_ROLES.konto] !== undefined ? reader.value(r, mc.keys[EXPORT_ROLES.konto]) : null,
        slagCol !== undefined ? reader.text(r, slagCol) : undefined,
      )
    ) {
      intaktRows.push(r);
      continue;
    }
    const slag = slagCol !== undefined ? slagOf(reader.text(r, slagCol) ?? undefined) : undefined;
    const key = `${name}\u0000${period.label}\u0000${slag ?? ""}`;
    let s = sums.get(key);
    if (!s) {
      s = {
        post: name,
        period,
        ...(slag ? { slag } : {}),
        utfall: 0,
        budget: 0,
        hasUtfall: false,
        hasBudget: false,
        source: { sheet: sheet.name, cell: cellAddress(sheet, r, post) },
      };
      sums.set(key, s);
    }
    const code = codeOf(raw, mc.keys[EXPORT_ROLES.kod] !== undefined ? reader.value(r, mc.keys[EXPORT_ROLES.kod]) : undefined, name);
    if (code) codes.set(code, name);
    if (!firstRow.has(name)) {
      firstRow.set(name, r);
      order.push(name);
    }
    if (typeof u === "number") {
      s.utfall += u;
      s.hasUtfall = true;
      total += u;
    }
    if (typeof b === "number") {
      s.budget += b;
      s.hasBudget = true;
    }
  }
  if (intaktRows.length > 0) {
    const n = intaktRows.length;
    issues.push(
      issue(
        "info",
        "EXPORT_INTAKTER",
        sheet.name,
        cellAddress(sheet, intaktRows[0], mc.keys[EXPORT_ROLES.konto] ?? slagCol ?? post),
        `${n} ${n === 1 ? "transaktion" : "transaktioner"} på intäktskonton (klass 3 eller intäkt i kontonamnet) räknas inte in i insatsernas utfall; förbrukningen är kostnaderna. Lägg intäkterna i Budget (Kategori Intäkt) om de ska med i driftsredovisningen.`,
      ),
    );
  }
  const flip = total < 0;
  if (flip && utfallCol)
    issues.push(negativeCostsInfo(sheet.name, cellAddress(sheet, mc.headerRow, utfallCol.c), reader.label(utfallCol.c)));
  const sign = (v: number) => (flip ? -v : v);
  const budgetFlip = [...sums.values()].reduce((a, s) => a + s.budget, 0) < 0;
  for (const name of order) {
    // The förbund's own posts booked on the dimension (Kansli, Styrelse, Gemensamt) are not insatser.
    if (looksLikeForbundPost(name)) continue;
    const r = firstRow.get(name)!;
    const ins: MappedInsats = {
      insats: name,
      typ: /^f(ö|o)rstudie/i.test(name) ? "forstudie" : "individ",
      agare: "",
      start: "",
      slut: "",
      budgetPerAr: {},
      source: { sheet: sheet.name, cell: cellAddress(sheet, r, post) },
      datesGiven: false,
    };
    if (ins.typ === "individ") out.typDefaulted++;
    out.insatser.push(ins);
  }
  for (const s of sums.values()) {
    if (s.hasUtfall) {
      const rad: UtfallRad = { post: s.post, period: s.period, utfall: sign(s.utfall), source: s.source };
      if (s.slag) rad.kostnadsslag = s.slag;
      out.utfall.push(rad);
    }
    if (s.hasBudget) {
      const rad: BudgetRad = {
        post: s.post,
        kategori: "kostnad",
        ar: Number(s.period.from.slice(0, 4)),
        budget: budgetFlip ? -s.budget : s.budget,
        period: s.period,
        source: s.source,
      };
      out.budget.push(rad);
    }
  }
  // Budget per insats and period: one row per insats and month (kostnadsslag do not split the budget).
  out.budget = mergeBudget(out.budget);
  out.codes = codes;
  return out;
}

/** The code of a row's insats: the code column, or the code before the name in one cell ("7100 Jobbstöd"). */
function codeOf(raw: CellValue, codeCell: CellValue | undefined, name: string): string | undefined {
  const own = codeCell === null || codeCell === undefined ? "" : String(codeCell).trim();
  if (own !== "" && own !== name) return own;
  const t = raw === null ? "" : String(raw).trim();
  const m = /^([A-Z]{0,2}\d{3,8}[A-Z]?)\b/i.exec(t);
  return m && m[1] !== name ? m[1] : undefined;
}

/**
 * A Budget sheet that names the insatser by the export's codes ("7100 | 5 200 000"): its rows and insatser take the
 * name the export gives the code, so budget and utfall meet on one insats.
 */
export function namedByCodes(rec: MappedRecords, codes: ReadonlyMap<string, string> | undefined): void {
  if (!codes || codes.size === 0) return;
  const rename = (post: string) => codes.get(post.trim()) ?? post;
  for (const i of rec.insatser) i.insats = rename(i.insats);
  for (const b of rec.budget) b.post = rename(b.post);
  for (const u of rec.utfall) u.post = rename(u.post);
}

function mergeBudget(rows: BudgetRad[]): BudgetRad[] {
  const by = new Map<string, BudgetRad>();
  for (const b of rows) {
    const k = `${b.post}\u0000${b.period!.label}`;
    const x = by.get(k);
    if (x) x.budget += b.budget;
    else by.set(k, { ...b });
  }
  return [...by.values()];
}
