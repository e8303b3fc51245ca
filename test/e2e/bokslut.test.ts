/**
 * End-to-end: the browser demo imports a SIE 4 file (the Uppsala 2024-06-30 fixture, PC8) through the pane's file
 * input — read by FileReader and decoded in the page, nothing uploaded — and writes the bokslut sheets with the
 * published figures of domain.md §3.7, with prognos and budget from the demo workbook's Budget sheet (budget H1
 * −1 480 000 and prognos helår −1 530 000, both as published; eget kapital at the year's end by the prognos
 * 7 359 764 − 1 530 000 = 5 829 764). Screenshots:
 * the pane after the import, the Balansräkning and the Resultaträkning sheet.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { describeIfChromium, gridRow, openSheet, pane, plain, ROOT, shoot, useDemoBrowser, workbook, type DemoBrowser } from "./browser";

const SIE = path.join(ROOT, "test/fixtures/ledger/uppsala-2024-06-30.se");

describeIfChromium("bokslut from a SIE file in the browser demo", () => {
  let demo: DemoBrowser;
  let page: Page;

  useDemoBrowser((d) => {
    demo = d;
    page = d.page;
  });

  it("imports the SIE file in step 1 and writes the bokslut sheets", async () => {
    await page.goto(demo.url);
    await page.getByRole("tab", { name: "Insatser" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("sie-fil").setInputFiles(SIE);
    const summary = page.getByTestId("bokforing-summary");
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent().then(plain)).resolves.toContain(
      "Samordningsförbundet Uppsala län, räkenskapsår 2024-01-01 – 2024-12-31, saldon t.o.m. 2024-06-30, 17 konton",
    );
    await shoot(pane(page), "pane-bokslut-sie", true);

    await page.getByRole("tab", { name: "3 Rapporter" }).click();
    await pane(page).getByRole("button", { name: "Skapa rapporter" }).click();
    await page.getByTestId("result-summary").waitFor({ timeout: 60_000 });
    await openSheet(page, "Balansräkning 2024-06-30");
    await expect(gridRow(page, "SUMMA TILLGÅNGAR")).resolves.toContain("18 692 021");
    await expect(gridRow(page, "Summa eget kapital")).resolves.toContain("6 739 931");
    await expect(gridRow(page, /^\d+Periodens resultat/)).resolves.toContain("-619 833");
    await expect(gridRow(page, "Eget kapital i % av årets medlemsbidrag")).resolves.toContain("28,9");
    await expect(gridRow(page, "Årets resultat enligt prognos")).resolves.toContain("-1 530 000");
    await expect(gridRow(page, "Eget kapital vid årets slut enligt prognos")).resolves.toContain("5 829 764");
    await shoot(workbook(page), "sheet-balansrakning", true);
    await openSheet(page, "Kassaflödesanalys 2024-06-30");
    await expect(gridRow(page, "Kassaflöde från den löpande verksamheten")).resolves.toContain("5 210 174");
    await openSheet(page, "Resultaträkning 2024-06-30");
    await expect(gridRow(page, "Verksamhetens intäkter")).resolves.toContain("12 093 929");
    await expect(gridRow(page, /^\d+Post2024/)).resolves.toContain("Prognos helår 2024");
    await expect(gridRow(page, /^\d+Periodens resultat/)).resolves.toMatch(/-619 833.*-1 530 000.*-1 480 000/);
    await shoot(workbook(page), "sheet-resultatrakning", true);
    expect(demo.problems).toEqual([]);
  }, 180_000);
});
