/**
 * End-to-end: the mapping editor (step 1. Data) in headless Chromium at the narrowest task pane width (320 px),
 * on Uppsala's "Tabell 4. Utfall och Budget" (delårsrapport Q1–Q2 2024, test/fixtures/layouts) in the simulated
 * Excel. Shows what was detected, corrects one column — the text column "Not" that detection took for an amount
 * in tkr — to "Används inte", saves the mapping in the workbook's settings and takes the screenshots
 * mappning-fore.png and mappning-efter.png in test-artifacts/ (and, with FINSAM_SCREENSHOTS=1, in
 * assets/screenshots/ for the README, like the demo test).
 * The harness (mapping-harness/index.tsx) is bundled with webpack into a temp directory.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { MAPPING_SETTING_KEY, parseMapping } from "../../src/domain/detect";
import { LAYOUT_CORPUS } from "../fixtures/layouts/corpus";
import { CHROMIUM, describeIfChromium, hasChromium, launchChromium } from "./browser";
import { serveStatic } from "./static-server";

const ROOT = path.join(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "assets", "screenshots");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const WRITE_SCREENSHOTS = process.env.FINSAM_SCREENSHOTS === "1";
/** Overridable only to test the "Chromium saknas" path; the default is what the project requires. */
const WIDTH = 320;
const SHEET = "Tabell 4";
const MAX_BYTES = 200 * 1024;

/** Bundles the harness into `dir` (index.html + harness.js) with webpack, as the add-in is built. */
async function buildHarness(dir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "production",
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, "mapping-harness", "index.tsx"),
    output: { path: dir, filename: "harness.js" },
    resolve: { extensions: [".tsx", ".ts", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: false } },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Mappning</title><link rel="icon" href="data:,">` +
      `<style>html,body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>` +
      `<body><div id="root"></div><script src="harness.js"></script></body></html>`,
  );
}

/** Saves a screenshot of the whole pane to test-artifacts/ (and assets/screenshots/, see above); returns its size. */
async function shoot(page: Page, name: string): Promise<number> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  if (WRITE_SCREENSHOTS) fs.copyFileSync(file, path.join(SCREENSHOTS, name));
  return fs.statSync(file).size;
}

describeIfChromium("mapping editor (Chromium, 320 px)", () => {
  let browser: Browser | undefined;
  let page: Page;
  let server: { url: string; close(): Promise<void> } | undefined;
  let dir = "";
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      console.log(`Chromium saknas (${CHROMIUM}): webbläsartestet av mappningen hoppades över (apt-get install chromium)`);
      return;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mappning-"));
    await buildHarness(dir);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const sheets = LAYOUT_CORPUS.find((c) => c.id === "uppsala-2024-utfall-och-budget-q1-q2")!.sheets();
    server = await serveStatic(dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: WIDTH, height: 800 }, locale: "sv-SE" });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
    await page.addInitScript((data) => {
      (window as unknown as { __MAPPING_SHEETS__: unknown }).__MAPPING_SHEETS__ = data;
    }, sheets);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows what was detected, with confidence (before)", async () => {
    if (!browser || !server) return;
    await page.goto(`${server.url}index.html`);
    await page.getByRole("button", { name: "Visa mappningen" }).click();
    const card = page.getByRole("region", { name: SHEET });
    await card.waitFor({ timeout: 30_000 });
    await expect(card.getByRole("combobox", { name: `Läses som, bladet ${SHEET}` }).inputValue()).resolves.toBe("utfall");
    const not = page.getByTestId("kolumn-F");
    await expect(not.getByRole("combobox", { name: /^Kolumn F/ }).inputValue()).resolves.toBe("belopp:ovrigt");
    await expect(not.textContent()).resolves.toContain("Not");
    await expect(page.getByTestId("kolumn-B").getByText("medel").count()).resolves.toBe(1);
    expect(await page.getByText("Ändrad", { exact: true }).count()).toBe(0);
    // Nothing is wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    expect(await shoot(page, "mappning-fore.png")).toBeLessThan(MAX_BYTES);
  }, 60_000);

  it("corrects the Not column, marks it, saves the mapping in the workbook (after)", async () => {
    if (!browser) return;
    const select = page.getByRole("combobox", { name: `Kolumn F "Not" på bladet ${SHEET}` });
    await select.focus();
    await select.selectOption("ignorera");
    const row = page.getByTestId("kolumn-F");
    await row.getByText("Ändrad", { exact: true }).waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("spara-status").textContent()).resolves.toBe("Ändringarna är inte sparade.");
    await page.getByRole("button", { name: "Spara mappning" }).click();
    await page.getByText("Mappningen är sparad i arbetsboken.").waitFor({ timeout: 10_000 });

    const stored = await page.evaluate(async (key) => {
      const sim = (window as unknown as { __MAPPING_SIM__: { run: (f: (c: never) => Promise<unknown>) => Promise<unknown> } })
        .__MAPPING_SIM__;
      return sim.run(async (context: never) => {
        const c = context as {
          workbook: { settings: { getItemOrNullObject(k: string): { load(p: string): { value: unknown } } } };
          sync(): Promise<void>;
        };
        const item = c.workbook.settings.getItemOrNullObject(key).load("value");
        await c.sync();
        return item.value;
      });
    }, MAPPING_SETTING_KEY);
    const parsed = parseMapping(stored);
    if (parsed.kind !== "ok") throw new Error(parsed.reason);
    expect(parsed.mapping.sheets[0].columns.find((c) => c.column === "F")?.role).toBe("ignorera");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    expect(await shoot(page, "mappning-efter.png")).toBeLessThan(MAX_BYTES);
    expect(problems).toEqual([]);
  }, 60_000);
});
