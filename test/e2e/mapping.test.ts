/**
 * End-to-end: the mapping editor (step 1. Data) in headless Chromium at the narrowest task pane width (320 px),
 * on Uppsala's "Tabell 4. Utfall och Budget" (delårsrapport Q1–Q2 2024, test/fixtures/layouts) in the simulated
 * Excel. Shows what was detected, corrects one column — the text column "Not" that detection took for an amount
 * in tkr — to "Används inte", saves the mapping in the workbook's settings and takes the screenshots
 * mappning-fore.png and mappning-efter.png in test-artifacts/ (and, with FINSAM_SCREENSHOTS=1, in
 * assets/screenshots/ for the README, like the demo test).
 * The harness (mapping-harness/index.tsx) is bundled with webpack into a temp directory.
 */
import type { Page } from "playwright-core";
import { MAPPING_SETTING_KEY, parseMapping } from "../../src/domain/detect";
import { LAYOUT_CORPUS } from "../fixtures/layouts/corpus";
import { describeIfChromium, openMappingHarness, shootPage as shoot, useBrowserSession } from "./browser";

/** Overridable only to test the "Chromium saknas" path; the default is what the project requires. */
const WIDTH = 320;
const SHEET = "Tabell 4";
const MAX_BYTES = 200 * 1024;

describeIfChromium("mapping editor (Chromium, 320 px)", () => {
  let page: Page;
  let url: string;
  let problems: string[];

  useBrowserSession(
    () => openMappingHarness(LAYOUT_CORPUS.find((c) => c.id === "uppsala-2024-utfall-och-budget-q1-q2")!.sheets(), WIDTH),
    (h) => ({ page, url, problems } = h),
    300_000,
  );

  it("shows what was detected, with confidence (before)", async () => {
    await page.goto(url);
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
