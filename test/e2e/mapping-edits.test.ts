/**
 * End-to-end (issue 14, the way out): the whole task pane, 350 px wide beside the sheet on a 1 366 px page in
 * headless Chromium, over the simulated Excel (test/e2e/mapping-edits-harness):
 * - a summary block above the table is taken for the header: the user gives the header row in step 1, saves,
 *   and Skapa rapporter writes the published kvoter (Jobbcentrum 72 %);
 * - a subtotal without the word Summa and "Beslutsutrymme ej fördelat" are marked as sum row / not data;
 * - a 2021 workbook opened on 2026-12-07 opens at 2021-01-01 – 2021-08-31 (its last utfall), and a period
 *   without utfall shows the varning.
 * Screenshots mappning-rubrikrad.png, mappning-summarad.png, period-standard.png in test-artifacts/ (and, with
 * FINSAM_SCREENSHOTS=1, in assets/screenshots/).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import type { RawSheet } from "../../src/domain/model";
import { MAPPING_SETTING_KEY, parseMapping } from "../../src/domain/detect";
import { pct, U2024 } from "../fixtures/layouts/kvot/data";
import { janAug2021, subtotalAndUnallocated, summaryAbove } from "../fixtures/layouts/kvot/edits";
import { ARTIFACTS, buildHarness, CHROMIUM, hasChromium, launchChromium, SCREENSHOTS, WRITE_SCREENSHOTS } from "./browser";
import { serveStatic } from "./static-server";

const WIDTH = 1366;
const PANE = 350;

type Snapshot = { sheets: { name: string; values: unknown[][] }[]; settings: Record<string, unknown> };

const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as { __EDITS_SIM__: { snapshot(): unknown } }).__EDITS_SIM__.snapshot()) as Promise<Snapshot>;

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false });
  if (WRITE_SCREENSHOTS) fs.copyFileSync(file, path.join(SCREENSHOTS, name));
}

describe("the pane's mapping edits and default period (Chromium, 1 366 px, pane 350 px)", () => {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let dir = "";
  const problems: string[] = [];

  async function open(sheets: RawSheet[], today: string): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: WIDTH, height: 900 }, locale: "sv-SE" });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(
      ([data, day]) => {
        const w = window as unknown as { __EDITS_SHEETS__: unknown; __EDITS_TODAY__: unknown };
        w.__EDITS_SHEETS__ = data;
        w.__EDITS_TODAY__ = day;
      },
      [sheets.map((s) => ({ name: s.name, values: s.values })), today] as const,
    );
    await page.goto(`${server!.url}index.html`);
    return page;
  }

  /** The pane's content is no wider than the pane (nothing cut off or scrolling sideways). */
  async function fitsPane(page: Page): Promise<void> {
    const over = await page.getByTestId("pane").evaluate((el, limit) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll("*")]
        .filter((x) => x.getBoundingClientRect().right > right + 1 && x.getBoundingClientRect().width > 0)
        .map(
          (x) =>
            `${x.tagName} "${(x.textContent ?? "").slice(0, 30)}" right ${Math.round(x.getBoundingClientRect().right - right)} in ${x.parentElement?.tagName} "${(x.parentElement?.textContent ?? "").slice(0, 40)}"`,
        )
        .slice(0, 5)
        .concat(el.scrollWidth > limit ? [`scrollWidth ${el.scrollWidth}`] : []);
    }, PANE);
    expect(over).toEqual([]);
  }

  beforeAll(async () => {
    if (!hasChromium) {
      console.log(`Chromium saknas (${CHROMIUM}): webbläsartestet av mappningens ändringar hoppades över (apt-get install chromium)`);
      return;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mappning-edits-"));
    await buildHarness(dir, path.join(__dirname, "mapping-edits-harness", "index.tsx"), "Finsam");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    if (WRITE_SCREENSHOTS) fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveStatic(dir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("header row: the user gives row 6, saves, and the report has the published kvoter", async () => {
    if (!browser) return;
    const { sheet, headerRow } = summaryAbove();
    const page = await open([sheet], "2024-08-15");
    await page.getByRole("button", { name: "Läs in arbetsboken" }).click();
    const card = page.getByRole("region", { name: "Uppföljning" });
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole("button", { name: "Rubrikrad, insatskolumn och rader" }).click();
    await card.getByRole("textbox", { name: "Rubrikrad på bladet Uppföljning" }).fill(String(headerRow));
    await card.getByRole("button", { name: "Ändra" }).click();
    await card.getByText(`Rubrikrad ${headerRow}`, { exact: true }).waitFor({ timeout: 10_000 });
    await card.getByText("Rubrikraden är ändrad av dig.", { exact: false }).scrollIntoViewIfNeeded();
    await shoot(page, "mappning-rubrikrad.png");
    await fitsPane(page);
    await page.getByRole("button", { name: "Spara mappning" }).click();
    await page.getByText("Mappningen är sparad i arbetsboken.").waitFor({ timeout: 10_000 });
    const saved = parseMapping((await snapshot(page)).settings[MAPPING_SETTING_KEY]);
    expect(saved.kind === "ok" && saved.mapping.sheets[0].headerRow).toBe(headerRow);

    await page.getByRole("tab", { name: /Rapporter/ }).click();
    await page.getByRole("button", { name: "Skapa rapporter" }).click();
    await page
      .getByText(/rapportblad|skapade|Skapade/)
      .first()
      .waitFor({ timeout: 60_000 });
    const kvot = (await snapshot(page)).sheets.find((s) => s.name.startsWith("Förbrukningskvot"));
    expect(kvot).toBeDefined();
    const row = kvot!.values.find((r) => r.some((v) => v === "Jobbcentrum - Din väg fram"));
    expect(row).toBeDefined();
    const j = U2024.find((i) => i.namn === "Jobbcentrum - Din väg fram")!;
    expect(row!.some((v) => typeof v === "number" && Math.round(v * 100) === pct(j.utfall[0], j.budget[0]))).toBe(true);
    await page.close();
  }, 180_000);

  it("row marks: the subtotal as a sum row, Beslutsutrymme ej fördelat as not data", async () => {
    if (!browser) return;
    const { sheet, subtotalRow, ejFordeladRow } = subtotalAndUnallocated();
    const page = await open([sheet], "2022-02-15");
    await page.getByRole("button", { name: "Läs in arbetsboken" }).click();
    const card = page.getByRole("region", { name: "Uppföljning 2021" });
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole("button", { name: "Rubrikrad, insatskolumn och rader" }).click();
    const row = card.getByRole("textbox", { name: "Rad att markera på bladet Uppföljning 2021" });
    await row.fill(String(subtotalRow));
    await card.getByRole("button", { name: "Markera" }).click();
    await card.getByTestId(`rad-${subtotalRow}`).waitFor({ timeout: 10_000 });
    await row.fill(String(ejFordeladRow));
    await card.getByRole("combobox", { name: "Markera raden på bladet Uppföljning 2021 som" }).selectOption("ignorera");
    await card.getByRole("button", { name: "Markera" }).click();
    await card.getByTestId(`rad-${ejFordeladRow}`).waitFor({ timeout: 10_000 });
    await card.getByTestId(`rad-${subtotalRow}`).scrollIntoViewIfNeeded();
    await shoot(page, "mappning-summarad.png");
    await fitsPane(page);
    await page.getByRole("button", { name: "Spara mappning" }).click();
    await page.getByText("Mappningen är sparad i arbetsboken.").waitFor({ timeout: 10_000 });
    const saved = parseMapping((await snapshot(page)).settings[MAPPING_SETTING_KEY]);
    expect(saved.kind === "ok" && saved.mapping.sheets[0].rows).toEqual([
      { row: subtotalRow, as: "summa" },
      { row: ejFordeladRow, as: "ignorera" },
    ]);
    await page.close();
  }, 180_000);

  it("a 2021 workbook opened on 2026-12-07 opens at 2021-01-01 – 2021-08-31; a period without utfall warns", async () => {
    if (!browser) return;
    const page = await open([janAug2021()], "2026-12-07");
    await page.getByRole("tab", { name: /Rapporter/ }).click();
    const slut = page.getByLabel(/^Periodens slutdatum/);
    await expect(slut.inputValue()).resolves.toBeDefined();
    await page.waitForFunction(
      () => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === "2021-01-01",
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await slut.inputValue()).toBe("2021-08-31");
    expect(await page.getByTestId("period-varning").count()).toBe(0);
    await fitsPane(page);
    await shoot(page, "period-standard.png");
    await page.getByLabel(/^Från/).fill("2026-01-01");
    await slut.fill("2026-09-30");
    await expect(page.getByTestId("period-varning").textContent()).resolves.toBe(
      "Arbetsboken har inget utfall för perioden 2026-01-01–2026-09-30, så rapporterna blir tomma. Utfallet gäller 2021, senast till 2021-08-31.",
    );
    await shoot(page, "period-varning.png");
    await page.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
