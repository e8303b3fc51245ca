/** Entry of demo.html: the task pane beside a simulated workbook (no Office.js, no network but our own origin). */
import { createRoot } from "react-dom/client";
import { Themed } from "../taskpane/mount";
import { DemoApp } from "./DemoApp";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <Themed>
      <DemoApp />
    </Themed>,
  );
}
