/** @jest-environment jsdom */
/**
 * The pane rendered with Fluent in jsdom: only what rendering shows (tabs, roles, aria, focus, what a click
 * selects). The pane's state (busy, results, errors, choices, removal) is tested without rendering in
 * test/taskpane/state/*.test.ts.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { PaneChoices } from "../../src/services/types";
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

describe("FinsamPane: 3. Rapporter", () => {
  it("chooses kvartal, halvår, helår or own dates and shows the dates", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(tab(/Rapporter/));
    const typ = screen.getByRole("combobox", { name: "Periodtyp" }) as HTMLSelectElement;
    expect(typ.value).toBe("halvar");
    expect(screen.getByTestId("period-range").textContent).toBe("2024-01-01 – 2024-06-30");
    await act(async () => void fireEvent.change(typ, { target: { value: "kvartal" } }));
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "Kvartal" }), { target: { value: "3" } }));
    expect(screen.getByTestId("period-range").textContent).toBe("2024-07-01 – 2024-09-30");
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "År" }), { target: { value: "2023" } }));
    expect(screen.getByTestId("period-range").textContent).toBe("2023-07-01 – 2023-09-30");
    await act(async () => void fireEvent.change(typ, { target: { value: "datum" } }));
    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: "2023-10-01" } });
    expect(screen.getByText("Startdatum ligger efter slutdatum.")).toBeTruthy();
    expect((button("Skapa rapporter") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/^Periodens slutdatum/), { target: { value: "2023-12-31" } });
    await click(button("Skapa rapporter"));
    expect(calls.skapa[0]).toMatchObject({ fran: "2023-10-01", till: "2023-12-31" });
  });

  it("writes the chosen outputs with Publicering and summarises the result", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(tab(/Rapporter/));
    const bidrag = screen.getByRole("checkbox", { name: "Medlemsbidrag (bidragsfördelning)" }) as HTMLInputElement;
    expect(bidrag.checked).toBe(true);
    await click(bidrag);
    const publicering = screen.getByRole("checkbox", { name: /Publicering/ });
    await click(publicering);
    await click(screen.getByRole("radio", { name: /Under 3/ }));
    expect((screen.getByRole("checkbox", { name: /Valideringsrapport/ }) as HTMLInputElement).disabled).toBe(true);
    await click(button("Skapa rapporter"));
    expect(calls.skapa).toEqual([
      {
        fran: "2024-01-01",
        till: "2024-06-30",
        reports: ["forbrukningskvot", "driftsredovisning", "resultat", "deltagare"],
        publicering: { threshold: 3 },
      },
    ]);
    expect(screen.getByTestId("result-summary").textContent).toBe("3 fel, 5 varningar; 4 blad skrivna");
    const written = within(screen.getByTestId("written-list")).getAllByRole("button");
    expect(written.map((b) => b.textContent)).toEqual([
      "Förbrukningskvot 2024-06-30",
      "Driftsredovisning 2024-06-30",
      "Bidrag 2024",
      "Valideringsrapport",
    ]);
    await click(written[1]);
    expect(calls.visa).toEqual([["Driftsredovisning 2024-06-30", "A1"]]);
    expect(calls.sparade).toEqual([{ period: { typ: "halvar", ar: 2024, nr: 1 }, avvalda: ["bidrag"], publicering: 3 }]);
    // the same choices are not written again
    await click(button("Skapa rapporter"));
    expect(calls.skapa).toHaveLength(2);
    expect(calls.sparade).toHaveLength(1);
  });

  it("after reading, offers only the reports the workbook has data for", async () => {
    const { services, calls } = fakeServices();
    await renderPane(services, "2024-06-30");
    await click(button("Läs in arbetsboken"));
    await click(tab(/Rapporter/));
    const resultat = screen.getByRole("checkbox", { name: "Resultaträkning och nyckeltal (saknar underlag)" }) as HTMLInputElement;
    expect(resultat.disabled).toBe(true);
    expect(resultat.checked).toBe(false);
    await click(button("Skapa rapporter"));
    // every report on → "all the workbook allows"
    expect(calls.skapa[0].reports).toBeUndefined();
    await click(screen.getByRole("checkbox", { name: "Driftsredovisning" }));
    await click(button("Skapa rapporter"));
    expect(calls.skapa[1].reports).toEqual(["forbrukningskvot", "deltagare", "bidrag"]);
  });

  it("starts from the choices remembered in the workbook", async () => {
    const saved: PaneChoices = { period: { typ: "kvartal", ar: 2023, nr: 4 }, avvalda: ["deltagare"], publicering: 5 };
    const { services } = fakeServices({}, saved);
    await renderPane(services, "2024-06-30");
    await click(tab(/Rapporter/));
    expect(screen.getByTestId("period-range").textContent).toBe("2023-10-01 – 2023-12-31");
    expect((screen.getByRole("checkbox", { name: "Uppföljning deltagare" }) as HTMLInputElement).checked).toBe(false);
    // Publicering belongs to the deltagare tables: off with them
    expect((screen.getByRole("checkbox", { name: /Publicering/ }) as HTMLInputElement).disabled).toBe(true);
  });
});
