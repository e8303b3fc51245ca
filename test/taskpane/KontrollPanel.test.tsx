/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { fakeServices } from "./fake-services";
import { button, click, renderPane, tab, usePaneTestEnvironment } from "./render-pane";

usePaneTestEnvironment();

describe("2. Kontroll", () => {
  it("2. Kontroll groups issues by sheet, worst first, and clicking one selects its cell", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(tab(/Kontroll/));
    expect(screen.getByText(/Period: Halvår 1 2024/)).toBeTruthy();
    await click(button("Kontrollera"));
    expect(screen.getByTestId("check-summary").textContent).toBe("Kontrollen läste 4 blad: 2 fel, 1 varning och 1 information.");
    const region = screen.getByRole("region", { name: "Avvikelser i arbetsboken" });
    const headings = within(region)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["Budget1 fel", "Utfall1 fel1 varning", "Hela arbetsboken1 information"]);
    await click(within(region).getByRole("button", { name: /Utfall!D7/ }));
    expect(calls.visa).toEqual([["Utfall", "D7"]]);
    // an issue about the whole workbook has no cell to go to
    await click(within(region).getByRole("button", { name: /hela arbetsboken/ }));
    expect(calls.visa).toHaveLength(1);
  });

  it("filters the issues by severity and by sheet", async () => {
    await renderPane(fakeServices().services, "2024-06-30");
    await click(tab(/Kontroll/));
    await click(button("Kontrollera"));
    const shown = () =>
      within(screen.getByRole("region", { name: "Avvikelser i arbetsboken" }))
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")?.split(":")[0]);
    const fel = button("Fel (2)");
    expect(fel.getAttribute("aria-pressed")).toBe("true");
    await click(fel);
    expect(fel.getAttribute("aria-pressed")).toBe("false");
    expect(shown()).toEqual(["varning, Utfall!C9", "information, hela arbetsboken"]);
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "Blad" }), { target: { value: "Utfall" } }));
    expect(shown()).toEqual(["varning, Utfall!C9"]);
    await click(button("Varningar (1)"));
    expect(screen.getByText("Inga avvikelser matchar filtret.")).toBeTruthy();
  });

  it("tells the user when a cell could not be shown", async () => {
    const { services } = fakeServices({
      selectIssueCell: async () => ({
        ok: false,
        message: "Bladet ”Utfall” är dolt. Visa det (högerklicka på en bladflik › Ta fram) för att se cell D7.",
      }),
    });
    await renderPane(services, "2024-06-30");
    await click(tab(/Kontroll/));
    await click(button("Kontrollera"));
    await click(screen.getByRole("button", { name: /Utfall!D7/ }));
    expect(
      screen.getByText(
        "Kunde inte visa Utfall!D7. Bladet ”Utfall” är dolt. Visa det (högerklicka på en bladflik › Ta fram) för att se cell D7.",
      ),
    ).toBeTruthy();
  });

  it("Kontrollera rekvisitioner lists verdicts with reasons; a row selects the claim's cells", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(tab(/Kontroll/));
    await click(button("Kontrollera rekvisitioner"));
    expect(calls.rekvisitioner).toEqual([{ fran: "2024-01-01", till: "2024-06-30" }]);
    expect(screen.getByTestId("rekv-summary").textContent).toBe("3 rekvisitioner: 1 åtgärd krävs, 1 godkänd med anmärkning, 1 godkänd.");
    const rows = within(screen.getByRole("list", { name: "Rekvisitioner och bedömningar" })).getAllByRole("button");
    expect(rows.map((r) => r.getAttribute("data-verdict"))).toEqual(["Åtgärd krävs", "Godkänd med anmärkning", "Godkänd"]);
    expect(rows[0].textContent).toContain("Kostnadsslagen stämmer inte med beloppet.");
    expect(rows[0].textContent).toMatch(/Begärt 321\s500 kr · att betala 0 kr/);
    await click(rows[0]);
    expect(calls.visa).toEqual([["Rekvisitioner", "A14:G14"]]);
    await click(button("Dölj rekvisitionerna"));
    expect(screen.queryByTestId("rekv-summary")).toBeNull();
  });
});
