/**
 * Browser entry of test/e2e/mapping-edits.test.ts (bundled with webpack into a temp directory, never shipped):
 * the whole task pane (FinsamPane, the real services and Excel host over the simulated Excel holding the sheets
 * the test injects as `window.__EDITS_SHEETS__`, clock `window.__EDITS_TODAY__`) in a 350 px column beside a
 * plain view of the first sheet, on a 1 366 px page — as the pane sits beside the workbook in Excel.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { CellValue } from "../../../src/domain/model";
import { ExcelSim, type SheetInit } from "../../../src/excel-sim";
import { simHost } from "../../../src/demo/session";
import { createServices } from "../../../src/services";
import { FinsamPane } from "../../../src/taskpane/FinsamPane";

declare global {
  interface Window {
    __EDITS_SHEETS__?: SheetInit[];
    __EDITS_TODAY__?: string;
    __EDITS_SIM__?: ExcelSim;
  }
}

const sheets = window.__EDITS_SHEETS__ ?? [];
const sim = ExcelSim.fromSheets(sheets);
window.__EDITS_SIM__ = sim;
const [y, m, d] = (window.__EDITS_TODAY__ ?? "2026-12-07").split("-").map(Number);
const services = createServices(simHost(sim), { now: () => new Date(y, m - 1, d, 9, 0) });

const letter = (c: number) => String.fromCharCode(65 + c);
const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));

function SheetView({ sheet }: { sheet: SheetInit | undefined }) {
  const rows = sheet?.values ?? [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const cell = { border: "1px solid #e1e1e1", padding: "2px 6px", fontSize: 12, whiteSpace: "nowrap" as const };
  return (
    <div style={{ flex: "1 1 auto", overflow: "hidden", padding: 8, fontFamily: "Segoe UI, system-ui, sans-serif" }}>
      <div style={{ fontSize: 12, marginBottom: 4, color: "#605e5c" }}>{sheet?.name}</div>
      <table style={{ borderCollapse: "collapse" }}>
        <thead>
          <tr>
            <th style={{ ...cell, background: "#f3f2f1" }} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} style={{ ...cell, background: "#f3f2f1", fontWeight: 400 }}>
                {letter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th style={{ ...cell, background: "#f3f2f1", fontWeight: 400 }}>{i + 1}</th>
              {Array.from({ length: width }, (_, c) => (
                <td key={c} style={cell}>
                  {text(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(
  <div style={{ display: "flex", height: "100vh", overflow: "hidden", background: "#faf9f8" }}>
    <SheetView sheet={sheets[0]} />
    <FluentProvider
      theme={webLightTheme}
      style={{ flex: "0 0 350px", width: 350, height: "100vh", overflowY: "auto", borderLeft: "1px solid #d1d1d1" }}
    >
      <div data-testid="pane" style={{ padding: 12, boxSizing: "border-box", width: "100%" }}>
        <FinsamPane services={services} as="main" />
      </div>
    </FluentProvider>
  </div>,
);
