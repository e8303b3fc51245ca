import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { ReactNode } from "react";
import type { DiagnostikRapport } from "../services/diagnostik";
import type { FinsamServices } from "../services/types";
import type { DataEditor } from "./data-slot";
import { FinsamPane } from "./FinsamPane";

export interface PaneOptions {
  /** Follow a dark Office theme. */
  dark?: boolean;
  initialTill?: string;
  dataEditor?: DataEditor;
  /** The Excel self-test (Diagnostik). */
  diagnostik?: () => Promise<DiagnostikRapport>;
  /** The pane was opened by the ribbon's Diagnostik button (taskpane.html?vy=diagnostik). */
  diagnostikFocus?: boolean;
}

/** True when the page was opened by the ribbon's Diagnostik button (manifest.xml: Diagnostik.Url). */
export function openedForDiagnostik(search: string): boolean {
  return new URLSearchParams(search).get("vy") === "diagnostik";
}

/** True when the system forces its own colours (Windows high contrast). */
export function prefersHighContrast(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

/** The Fluent theme: high contrast when the system asks for it, else Office's dark or light theme. */
export function paneTheme(dark?: boolean, highContrast = prefersHighContrast()): Theme {
  if (highContrast) return teamsHighContrastTheme;
  return dark ? webDarkTheme : webLightTheme;
}

/** Fluent theme root; fills the pane so the background follows the theme. */
export function Themed({ dark, children }: { dark?: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}

/** Mounts the task pane into `container` (the add-in's taskpane.html). */
export function mountPane(container: HTMLElement, services: FinsamServices, options: PaneOptions = {}): Root {
  const root = createRoot(container);
  root.render(
    <Themed dark={options.dark}>
      <FinsamPane
        services={services}
        initialTill={options.initialTill}
        dataEditor={options.dataEditor}
        diagnostik={options.diagnostik}
        diagnostikFocus={options.diagnostikFocus}
      />
    </Themed>,
  );
  return root;
}

/** Shows a plain message instead of the pane (e.g. the page was opened outside Excel). */
export function mountMessage(container: HTMLElement, title: string, message: string): Root {
  const root = createRoot(container);
  root.render(
    <Themed>
      <div role="alert" style={{ padding: 12 }}>
        <h1 style={{ fontSize: 18, margin: "0 0 8px" }}>{title}</h1>
        <p style={{ margin: 0 }}>{message}</p>
      </div>
    </Themed>,
  );
  return root;
}
