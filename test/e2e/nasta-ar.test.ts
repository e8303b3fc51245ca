/**
 * End-to-end: the "Nästa år" what-if panel in headless Chromium at a task pane's width (340 px), with the
 * example workbook on the simulated Excel. Adds a candidate ansökan of 2 000 tkr a year 2025–2027, checks
 * that 2025–2027 turn negative, saves nasta-ar-what-if.png (test-artifacts/, or assets/screenshots/ with
 * FINSAM_SCREENSHOTS=1), then writes the scenario.
 * The harness (nasta-ar-harness.ts) is bundled with esbuild (installed with tsx) into a temp directory.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { xlsxToSimSheets } from "../../src/xlsx";
import { ARTIFACTS, describeIfChromium, hasChromium, launchChromium, SCREENSHOTS, WRITE_SCREENSHOTS } from "./browser";
import { serveStatic } from "./static-server";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "assets", "exempel", "finsam-exempel-2024.xlsx");
/** Screenshots go to test-artifacts/; with FINSAM_SCREENSHOTS=1 to assets/screenshots/ (the README's), as in the other browser tests. */
const SHOT_DIR = WRITE_SCREENSHOTS ? SCREENSHOTS : ARTIFACTS;
const WIDTH = 340;

/** Bundles the harness into `dir` (index.html + harness.js). */
async function buildHarness(dir: string): Promise<void> {
  // esbuild comes with tsx (a dev dependency); required lazily so the unit tests never load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(__dirname, "nasta-ar-harness.ts")],
    bundle: true,
    outfile: path.join(dir, "harness.js"),
    platform: "browser",
    format: "iife",
    target: "chrome120",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Nästa år</title>` +
      `<style>html,body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style></head>` +
      `<body><div id="root"></div><script src="harness.js"></script></body></html>`,
  );
}

const kvar = (page: Page) =>
  page.locator('[data-testid^="kvar-"]').evaluateAll((els) => els.map((e) => (e.textContent ?? "").replace(/\u00a0/g, " ").trim()));

describeIfChromium("Nästa år what-if panel (Chromium, 340 px)", () => {
  let browser: Browser | undefined;
  let page: Page;
  let server: { url: string; close(): Promise<void> } | undefined;
  let dir = "";
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      console.log("Chromium saknas: webbläsartestet hoppades över (apt-get install chromium)");
      return;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nasta-ar-"));
    await buildHarness(dir);
    const sheets = await xlsxToSimSheets(fs.readFileSync(EXAMPLE));
    server = await serveStatic(dir);
    browser = await launchChromium();
    // Reduced motion: Fluent skips the accordion animations, so screenshots never catch a panel half open.
    page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, locale: "sv-SE", reducedMotion: "reduce" });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript((data) => {
      (window as unknown as { __NASTA_AR_SHEETS__: unknown }).__NASTA_AR_SHEETS__ = data;
    }, sheets);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the example's beslutsutrymme per year", async () => {
    if (!browser || !server) return;
    await page.goto(`${server.url}index.html`);
    await page.getByTestId("nasta-ar-tabell").waitFor({ timeout: 30_000 });
    expect(await kvar(page)).toEqual(["3 401", "4 830", "1 331", "151", "2 262", "14 260"]);
  }, 60_000);

  it("a candidate ansökan turns 2025–2027 negative; screenshot", async () => {
    if (!browser) return;
    const form = page.getByRole("form", { name: "Ny ansökan" });
    await form.getByLabel("Insatsens namn").fill("Jobbspår Tierp");
    await form.getByLabel("Insatsägare").fill("Tierp");
    for (const ar of [2025, 2026, 2027]) await form.getByLabel(`Belopp ${ar} (tkr)`).fill("2 000");
    await form.getByRole("button", { name: "Lägg till ansökan" }).click();
    await page.getByTestId("tillagd-ansokan").waitFor();
    expect(await kvar(page)).toEqual(["3 401", "4 830", "⚠−669 negativt", "⚠−3 849 negativt", "⚠−3 738 negativt", "8 260"]);
    await expect(page.getByTestId("nasta-ar-sammanfattning").textContent()).resolves.toBe(
      "Negativt beslutsutrymme: Prel 2025, Prel 2026, Prel 2027.",
    );
    // Negative rows are visibly red.
    const bg = await page
      .locator('tr[data-negativ="true"]')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe("rgba(0, 0, 0, 0)");
    // Nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

    fs.mkdirSync(SHOT_DIR, { recursive: true });
    const file = path.join(SHOT_DIR, "nasta-ar-what-if.png");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeLessThan(200_000);
  }, 60_000);

  it("switching an insats off and shifting one a year; screenshot of the insats list", async () => {
    if (!browser) return;
    await page.getByRole("button", { name: "Ny ansökan" }).click();
    await page.getByRole("button", { name: "Insatser" }).click();
    await page.getByRole("switch", { name: "Räkna med Kvinna Hälsa Arbete (Uppsala)" }).click();
    await page.getByRole("button", { name: "Flytta Framsteget (Håbo) ett år senare" }).click();
    // On top of the ansökan: Kvinna Hälsa Arbete off (+1 348 in 2024, +786 in 2025) and Framsteget a year
    // later (+3 880 in 2024, +1 809 in 2025 …) make every year positive again: 2025 = −669 + 786 + 1 348 + 1 809.
    expect(await kvar(page)).toEqual(["8 629", "10 058", "3 274", "147", "306", "12 340"]);
    await expect(page.getByTestId("nasta-ar-sammanfattning").textContent()).resolves.toBe("Beslutsutrymmet är positivt alla år.");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    const file = path.join(SHOT_DIR, "nasta-ar-insatser.png");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeLessThan(200_000);
  }, 60_000);

  it("Skriv scenario writes the live sheet and Spara scenario keeps the scenario in the workbook", async () => {
    if (!browser) return;
    await page.getByLabel(/Scenariots namn/).fill("Jobbspår");
    await page.getByRole("button", { name: "Skriv scenario" }).click();
    const done = page.getByTestId("nasta-ar-skrivet");
    await done.waitFor({ timeout: 30_000 });
    await expect(done.textContent()).resolves.toContain("Bladet Beslutsutrymme 24–28 Jobbspår är skrivet.");
    type SimWindow = { __NASTA_AR_SIM__: { sheetNames(): string[]; snapshot(): { settings: Record<string, unknown> } } };
    const names = await page.evaluate(() => (window as unknown as SimWindow).__NASTA_AR_SIM__.sheetNames());
    expect(names).toContain("Beslutsutrymme 24–28 Jobbspår");

    // Named scenarios are kept in the workbook's settings.
    await page.getByRole("button", { name: "Spara scenario" }).click();
    await page.getByText("Scenariot Jobbspår är sparat i arbetsboken.").waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "Öppna scenariot Jobbspår" }).waitFor();
    const settings = await page.evaluate(() => (window as unknown as SimWindow).__NASTA_AR_SIM__.snapshot().settings);
    expect(JSON.parse(settings["finsam.nastaAr.scenarier"] as string).map((x: { name: string }) => x.name)).toEqual(["Jobbspår"]);
    expect(problems).toEqual([]);
  }, 60_000);
});
