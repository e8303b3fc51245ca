/**
 * Browser entry of the mapping screenshot test (bundled with webpack by test/e2e/mapping.test.ts into a temp
 * directory, never shipped): the real DataStep, the real mapping service, the real Excel host and workbook
 * settings over the simulated Excel holding the sheets the test injects as `window.__MAPPING_SHEETS__`.
 * The pane is as wide as the page (the test sets a 320 px viewport, the narrowest task pane).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../../../src/excel";
import { createSettingsStore } from "../../../src/excel/settings-store";
import { ExcelSim, type SheetInit } from "../../../src/excel-sim";
import { createMappingService, settingsMappingStore } from "../../../src/services/mapping";
import { DataStep } from "../../../src/taskpane/data/DataStep";

declare global {
  interface Window {
    __MAPPING_SHEETS__?: SheetInit[];
    __MAPPING_SIM__?: ExcelSim;
  }
}

const sim = ExcelSim.fromSheets(window.__MAPPING_SHEETS__ ?? []);
window.__MAPPING_SIM__ = sim;
const mapping = createMappingService(createExcelHost(sim), settingsMappingStore(createSettingsStore(sim)), {
  now: () => new Date(2024, 7, 15),
});

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
    <main aria-label="Aktivitetsfönster: Finsam" style={{ padding: 12, boxSizing: "border-box", width: "100%" }}>
      <DataStep services={{ mapping }} />
    </main>
  </FluentProvider>,
);
