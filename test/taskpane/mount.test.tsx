/** @jest-environment jsdom */
import { act } from "@testing-library/react";
import type { FinsamServices } from "../../src/services/types";
import { mountMessage, mountPane } from "../../src/taskpane/mount";

const services: FinsamServices = {
  idag: () => "2025-02-10",
  kontrollera: async () => ({ ok: false, message: "ej använd" }),
  skapaRapporter: async () => ({ ok: false, message: "ej använd" }),
  visaCell: async () => true,
};

describe("mount", () => {
  it("mounts the pane with the Office theme's darkness", async () => {
    const el = document.createElement("div");
    document.body.appendChild(el);
    const root = await act(async () => mountPane(el, services, { dark: true }));
    expect(el.querySelector("main h1")?.textContent).toBe("Finsam för Excel");
    // idag 2025-02-10 → last completed quarter ends 2024-12-31
    expect((el.querySelector('input[type="date"]') as HTMLInputElement).value).toBe("2024-12-31");
    const provider = el.firstElementChild as HTMLElement;
    expect(provider.className).toMatch(/fui-FluentProvider/);
    act(() => root.unmount());
  });

  it("shows a message when Office is not available", async () => {
    const el = document.createElement("div");
    const root = await act(async () => mountMessage(el, "Finsam för Excel", "Office.js kunde inte laddas."));
    expect(el.querySelector('[role="alert"]')?.textContent).toContain("Office.js kunde inte laddas.");
    act(() => root.unmount());
  });
});
