/**
 * The task pane's composition root in real Excel: boots Office.js (src/excel/) and returns the services over
 * the Excel host and the workbook's settings, so the pane itself never names the host.
 */
import { bootOffice, officeEnvironment, realExcel } from "../excel/office-bootstrap";
import { runDiagnostik, type DiagnostikRapport } from "./diagnostik";
import { createOfficeSettingsStore } from "../excel/settings-store";
import { createServices } from "./finsam-services";
import type { FinsamServices } from "./types";

export async function bootOfficeServices(): Promise<{
  services: FinsamServices;
  dark: boolean;
  diagnostik: () => Promise<DiagnostikRapport>;
}> {
  const { host, dark } = await bootOffice();
  const services = createServices({
    readSheets: () => host.readSheets(),
    apply: (plans) => host.apply(plans),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    syncCount: () => host.syncCount(),
    settings: createOfficeSettingsStore(),
  });
  return { services, dark, diagnostik: () => runDiagnostik(realExcel(), officeEnvironment()) };
}
