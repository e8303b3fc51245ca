/**
 * Shared set-up of the browser tests: the built demo (dist/demo.html from `npm run build:demo`, rebuilt when
 * older than the sources), a static server for it and headless Chromium (/usr/bin/chromium).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
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

/** Headless Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
