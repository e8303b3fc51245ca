/**
 * Browser entry for the "Nästa år" screenshot test (bundled by test/e2e/nasta-ar.test.ts, never shipped):
 * the real panel, the real nasta-ar service, the real Excel host and settings store over the simulated Excel, holding the
 * example workbook's sheets that the test injects as `window.__NASTA_AR_SHEETS__`. The pane is as wide
 * as the page (the test sets a 340 px viewport, a task pane's width).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../../src/excel";
import { createSettingsStore } from "../../src/excel/settings-store";
import { ExcelSim, type SheetInit } from "../../src/excel-sim";
import { createNastaArService, scenarioStoreFromSettings } from "../../src/services/nasta-ar";
import { NastaArPanel } from "../../src/taskpane/nasta-ar/NastaArPanel";

declare global {
  interface Window {
    __NASTA_AR_SHEETS__?: SheetInit[];
    __NASTA_AR_SIM__?: ExcelSim;
  }
}

const sim = ExcelSim.fromSheets(window.__NASTA_AR_SHEETS__ ?? []);
window.__NASTA_AR_SIM__ = sim;
const store = scenarioStoreFromSettings(createSettingsStore(sim));
const nastaAr = createNastaArService(createExcelHost(sim), { store, now: () => new Date(2024, 9, 24) });

const container = document.getElementById("root")!;
createRoot(container).render(
  createElement(
    FluentProvider,
    { theme: webLightTheme, style: { minHeight: "100vh" } },
    createElement(
      "main",
      { style: { padding: 12, boxSizing: "border-box", width: "100%" }, "aria-label": "Aktivitetsfönster: Finsam" },
      createElement(NastaArPanel, { services: { nastaAr } }),
    ),
  ),
);
