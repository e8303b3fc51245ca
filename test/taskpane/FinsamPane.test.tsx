/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Issue } from "../../src/domain/model";
import type { FinsamServices, KontrollSvar, RapportSvar, RunPeriod } from "../../src/services/types";
import { FinsamPane } from "../../src/taskpane/FinsamPane";

const issues: Issue[] = [
  { severity: "varning", code: "LAG_KVOT", sheet: "Utfall", cell: "C9", message: "Låg förbrukning: 55 %." },
  { severity: "fel", code: "EJ_TAL", sheet: "Utfall", cell: "D7", message: "Värdet \"?\" är inget tal." },
  { severity: "info", code: "INFO", sheet: "", cell: "", message: "Inga deltagare i arbetsboken." },
  { severity: "fel", code: "OKAND_INSATS", sheet: "Budget", cell: "A12", message: "Insatsen \"Jobcentrum\" finns inte." },
];

function fakeServices(overrides: Partial<FinsamServices> = {}) {
  const calls = { kontrollera: [] as RunPeriod[], skapa: [] as RunPeriod[], visa: [] as [string, string][] };
  const services: FinsamServices = {
    idag: () => "2024-08-15",
    async kontrollera(p): Promise<KontrollSvar> {
      calls.kontrollera.push(p);
      return {
        ok: true,
        issues,
        antal: { fel: 2, varning: 1, info: 1 },
        rapporter: [{ kind: "forbrukningskvot", name: "Förbrukningskvot 2024-06-30" }],
        lastaBlad: ["Insatser", "Budget", "Utfall"],
        syncsRead: 2,
      };
    },
    async skapaRapporter(p): Promise<RapportSvar> {
      calls.skapa.push(p);
      return {
        ok: true,
        written: [
          { kind: "forbrukningskvot", key: "k", name: "Förbrukningskvot 2024-06-30" },
          { kind: "valideringsrapport", key: "v", name: "Valideringsrapport" },
        ],
        replaced: [],
        issues: issues.slice(0, 1),
        antal: { fel: 0, varning: 1, info: 0 },
        syncsRead: 2,
        syncsWrite: 1,
      };
    },
    async visaCell(sheet, cell) {
      calls.visa.push([sheet, cell]);
      return true;
    },
    ...overrides,
  };
  return { services, calls };
}

function renderPane(services: FinsamServices, initialTill?: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FinsamPane services={services} initialTill={initialTill} />
    </FluentProvider>,
  );
}

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
beforeAll(() => {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
});
afterEach(cleanup);

describe("FinsamPane", () => {
  it("renders the period fields with från defaulting to 1 January of the period end's year", () => {
    const { services } = fakeServices();
    renderPane(services);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Finsam för Excel");
    // idag 2024-08-15 → last completed quarter ends 2024-06-30
    expect((screen.getByLabelText(/Periodens slutdatum/) as HTMLInputElement).value).toBe("2024-06-30");
    expect((screen.getByLabelText(/^Från/) as HTMLInputElement).value).toBe("2024-01-01");
    expect(screen.getByRole("button", { name: "Kontrollera" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Skapa rapporter" })).toBeTruthy();
  });

  it("moves från with the period end until the user edits från", () => {
    const { services } = fakeServices();
    renderPane(services);
    const till = screen.getByLabelText(/Periodens slutdatum/) as HTMLInputElement;
    const fran = screen.getByLabelText(/^Från/) as HTMLInputElement;
    fireEvent.change(till, { target: { value: "2023-09-30" } });
    expect(fran.value).toBe("2023-01-01");
    fireEvent.change(fran, { target: { value: "2023-07-01" } });
    fireEvent.change(till, { target: { value: "2023-12-31" } });
    expect(fran.value).toBe("2023-07-01");
  });

  it("Kontrollera lists issues grouped fel, varningar, information with the chosen period", async () => {
    const { services, calls } = fakeServices();
    renderPane(services, "2024-06-30");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kontrollera" })));
    expect(calls.kontrollera).toEqual([{ fran: "2024-01-01", till: "2024-06-30" }]);
    const region = await screen.findByRole("region", { name: "Avvikelser i arbetsboken" });
    const headings = within(region).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Fel2", "Varningar1", "Information1"]);
    const buttons = within(region).getAllByRole("button");
    expect(buttons.map((b) => b.getAttribute("data-severity"))).toEqual(["fel", "fel", "varning", "info"]);
    // within a group: sheet order (Budget before Utfall)
    expect(buttons[0].textContent).toContain("Budget!A12");
    expect(screen.getByText(/Kontrollen läste 3 blad: 2 fel, 1 varning, 1 info/)).toBeTruthy();
  });

  it("clicking an issue selects its cell through the services", async () => {
    const { services, calls } = fakeServices();
    renderPane(services, "2024-06-30");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kontrollera" })));
    const issue = await screen.findByRole("button", { name: /Utfall!D7/ });
    await act(async () => fireEvent.click(issue));
    expect(calls.visa).toEqual([["Utfall", "D7"]]);
    // a workbook-wide issue has no cell to go to
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /hela arbetsboken/ })));
    expect(calls.visa).toHaveLength(1);
  });

  it("tells the user when a cell could not be shown", async () => {
    const { services } = fakeServices({ visaCell: async () => false });
    renderPane(services, "2024-06-30");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kontrollera" })));
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: /Utfall!D7/ })));
    expect(screen.getByText("Kunde inte visa Utfall!D7.")).toBeTruthy();
  });

  it("Skapa rapporter shows what it wrote and the sync counts", async () => {
    const { services, calls } = fakeServices();
    renderPane(services, "2024-06-30");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Skapa rapporter" })));
    expect(calls.skapa).toEqual([{ fran: "2024-01-01", till: "2024-06-30" }]);
    await waitFor(() =>
      expect(screen.getByTestId("written-summary").textContent).toBe(
        "2 blad skrivna: Förbrukningskvot 2024-06-30, Valideringsrapport",
      ),
    );
    expect(screen.getByText("Excel-anrop (sync): 2 vid läsning, 1 vid skrivning")).toBeTruthy();
  });

  it("shows a failure from the services as an error message", async () => {
    const { services } = fakeServices({ kontrollera: async () => ({ ok: false, message: "Kunde inte läsa arbetsboken: borta" }) });
    renderPane(services, "2024-06-30");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kontrollera" })));
    expect(await screen.findByText("Kunde inte läsa arbetsboken: borta")).toBeTruthy();
  });

  it("disables the actions while the period is invalid", () => {
    const { services } = fakeServices();
    renderPane(services, "2024-06-30");
    fireEvent.change(screen.getByLabelText(/^Från/), { target: { value: "2024-12-01" } });
    expect(screen.getByText("Startdatum ligger efter slutdatum.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Kontrollera" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
