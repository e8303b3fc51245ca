/**
 * Diagnostik in the browser demo: the pane's self-test runs every Office.js call the add-in uses against the
 * simulated Excel, shows a copyable Swedish report and leaves the workbook's tabs as they were.
 * With FINSAM_SCREENSHOTS=1 the README's screenshot goes to assets/screenshots/diagnostik.png.
 */
import type { Page } from "playwright-core";
import { describeIfChromium, shoot, useDemoBrowser, type DemoBrowser } from "./browser";

describeIfChromium("Diagnostik in the demo (Chromium)", () => {
  let demo: DemoBrowser;
  let page: Page;

  useDemoBrowser((d) => {
    demo = d;
    page = d.page;
  });

  it("runs every check, shows the report and removes its temporary sheets", async () => {
    await page.goto(demo.url);
    await page.getByRole("tab", { name: "Insatser" }).waitFor({ timeout: 30_000 });
    const tabs = await page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab").allTextContents();
    await page.getByRole("button", { name: "Kör diagnostik" }).click();
    const report = page.getByRole("textbox", { name: "Diagnostikrapport att kopiera" });
    await report.waitFor({ timeout: 30_000 });
    const text = await report.inputValue();
    expect(text).toContain("Finsam för Excel – Diagnostik");
    expect(text).toContain("Plattform: Simulerad Excel (webbdemon)");
    expect(text).toContain("Alla 8 kontroller gick igenom.");
    expect(await page.getByRole("list", { name: "Resultat per kontroll" }).getByRole("listitem").count()).toBe(8);
    expect(await page.getByRole("tablist", { name: "Blad i arbetsboken" }).getByRole("tab").allTextContents()).toEqual(tabs);
    const section = page.getByRole("region", { name: "Diagnostik" });
    await section.scrollIntoViewIfNeeded();
    await shoot(section, "diagnostik", true);
  }, 120_000);
});
