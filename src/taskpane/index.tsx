/**
 * Entry of taskpane.html: waits for Office.js (loaded from Microsoft's CDN by the page), creates the
 * Excel host and the workbook settings store and mounts the pane. Office.* and Excel.* are only named in
 * src/excel/.
 */
import { bootOffice } from "../excel/office-bootstrap";
import { createOfficeSettingsStore } from "../excel/settings-store";
import { createServices } from "../services";
import { mountMessage, mountPane } from "./mount";
import { strings } from "./strings";

const container = document.getElementById("root");
if (container) {
  bootOffice().then(
    ({ host, dark }) =>
      mountPane(
        container,
        createServices({
          readSheets: () => host.readSheets(),
          apply: (plans) => host.apply(plans),
          selectCell: (sheet, cell) => host.selectCell(sheet, cell),
          syncCount: () => host.syncCount(),
          settings: createOfficeSettingsStore(),
        }),
        { dark },
      ),
    (e: unknown) => mountMessage(container, strings.appTitle, e instanceof Error ? e.message : String(e)),
  );
}
