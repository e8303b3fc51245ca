/**
 * Entry of commands.html (the manifest's FunctionFile). The ribbon button opens the task pane
 * (ShowTaskpane), so there are no function commands yet; the page only has to initialise Office.js.
 * Office.* is only named in src/excel/office-bootstrap.ts.
 */
import { whenOfficeReady } from "../excel/office-bootstrap";

whenOfficeReady().catch(() => undefined);
