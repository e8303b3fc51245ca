/**
 * Entry of taskpane.html: waits for Office.js (loaded from Microsoft's CDN by the page), creates the
 * Excel host and mounts the pane. Office.* is only named in src/excel/office-bootstrap.ts.
 */
import { bootOffice } from "../excel/office-bootstrap";
import { createServices } from "../services";
import { mountMessage, mountPane } from "./mount";
import { strings } from "./strings";

const container = document.getElementById("root");
if (container) {
  bootOffice().then(
    ({ host, dark }) => mountPane(container, createServices(host), { dark }),
    (e: unknown) => mountMessage(container, strings.appTitle, e instanceof Error ? e.message : String(e)),
  );
}
