/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { fakeServices } from "./fake-services";
import { button, click, renderPane, tab, usePaneTestEnvironment } from "./render-pane";

usePaneTestEnvironment();

describe("FinsamPane: the four steps", () => {
  it("shows the steps as tabs and opens 1. Data; only the chosen step's panel is visible", async () => {
    await renderPane(fakeServices().services);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Finsam för Excel");
    // The help page (the manifest's SupportUrl) is one click away, in a new window.
    const help = screen.getByRole("link", { name: /Hjälp/ });
    expect(help.getAttribute("href")).toBe("assets/hjalp.html");
    expect(help.getAttribute("target")).toBe("_blank");
    const tabs = within(screen.getByRole("tablist", { name: "Steg" })).getAllByRole("tab");
    expect(tabs).toHaveLength(4);
    ["1 Data", "2 Kontroll", "3 Rapporter", "4 Nästa år"].forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
    expect(tab(/Data/).getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
    await click(tab(/Nästa år/));
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(tab(/Nästa år/).id);
    // the what-if of src/taskpane/nasta-ar/ (the fake services have none, so it says so)
    expect(within(screen.getByRole("tabpanel")).getByRole("heading", { level: 2 }).textContent).toMatch(/Nästa år/);
  });

  it("1. Data reads the workbook and lists each sheet with what it was taken as", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(button("Läs in arbetsboken"));
    expect(calls.checkWorkbook).toEqual([{ fran: "2024-01-01", till: "2024-06-30", reports: undefined, publicering: null }]);
    // reading writes nothing, not even the remembered choices
    expect(calls.sparade).toEqual([]);
    const rows = within(screen.getByTestId("blad-tabell")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(["InsatserInsatser", "BudgetBudget", "UtfallUtfall", "AnteckningarAnvänds inte"]);
    await click(button("Gå till bladet Budget"));
    expect(calls.visa).toEqual([["Budget", "A1"]]);
    await click(button("Visa kontrollen"));
    expect(tab(/Kontroll/).getAttribute("aria-selected")).toBe("true");
  });

  it("shows the step names and a progress bar while working", async () => {
    let finish: () => void = () => undefined;
    const { services } = fakeServices({
      checkWorkbook: (_o, onProgress) =>
        new Promise((resolve) => {
          onProgress?.({ step: "kontrollera", index: 2, total: 2 });
          finish = () => resolve({ ok: false, message: "avbrutet" });
        }),
    });
    await renderPane(services, "2024-06-30");
    await click(button("Läs in arbetsboken"));
    expect(screen.getByTestId("progress").textContent).toContain("Steg 2 av 2: Kontrollerar …");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect((button("Läs in arbetsboken") as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    expect(screen.queryByTestId("progress")).toBeNull();
    expect(screen.getByText("avbrutet")).toBeTruthy();
  });
});
