/**
 * Shared set-up of the browser tests: the built demo (dist/demo.html from `npm run build:demo`, rebuilt when
 * older than the sources), the mapping editor harness (test/e2e/mapping-harness), a static server and headless
 * Chromium (/usr/bin/chromium); one session per suite (useBrowserSession) inside `describeIfChromium`, so a
 * machine without Chromium reports the suite as skipped; and the pane/grid helpers the suites share.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { serveStatic } from "./static-server";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
/** README screenshots, written only with FINSAM_SCREENSHOTS=1. */
export const SCREENSHOTS = path.join(ROOT, "assets", "screenshots");
export const WRITE_SCREENSHOTS = process.env.FINSAM_SCREENSHOTS === "1";
/** Overridable only to test the "Chromium saknas" path; the default is what the project requires. */
export const CHROMIUM = process.env.FINSAM_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM);

/** Browser suites are reported as SKIPPED (not passed) where Chromium is missing. */
export const describeIfChromium: jest.Describe = hasChromium ? describe : describe.skip;

/** The flags every browser test (and the bench) starts Debian's Chromium with on this closed network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Headless Chromium with the project's flags, in Swedish: `--lang` and LANGUAGE/LANG make Blink's own widgets
 * (the date fields of the period picker) show "2024-06-30" as a Swedish Excel user sees them, not "06/30/2024".
 * Needs Debian's chromium-l10n (installed by .ci/run); without it Chromium falls back to en-US widgets.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, "--lang=sv-SE"],
    env: { ...process.env, LANGUAGE: "sv", LANG: "sv_SE.UTF-8" },
  });
}

/** Newest modification time of a file, or of any file under a directory. */
function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the demo once when dist/demo.html is missing or older than the sources (assets/screenshots excluded). */
export function ensureDemoBuild(): void {
  const html = path.join(DIST, "demo.html");
  const built = fs.existsSync(html) ? fs.statSync(html).mtimeMs : 0;
  const assets = fs.readdirSync(path.join(ROOT, "assets")).filter((n) => n !== "screenshots");
  const sources = Math.max(newest(path.join(ROOT, "src")), ...assets.map((n) => newest(path.join(ROOT, "assets", n))));
  if (built && built >= sources) return;
  console.log("Bygger webbdemon (npm run build:demo) …");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--env", "demo"], { cwd: ROOT, stdio: "inherit" });
}

export interface DemoBrowser {
  browser: Browser;
  page: Page;
  url: string;
  /** Page errors, console errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Serves dist/ and opens a 1600×900 Swedish page in headless Chromium that records any problem. */
export async function openDemoBrowser(): Promise<DemoBrowser> {
  ensureDemoBuild();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (WRITE_SCREENSHOTS) fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true, locale: "sv-SE" });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  return {
    browser,
    page,
    url: `${server.url}demo.html`,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a screenshot to test-artifacts/, and to assets/screenshots/ too when FINSAM_SCREENSHOTS=1. */
export async function shoot(target: Page | Locator, name: string, readme = false): Promise<void> {
  await target.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  if (readme && WRITE_SCREENSHOTS) await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Text with every kind of space as a plain space and every minus as "-". */
export function plain(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
}

/**
 * One browser session for the enclosing suite: `open` in beforeAll (its result handed to `onOpen`), closed in
 * afterAll. Use inside `describeIfChromium`, so no test needs an "if there is no browser" guard.
 */
export function useBrowserSession<T extends { close(): Promise<void> }>(
  open: () => Promise<T>,
  onOpen: (session: T) => void,
  timeout = 600_000,
): void {
  let session: T | undefined;
  beforeAll(async () => {
    session = await open();
    onOpen(session);
  }, timeout);
  afterAll(async () => {
    await session?.close();
  });
}

/** The demo for the enclosing suite (openDemoBrowser), see useBrowserSession. */
export const useDemoBrowser = (onOpen: (demo: DemoBrowser) => void): void => useBrowserSession(openDemoBrowser, onOpen);

/** The demo's task pane. */
export const pane = (page: Page): Locator => page.getByRole("complementary", { name: "Aktivitetsfönster: Finsam" });
/** The demo's workbook (grid and sheet tabs). */
export const workbook = (page: Page): Locator => page.getByRole("region", { name: "Arbetsbok" });

/** The text of the first grid row containing `label`, spaces and minus signs made plain. */
export async function gridRow(page: Page, label: string | RegExp): Promise<string> {
  return plain(await page.getByRole("grid").getByRole("row").filter({ hasText: label }).first().textContent());
}

/** Opens the sheet tab `name` in the demo's workbook and waits until it is selected. */
export async function openSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab", { name }).click();
  await page.getByRole("tab", { name, selected: true }).waitFor({ timeout: 10_000 });
}

/**
 * Bundles a pane harness (`entry`, a .tsx under test/e2e) into `dir` (index.html + harness.js) with webpack, as the
 * add-in is built; `title` is the page title.
 */
export async function buildHarness(dir: string, entry: string, title: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "production",
    devtool: false,
    context: ROOT,
    entry,
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
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">` +
      `<style>html,body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>` +
      `<body><div id="root"></div><script src="harness.js"></script></body></html>`,
  );
}

export interface HarnessBrowser {
  page: Page;
  /** The harness page (index.html). */
  url: string;
  /** Page errors, console errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * The mapping editor harness built into a temporary directory, served, and opened `width` px wide in Swedish
 * with `sheets` as the workbook (window.__MAPPING_SHEETS__).
 */
export async function openMappingHarness(sheets: unknown, width: number): Promise<HarnessBrowser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mappning-"));
  await buildHarness(dir, path.join(__dirname, "mapping-harness", "index.tsx"), "Mappning");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (WRITE_SCREENSHOTS) fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: "sv-SE" });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  await page.addInitScript((data) => {
    (window as unknown as { __MAPPING_SHEETS__: unknown }).__MAPPING_SHEETS__ = data;
  }, sheets);
  return {
    page,
    url: `${server.url}index.html`,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A full-page screenshot to test-artifacts/ (and assets/screenshots/ with FINSAM_SCREENSHOTS=1); returns its size in bytes. */
export async function shootPage(page: Page, name: string): Promise<number> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  if (WRITE_SCREENSHOTS) fs.copyFileSync(file, path.join(SCREENSHOTS, name));
  return fs.statSync(file).size;
}
