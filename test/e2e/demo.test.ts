/**
 * End-to-end: the built browser demo (dist/demo.html from `npm run build:demo`) in headless Chromium.
 * Loads the example workbook, runs Kontrollera and Skapa rapporter through the real task pane, the real
 * Excel host and the simulated Excel, checks the new sheets and a key figure, downloads the .xlsx and
 * saves screenshots to test-artifacts/.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readWorkbookXlsx } from "../../src/xlsx";
import { serveStatic } from "./static-server";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
/** Overridable only to test the "Chromium saknas" path; the default is what the project requires. */
const CHROMIUM = process.env.FINSAM_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);

/** Newest modification time of any file under `dir`. */
function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the demo once when dist/demo.html is missing or older than the sources. */
function ensureDemoBuild(): void {
  const html = path.join(DIST, "demo.html");
  const built = fs.existsSync(html) ? fs.statSync(html).mtimeMs : 0;
  if (built && built >= Math.max(newest(path.join(ROOT, "src")), newest(path.join(ROOT, "assets")))) return;
  console.log("Bygger webbdemon (npm run build:demo) …");
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--env", "demo"], { cwd: ROOT, stdio: "inherit" });
}

const tabNames = (page: Page) => page.getByRole("tab").allTextContents();

describe("browser demo (Chromium)", () => {
  let browser: Browser | undefined;
  let page: Page;
  let server: { url: string; close(): Promise<void> } | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) {
      console.log("Chromium saknas: webbläsartesterna hoppades över (apt-get install chromium)");
      return;
    }
    ensureDemoBuild();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true, locale: "sv-SE" });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()}`));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the example workbook into the grid", async () => {
    if (!browser || !server) return;
    await page.goto(`${server.url}demo.html`);
    await page.getByRole("tab", { name: "Insatser" }).waitFor({ timeout: 30_000 });
    expect(await tabNames(page)).toEqual(expect.arrayContaining(["Inställningar", "Insatser", "Budget", "Utfall"]));
    await page.getByRole("tab", { name: "Insatser" }).click();
    await expect(page.locator('[data-cell="A4"]').textContent()).resolves.toBe("Jobbcentrum");
    await page.screenshot({ path: path.join(ARTIFACTS, "demo-1-exempel.png") });
  }, 60_000);

  it("Kontrollera lists issues and clicking one selects its cell in the grid", async () => {
    if (!browser) return;
    await page.getByRole("button", { name: "Kontrollera" }).click();
    const region = page.getByRole("region", { name: "Avvikelser i arbetsboken" });
    await region.waitFor({ timeout: 30_000 });
    const issues = region.getByRole("button");
    expect(await issues.count()).toBeGreaterThan(0);
    await expect(region.textContent()).resolves.toContain("Utfall!C46");
    await page.screenshot({ path: path.join(ARTIFACTS, "demo-2-kontrollera.png") });

    await region.getByRole("button", { name: /Utfall!C46/ }).click();
    await page.getByRole("tab", { name: "Utfall", selected: true }).waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe("C46");
    await expect(page.locator('[data-cell="C46"]').getAttribute("aria-selected")).resolves.toBe("true");
  }, 60_000);

  it("Skapa rapporter adds the report sheets with the key figures", async () => {
    if (!browser) return;
    await page.getByRole("button", { name: "Skapa rapporter" }).click();
    const summary = page.getByTestId("written-summary");
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toMatch(/^\d+ blad skrivna: /);
    const tabs = await tabNames(page);
    expect(tabs).toEqual(expect.arrayContaining(["Förbrukningskvot 2024-06-30", "Driftsredovisning 2024-06-30", "Valideringsrapport"]));
    await expect(page.getByText(/Excel-anrop \(sync\): \d vid läsning, \d vid skrivning/).textContent()).resolves.toBeTruthy();

    // Excel activates the first new report; the grid follows.
    await page.getByRole("tab", { name: "Förbrukningskvot 2024-06-30", selected: true }).waitFor({ timeout: 10_000 });
    const grid = page.getByRole("grid");
    // Uppsala Q1–Q2 2024: Framsteget 1 804 / 1 940 tkr → 93 %; Plattform för individstöd 1 138 / 1 173 → 97 %.
    await expect(grid.getByRole("row").filter({ hasText: "Framsteget" }).textContent()).resolves.toMatch(/1\s940.*1\s804.*93\s?%/);
    await expect(grid.getByRole("row").filter({ hasText: "Plattform för individstöd" }).textContent()).resolves.toMatch(/97\s?%/);
    await page.screenshot({ path: path.join(ARTIFACTS, "demo-3-forbrukningskvot.png") });

    await page.getByRole("tab", { name: "Driftsredovisning 2024-06-30" }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, "demo-4-driftsredovisning.png") });
  }, 60_000);

  it("downloads the simulated workbook as .xlsx with the new sheets", async () => {
    if (!browser) return;
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      page.getByRole("button", { name: "Ladda ner .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("finsam-resultat.xlsx");
    const file = path.join(ARTIFACTS, "finsam-resultat.xlsx");
    await download.saveAs(file);
    const sheets = await readWorkbookXlsx(fs.readFileSync(file), { includeOwnOutput: true });
    const names = sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Insatser", "Utfall", "Förbrukningskvot 2024-06-30", "Valideringsrapport"]));
  }, 60_000);

  it("opens an .xlsx the user chooses (the downloaded one)", async () => {
    if (!browser) return;
    await page.locator("#demo-file").setInputFiles(path.join(ARTIFACTS, "finsam-resultat.xlsx"));
    await page.getByTestId("demo-source").filter({ hasText: "Öppnad: finsam-resultat.xlsx" }).waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Valideringsrapport" }).waitFor({ timeout: 30_000 });
    expect(await tabNames(page)).toEqual(expect.arrayContaining(["Insatser", "Förbrukningskvot 2024-06-30"]));
    // A new workbook starts a fresh pane: no results from the previous one.
    expect(await page.getByTestId("written-summary").count()).toBe(0);
  }, 60_000);

  it("fits a 320 px wide task pane and shows no errors", async () => {
    if (!browser) return;
    await page.setViewportSize({ width: 320, height: 900 });
    const pane = page.getByRole("complementary", { name: "Aktivitetsfönster: Finsam" });
    const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await pane.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(ARTIFACTS, "demo-5-320px.png") });
    expect(problems).toEqual([]);
  }, 60_000);
});
