/**
 * Task pane bundle: gzip size of the initial JavaScript of taskpane.html (every local <script src>
 * of the page; Office.js from Microsoft's CDN is not ours and not counted), the same for demo.html,
 * and the demo's time to interactive in headless Chromium: from navigation start until the example
 * workbook's tabs are shown and the task pane's "Skapa rapporter" button is enabled (recorded in the
 * page by a MutationObserver, so polling does not add to it); median of `loads` cold loads.
 * Uses dist/ when it holds a full production build (dist/taskpane.html), else bench/.build/dist/,
 * built with `webpack --mode production` when missing or older than the sources (dist/ is left alone);
 * FINSAM_BENCH_DIST=<folder> points at another build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, launchChromium } from "../test/e2e/browser";
import { serveStatic } from "../test/e2e/static-server";

const ROOT = join(__dirname, "..");

export interface PageJs {
  page: string;
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  /** Scripts from elsewhere (Office.js), not counted. */
  external: string[];
}

export interface BundleResult {
  dist: string;
  built: boolean;
  taskpane?: PageJs;
  demo?: PageJs;
  /** Median time to interactive of the demo, ms, and every load's time. */
  demoTtiMs?: number;
  demoTtiRuns?: number[];
  note?: string;
}

/** Local script files of an HTML page and their gzip sizes. */
export function initialJs(dist: string, page: string): PageJs | undefined {
  const html = join(dist, page);
  if (!existsSync(html)) return undefined;
  const text = readFileSync(html, "utf8");
  const srcs = [...text.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  const external = srcs.filter((s) => /^(https?:)?\/\//.test(s));
  const files = srcs
    .filter((s) => !external.includes(s))
    .map((s) => {
      const buf = readFileSync(join(dist, s.replace(/^\.?\//, "").split("?")[0]));
      return { file: s, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
  return {
    page,
    files,
    external,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}

/** Newest modification time of any file under `path` (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((t, e) => Math.max(t, newest(join(path, e))), st.mtimeMs);
}

/**
 * dist/ if it has a full production build (taskpane.html and demo.html), else bench/.build/dist/,
 * rebuilt with `webpack --mode production` when older than src/, assets/ or webpack.config.js.
 */
function productionBuild(): { dist: string; built: boolean } {
  const dist = process.env.FINSAM_BENCH_DIST ?? join(ROOT, "dist");
  if (existsSync(join(dist, "taskpane.html")) && existsSync(join(dist, "demo.html"))) return { dist, built: false };
  const out = join(__dirname, ".build", "dist");
  const html = join(out, "taskpane.html");
  const sources = Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "assets")), newest(join(ROOT, "webpack.config.js")));
  if (existsSync(html) && statSync(html).mtimeMs >= sources) return { dist: out, built: false };
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { dist: out, built: true };
}

/** Marks window.__finsamInteractive with performance.now() once the pane can be used. */
const READY_PROBE = `(() => {
  const ready = () => {
    const tab = [...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent.trim() === "Insatser");
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Skapa rapporter");
    return tab && button && !button.disabled && button.getAttribute("aria-disabled") !== "true";
  };
  const check = () => {
    if (window.__finsamInteractive === undefined && ready()) window.__finsamInteractive = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function demoTti(dist: string, loads: number): Promise<number[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "sv-SE" });
      const page = await context.newPage();
      await page.addInitScript(READY_PROBE);
      await page.goto(`${server.url}demo.html`);
      await page.waitForFunction(() => (window as { __finsamInteractive?: number }).__finsamInteractive !== undefined, null, {
        timeout: 60_000,
      });
      times.push(await page.evaluate(() => (window as unknown as { __finsamInteractive: number }).__finsamInteractive));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchBundle(loads = 5): Promise<BundleResult> {
  let build: { dist: string; built: boolean };
  try {
    build = productionBuild();
  } catch (e) {
    return { dist: "", built: false, note: `Produktionsbygget misslyckades: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  const result: BundleResult = { ...build, taskpane: initialJs(build.dist, "taskpane.html"), demo: initialJs(build.dist, "demo.html") };
  if (!existsSync(CHROMIUM)) return { ...result, note: `Chromium saknas (${CHROMIUM}): tid till interaktiv demo mättes inte.` };
  try {
    result.demoTtiRuns = await demoTti(build.dist, loads);
    result.demoTtiMs = median(result.demoTtiRuns);
  } catch (e) {
    result.note = `Demon kunde inte mätas i Chromium: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
  }
  return result;
}

if (require.main === module) {
  void benchBundle(3).then((r) => process.stdout.write(`${JSON.stringify(r, null, 1)}\n`));
}
