/**
 * Entry of taskpane.html: waits for Office.js (loaded from Microsoft's CDN by the page), gets the
 * services over the Excel host (src/services/office.ts) and mounts the pane. Office.* and Excel.* are only named in
 * src/excel/.
 */
import { describeError } from "../services/errors";
import { bootOfficeServices } from "../services/office";
import { mountMessage, mountPane, openedForDiagnostik } from "./mount";
import { strings } from "./strings";

const container = document.getElementById("root");
if (container) {
  bootOfficeServices().then(
    ({ services, dark, diagnostik }) =>
      mountPane(container, services, { dark, diagnostik, diagnostikFocus: openedForDiagnostik(window.location.search) }),
    (e: unknown) => mountMessage(container, strings.appTitle, describeError(e)),
  );
}
