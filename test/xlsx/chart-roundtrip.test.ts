import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { sessionFromSheets, snapshotSheets } from "../../src/demo/session";
import { parseRange, type ChartPlan } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { loadWorkbook, readWorkbookSheets, sheetsToXlsx, xlsxToSimSheets } from "../../src/xlsx";
import { findSoffice } from "../fixtures/nasta-ar/libreoffice";

/**
 * Round trip of the charts: the example workbook's reports written by the CLI (`finsam rapport`) and by the
 * demo's "Ladda ner .xlsx" are opened by LibreOffice headless (one conversion to .ods for both files), and every
 * chart of the report plans must be there on its sheet, with its title, its type and its series, drawn from
 * cached values. Skipped (reported as skipped) when LibreOffice is not installed.
 */

const EXAMPLE = "assets/exempel/finsam-exempel-2024.xlsx";
const soffice = findSoffice();
const describeRoundTrip = soffice ? describe : describe.skip;

/** A chart as LibreOffice read it from the .xlsx. */
interface OdsChart {
  sheet: string;
  title: string;
  chartClass: string;
  series: number;
  /** Numbers in the chart's own data table (the cached values LibreOffice drew from). */
  values: number[];
}

/** What LibreOffice's chart class is for each plan type. */
const ODS_CLASS: Record<ChartPlan["type"], string> = {
  ColumnClustered: "chart:bar",
  BarClustered: "chart:bar",
  ColumnStacked: "chart:bar",
  Line: "chart:line",
  Pie: "chart:circle",
};

const unescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Every chart object of an .ods file with the sheet it sits on. */
async function odsCharts(path: string): Promise<OdsChart[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const content = await zip.file("content.xml")!.async("string");
  const out: OdsChart[] = [];
  for (const part of content.split(/(?=<table:table )/).slice(1)) {
    const sheet = unescape(/table:name="([^"]*)"/.exec(part)![1]);
    for (const m of part.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)) {
      const xml = await zip.file(`${m[1]}/content.xml`)!.async("string");
      const title = /<chart:title[^>]*>([\s\S]*?)<\/chart:title>/.exec(xml)?.[1].replace(/<[^>]*>/g, "") ?? "";
      const values = [...xml.matchAll(/office:value-type="float" office:value="([^"]+)"/g)].map((v) => Number(v[1]));
      out.push({
        sheet,
        title: unescape(title),
        chartClass: /<chart:chart [^>]*chart:class="([^"]+)"/.exec(xml)?.[1] ?? "",
        series: (xml.match(/<chart:series /g) ?? []).length,
        values,
      });
    }
  }
  return out;
}

/** Series a plan chart has: one per column after the category column (by columns), or per row after the header row. */
function seriesCount(c: ChartPlan): number {
  const r = parseRange(c.dataRange)!;
  return c.seriesBy === "Rows" ? r.row2 - r.row1 : r.col2 - r.col1;
}

describeRoundTrip("charts of the written .xlsx opened in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-charts-"));
  let expected: { sheet: string; chart: ChartPlan }[] = [];
  const found = new Map<string, OdsChart[]>();

  beforeAll(async () => {
    // What the reports should hold: the pipeline's plans for the README's run.
    const wb = await loadWorkbook(readFileSync(EXAMPLE));
    const plans = runPipeline(readWorkbookSheets(wb), { fran: "2024-01-01", till: "2024-06-30", idag: "2024-07-01" }).plans;
    expected = plans.flatMap((p) => (p.charts ?? []).map((chart) => ({ sheet: p.name, chart })));

    const cli = join(dir, "cli.xlsx");
    const quiet = [
      jest.spyOn(process.stdout, "write").mockImplementation(() => true),
      jest.spyOn(process.stderr, "write").mockImplementation(() => true),
    ];
    try {
      await main(["rapport", EXAMPLE, "--till", "2024-06-30", "--ut", cli]);
    } finally {
      quiet.forEach((s) => s.mockRestore());
    }

    const session = sessionFromSheets(await xlsxToSimSheets(readFileSync(EXAMPLE)), "Exempel", { initialTill: "2024-06-30" });
    const run = await session.services.writeReports({ fran: "2024-01-01", till: "2024-06-30" });
    expect(run).toMatchObject({ ok: true });
    const demo = join(dir, "demo.xlsx");
    writeFileSync(demo, await sheetsToXlsx(snapshotSheets(session.sim.snapshot())));

    const out = join(dir, "ods");
    mkdirSync(out);
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "ods",
        "--outdir",
        out,
        cli,
        demo,
      ],
      {
        timeout: 120_000,
        stdio: "ignore",
      },
    );
    found.set("CLI", await odsCharts(join(out, "cli.ods")));
    found.set("demo", await odsCharts(join(out, "demo.ods")));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the example's plans have charts to look for (Uppföljning deltagare, Beslutsutrymme)", () => {
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(new Set(expected.map((e) => e.sheet)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(["CLI", "demo"])("%s: every chart of the plans is on its sheet with its title, type and series, and no other", (host) => {
    const charts = found.get(host)!;
    const want = expected.map((e) => ({
      sheet: e.sheet,
      title: e.chart.title,
      chartClass: ODS_CLASS[e.chart.type],
      series: seriesCount(e.chart),
    }));
    const got = charts.map(({ sheet, title, chartClass, series }) => ({ sheet, title, chartClass, series }));
    const key = (c: { sheet: string; title: string }) => `${c.sheet}|${c.title}`;
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...want].sort((a, b) => key(a).localeCompare(key(b))));
  });

  it.each(["CLI", "demo"])("%s: every chart is drawn from values (cached in the file), not from an empty range", (host) => {
    expect(found.get(host)!).toHaveLength(expected.length);
    for (const c of found.get(host)!) {
      expect(c.values.length).toBeGreaterThan(0);
      expect(c.values.some((v) => v !== 0)).toBe(true);
    }
  });
});
