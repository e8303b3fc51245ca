/** @jest-environment jsdom */
import { act } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { mountMessage, mountPane, openedForDiagnostik, paneTheme } from "../../src/taskpane/mount";
import { diagnostikStrings } from "../../src/taskpane/diagnostik-strings";
import { fakeServices } from "./fake-services";

describe("mount", () => {
  it("mounts the pane with the Office theme's darkness", async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const { services } = fakeServices({ today: () => "2025-02-10" });
    const root = await act(async () => mountPane(el, services, { dark: true }));
    expect(el.querySelector("main h1")?.textContent).toBe("Finsam för Excel");
    const provider = el.firstElementChild as HTMLElement;
    expect(provider.className).toMatch(/fui-FluentProvider/);
    act(() => root.unmount());
  });

  it("follows dark, light and high contrast", () => {
    expect(paneTheme(true, false)).toBe(webDarkTheme);
    expect(paneTheme(false, false)).toBe(webLightTheme);
    expect(paneTheme(true, true)).toBe(teamsHighContrastTheme);
  });

  it("shows a message when Office is not available", async () => {
    const el = document.createElement("div");
    const root = await act(async () => mountMessage(el, "Finsam för Excel", "Office.js kunde inte laddas."));
    expect(el.querySelector('[role="alert"]')?.textContent).toContain("Office.js kunde inte laddas.");
    act(() => root.unmount());
  });

  it("the ribbon's Diagnostik button (taskpane.html?vy=diagnostik) opens the pane with Diagnostik's run button focused", async () => {
    expect(openedForDiagnostik("?vy=diagnostik")).toBe(true);
    expect(openedForDiagnostik("")).toBe(false);
    expect(openedForDiagnostik("?vy=data")).toBe(false);
    const el = document.createElement("div");
    document.body.appendChild(el);
    const { services } = fakeServices({ today: () => "2025-02-10" });
    const diagnostik = () => Promise.reject(new Error("används inte"));
    const root = await act(async () => mountPane(el, services, { diagnostik, diagnostikFocus: true }));
    expect(document.activeElement?.textContent).toBe(diagnostikStrings.run);
    act(() => root.unmount());
    const plain = await act(async () => mountPane(el, services, { diagnostik }));
    expect(document.activeElement?.textContent).not.toBe(diagnostikStrings.run);
    act(() => plain.unmount());
  });
});
