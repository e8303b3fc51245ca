import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { findSoffice } from "../fixtures/nasta-ar/libreoffice";
import { convertToPdf, pdfFonts, pdfPageCount, pdfWords, reportSlug, splitReports, type PdfWord } from "../fixtures/print/render-pdf";
import { touchingWords } from "../fixtures/print/footer-and-headers";
import { exampleSheets, nastaArPlans } from "../fixtures/print/board-pack";
import { writePlansToWorkbook } from "../../src/xlsx/write-plans";
import { workbookToXlsx } from "../../src/xlsx/charts/workbook-bytes";

/**
 * Prints every report of the example workbook (the README's CLI run) with LibreOffice headless and
 * checks what a board pack needs: pages per report, nothing printed below 8 pt, no text printed over
 * other text (wrapped rows tall enough, notes not under the header), one sans font (no serif
 * fallback), a footer "Sida x av y". Skipped (not passed) when LibreOffice is not installed.
 */

const soffice = findSoffice();
const describePrint = soffice ? describe : describe.skip;

/** Most pages each report may take on A4 (the example workbook, 2024-06-30). */
const MAX_PAGES: Record<string, number> = {
  forbrukningskvot: 1,
  driftsredovisning: 2,
  resultat: 2,
  rekvisitionskontroll: 4,
  // Two page widths (the break before the Pågående group, column A repeated) × the tables, then the two charts;
  // 6 before the column breaks, when the page cut fell inside the Pågående group. At Excel's column widths A–M do
  // not fit one page at 80 %, so Målgrupp's last column (Handlingsplan) now takes a second page width.
  "uppfoljning-deltagare": 7,
  bidrag: 1,
  // The table on two pages, its chart (below the table) on the third.
  beslutsutrymme: 3,
  valideringsrapport: 2,
};

/**
 * Least room in points between the texts of two cells on one printed line: a space prints 2,8 pt wide at 10 pt
 * (2,2 pt at 80 %), so two cells closer than this read as one phrase ("Budget jan–jun Utfall jan–jun").
 */
const MIN_CELL_GAP = 3.5;

/** The texts of every chart in a written package (titles, legends, axis labels): printed with the report, not in cells. */
async function chartTexts(xlsxPath: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<(?:a:t|c:v)>([^<]*)<\/(?:a:t|c:v)>/g)) texts.push(m[1]);
  }
  return texts;
}

/** Every text of a written sheet and its footer: the words a printed line may run together. */
function sheetTexts(ws: ExcelJS.Worksheet, charts: readonly string[] = []): string[] {
  const texts: string[] = [...charts];
  ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text ?? ""))));
  const f = ws.headerFooter?.oddFooter ?? "";
  texts.push(
    ...f
      .replace(/&[LCR]/g, "\n")
      .replace(/&("[^"]*"|\d+)/g, "")
      .replace(/&[PN]/g, "1")
      .split("\n"),
  );
  return texts;
}

/** A word's box is ≈ 1,3 × the font size high (Liberation Sans ascent + descent). */
const BOX_PER_POINT = 1.3;

function overlaps(words: PdfWord[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      if (a.page !== b.page) continue;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      // y > 3: the two lines of a wrapped 14 pt title have boxes 18 pt high 16 pt apart (2,1 pt), text printed over
      // text overlaps by most of a line.
      if (x > 1 && y > 3) out.push(`"${a.text}" över "${b.text}" (sida ${a.page})`);
    }
  return out;
}

describePrint("the example workbook's reports printed to PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-print-"));
  const pdfs = new Map<string, string>();
  const sheets = new Map<string, ExcelJS.Worksheet>();
  let charts: string[] = [];

  beforeAll(async () => {
    const out = join(dir, "rapporter.xlsx");
    const log = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await main(["rapport", "assets/exempel/finsam-exempel-2024.xlsx", "--till", "2024-06-30", "--ut", out]);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    charts = await chartTexts(out);
    const reports = wb.worksheets.filter((ws) => ws.state === "visible" && reportSlug(ws.name) in MAX_PAGES);
    for (const ws of reports) sheets.set(reportSlug(ws.name), ws);
    const xlsx = await splitReports(
      out,
      reports.map((ws) => ws.name),
      join(dir, "xlsx"),
    );
    const written = convertToPdf(soffice!, xlsx, join(dir, "pdf"), join(dir, "profile"));
    written.forEach((pdf, i) => pdfs.set(reportSlug(reports[i].name), pdf));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every report", () => {
    expect([...pdfs.keys()].sort()).toEqual(Object.keys(MAX_PAGES).sort());
  });

  it.each(Object.keys(MAX_PAGES))("%s fits its pages, prints at 8 pt or more, without text over text", (slug) => {
    const pdf = pdfs.get(slug)!;
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES[slug]);
    const words = pdfWords(pdf);
    const smallest = Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_POINT));
    expect(smallest).toBeGreaterThanOrEqual(7.9);
    expect(overlaps(words)).toEqual([]);
    expect(pdfFonts(pdf).filter((f) => /serif/i.test(f) && !/sans/i.test(f))).toEqual([]);
    const text = words.map((w) => w.text).join(" ");
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    // Beslutsutrymme names the years it covers, as its title does (before: the run's half year).
    expect(text).toContain(`Samordningsförbundet Uppsala län · ${slug === "beslutsutrymme" ? "2024–2028" : "2024-01-01 – 2024-06-30"}`);
  });

  it.each(Object.keys(MAX_PAGES))("%s: no two cells' texts print against each other (headers over numbers)", (slug) => {
    // Before: "Budget jan–jun 2024 (tkr)" 3 pt from "Utfall jan–jun 2024 (tkr)" (Resultat, Driftsredovisning),
    // "Inkl. sökande K" run into "Inkl. sökande M" (Uppföljning deltagare).
    expect(touchingWords(pdfWords(pdfs.get(slug)!), sheetTexts(sheets.get(slug)!, charts), MIN_CELL_GAP)).toEqual([]);
  });

  it("prints numbers as the Swedish board reads them (LibreOffice in sv-SE): 4 664 and 42,6%, not 4,664 and 42.6%", () => {
    // Before the sv-SE profile: "4,664" and "42.6%" (the build machine's English locale).
    const text = pdfWords(pdfs.get("resultat")!)
      .map((w) => w.text)
      .join(" ");
    expect(text).toContain("4 664");
    expect(text).toContain("42,6%");
    expect(text).not.toMatch(/\b\d{1,3},\d{3}\b/);
    expect(text).not.toMatch(/\b\d+\.\d%/);
  });

  it("Resultat: each nyckeltal section on page 2 names its columns on its own line", () => {
    const words = pdfWords(pdfs.get("resultat")!);
    const line = (first: string) => {
      const w = words.find((x) => x.text === first && x.page === 2);
      return w
        ? words
            .filter((x) => x.page === w.page && Math.abs(x.yMin - w.yMin) < 2)
            .map((x) => x.text)
            .join(" ")
        : "";
    };
    expect(line("Förbrukad")).toMatch(/Förbrukad andel av årsbudget per grupp Utfall \(tkr\) Årsbudget \(tkr\) Andel av/);
    expect(line("Förbrukning")).toMatch(/Utfall \(tkr\) Medlemsbidrag (\(tkr\) )?Andel/);
  });

  it("Uppföljning deltagare: no column group is split over two pages (its label whole, its Totalt values on one line)", () => {
    const ws = sheets.get("uppfoljning-deltagare")!;
    // Group labels: the row right above a table header ("Insats"), empty over column A; a group runs from its
    // label to the column before the next label (or the header's last column).
    const groups: { label: string; totals: string[] }[] = [];
    const shown = (cell: ExcelJS.Cell) => {
      // A formula's cached result (ExcelJS leaves a result of 0 out; LibreOffice prints 0).
      const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? 0) : cell.value;
      if (typeof v !== "number") return String(v ?? "");
      return /%/.test(cell.numFmt ?? "") ? `${Math.round(v * 100)}%` : String(v);
    };
    ws.eachRow((row, r) => {
      const header = ws.getRow(r + 1);
      if (String(header.getCell(1).text) !== "Insats" || String(row.getCell(1).text) !== "") return;
      let last = 1;
      header.eachCell((_, c) => (last = Math.max(last, c)));
      let total = r + 2;
      while (total <= ws.rowCount && String(ws.getRow(total).getCell(1).text) !== "Totalt") total++;
      const labels: number[] = [];
      row.eachCell((cell, c) => {
        if (c > 1 && String(cell.text).trim() !== "") labels.push(c);
      });
      // A caption right above the header (moved to B and merged over the page, print-continuation.ts) is no group row.
      if (labels.some((c) => row.getCell(c).isMerged)) return;
      labels.forEach((c, i) => {
        const end = i + 1 < labels.length ? labels[i + 1] - 1 : last;
        const totals = Array.from({ length: end - c + 1 }, (_, k) => shown(ws.getRow(total).getCell(c + k))).filter((t) => t !== "");
        groups.push({ label: String(row.getCell(c).text).trim(), totals });
      });
    });
    expect(groups.map((g) => g.label)).toContain("Pågående deltagare per 2024-06-30");
    expect(groups.length).toBeGreaterThanOrEqual(8);
    const words = pdfWords(pdfs.get("uppfoljning-deltagare")!);
    const pages = new Map<number, string>();
    for (const w of words) pages.set(w.page, `${pages.get(w.page) ?? ""} ${w.text.replace(/&amp;/g, "&")}`);
    // The printed lines that start with "Totalt" (words on one page at one height).
    const totalLines = words
      .filter((w) => w.text === "Totalt")
      .map((t) =>
        words
          .filter((w) => w.page === t.page && Math.abs(w.yMin - t.yMin) < 2 && w.xMin >= t.xMin)
          .sort((a, b) => a.xMin - b.xMin)
          .map((w) => w.text)
          .join(" ")
          // LibreOffice in sv-SE prints Excel's built-in percent format (0%) as "28 %".
          .replace(/(\d) %/g, "$1%"),
      );
    const split = groups.filter(
      (g) =>
        ![...pages.values()].some((text) => text.includes(g.label)) ||
        (g.totals.length > 0 && !totalLines.some((line) => ` ${line} `.includes(` ${g.totals.join(" ")} `))),
    );
    expect(split).toEqual([]);
  });

  it.each(Object.keys(MAX_PAGES))("%s: the file says A4, its print area and a scale that keeps 8 pt", (slug) => {
    const ws = sheets.get(slug)!;
    const ps = ws.pageSetup;
    expect(ps.paperSize).toBe(9);
    expect(ps.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
    const scale = ps.fitToPage ? null : (ps.scale ?? 100);
    if (scale !== null) expect(scale * 10).toBeGreaterThanOrEqual(800);
    // Rows with wrapped text have a height; merged title rows at least one line each.
    let wrappedRows = 0;
    ws.eachRow((row) => {
      let wraps = false;
      row.eachCell((cell) => {
        if (cell.alignment?.wrapText && String(cell.text ?? "").trim() !== "") wraps = true;
      });
      if (!wraps) return;
      wrappedRows++;
      expect(row.height).toBeGreaterThanOrEqual(12.75);
    });
    expect(wrappedRows).toBeGreaterThan(0);
  });
});

/** Most pages each sheet of the board pack may take on A4 (Uppsala's SIE files; the example workbook's scenario). */
const PACK_PAGES: Record<string, number> = {
  resultatrakning: 1,
  balansrakning: 1,
  kassaflodesanalys: 1,
  noter: 2,
  "kontroller-bokslut": 1,
  // Nästa år: the scenario's Beslutsutrymme (table on two pages, its chart on the third) and next year's Bidrag.
  beslutsutrymme: 3,
  bidrag: 1,
};

const SIE = [
  {
    file: "test/fixtures/ledger/uppsala-2024-06-30.se",
    till: "2024-06-30",
    footer: "Samordningsförbundet Uppsala län · 2024-01-01 – 2024-06-30",
  },
  {
    file: "test/fixtures/ledger/uppsala-2014.se",
    till: "2014-12-31",
    footer: "Samordningsförbundet Uppsala län · 2014-01-01 – 2014-12-31",
  },
];

describePrint("the board pack: bokslut sheets (finsam bokslut) and Nästa år scenario sheets printed to PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-pack-"));
  /** Printed sheets: run label, slug, PDF, written sheet and the footer it must print. */
  const printed: { run: string; slug: string; pdf: string; ws: ExcelJS.Worksheet; footer: string; charts: string[] }[] = [];

  beforeAll(async () => {
    const files: { run: string; xlsx: string; footer: string; only?: RegExp }[] = [];
    const log = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      for (const [i, sie] of SIE.entries()) {
        const out = join(dir, `bokslut-${i}.xlsx`);
        await main(["bokslut", sie.file, "--till", sie.till, "--ut", out]);
        files.push({ run: sie.file.replace(/^.*\//, ""), xlsx: out, footer: sie.footer, only: /^(?!Valideringsrapport)/ });
      }
    } finally {
      log.mockRestore();
    }
    const wb = new ExcelJS.Workbook();
    writePlansToWorkbook(wb, await nastaArPlans(await exampleSheets()));
    const scenario = join(dir, "scenario.xlsx");
    writeFileSync(scenario, await workbookToXlsx(wb));
    files.push({ run: "Nästa år", xlsx: scenario, footer: "Samordningsförbundet Uppsala län · " });
    for (const [i, f] of files.entries()) {
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(f.xlsx);
      const charts = await chartTexts(f.xlsx);
      const sheets = read.worksheets.filter((ws) => ws.state === "visible" && (f.only ?? /./).test(ws.name));
      const xlsx = await splitReports(
        f.xlsx,
        sheets.map((ws) => ws.name),
        join(dir, `xlsx-${i}`),
      );
      mkdirSync(join(dir, `pdf-${i}`), { recursive: true });
      const pdfs = convertToPdf(soffice!, xlsx, join(dir, `pdf-${i}`), join(dir, "profile"));
      pdfs.forEach((pdf, k) => {
        const name = sheets[k].name;
        const slug = /^(BU|Beslutsutrymme)\b/.test(name) ? "beslutsutrymme" : reportSlug(name);
        printed.push({ run: f.run, slug, pdf, ws: sheets[k], footer: f.footer, charts });
      });
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every bokslut sheet of each SIE file and both scenario sheets", () => {
    const runs = (run: string) =>
      printed
        .filter((p) => p.run === run)
        .map((p) => p.slug)
        .sort();
    const bokslut = ["balansrakning", "kassaflodesanalys", "kontroller-bokslut", "noter", "resultatrakning"];
    expect(runs("uppsala-2024-06-30.se")).toEqual(bokslut);
    expect(runs("uppsala-2014.se")).toEqual(bokslut);
    expect(runs("Nästa år")).toEqual(["beslutsutrymme", "bidrag"]);
  });

  it("each sheet fits its pages at 8 pt or more, one sans font, no text over text, the footer with förbund and Sida x av y", () => {
    for (const p of printed) {
      const pages = pdfPageCount(p.pdf);
      const where = `${p.run} ${p.ws.name}`;
      expect({ where, pages: Math.min(pages, PACK_PAGES[p.slug]) }).toEqual({ where, pages });
      const words = pdfWords(p.pdf);
      const smallest = Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_POINT));
      expect({ where, ok: smallest >= 7.9 }).toEqual({ where, ok: true });
      expect({ where, overlaps: overlaps(words) }).toEqual({ where, overlaps: [] });
      expect({ where, serif: pdfFonts(p.pdf).filter((f) => /serif/i.test(f) && !/sans/i.test(f)) }).toEqual({ where, serif: [] });
      const text = words.map((w) => w.text).join(" ");
      expect({ where, sida: text.includes(`Sida ${pages} av ${pages}`) }).toEqual({ where, sida: true });
      expect({ where, footer: text.includes(p.footer) }).toEqual({ where, footer: true });
      expect({ where, touching: touchingWords(words, sheetTexts(p.ws, p.charts), MIN_CELL_GAP) }).toEqual({ where, touching: [] });
    }
  });

  it("the scenario sheets name what they cover in the footer: Beslutsutrymme 2024–2028, Bidrag 2025", () => {
    const text = (slug: string) =>
      pdfWords(printed.find((p) => p.run === "Nästa år" && p.slug === slug)!.pdf)
        .map((w) => w.text)
        .join(" ");
    expect(text("beslutsutrymme")).toContain("Samordningsförbundet Uppsala län · 2024–2028");
    expect(text("bidrag")).toContain("Samordningsförbundet Uppsala län · 2025");
  });

  it("the file says A4, a print area and a scale that keeps 8 pt for every sheet", () => {
    for (const p of printed) {
      const ps = p.ws.pageSetup;
      expect({ sheet: p.ws.name, paper: ps.paperSize }).toEqual({ sheet: p.ws.name, paper: 9 });
      expect(ps.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
      if (!ps.fitToPage) expect((ps.scale ?? 100) * 10).toBeGreaterThanOrEqual(800);
    }
  });
});
