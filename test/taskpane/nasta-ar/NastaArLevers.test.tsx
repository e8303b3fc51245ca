/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { createMemoryScenarioStore } from "../../../src/services/nasta-ar";
import { addAnsokan, installResizeObserver, kvar, loaded, setup } from "./helpers";

beforeAll(installResizeObserver);
afterEach(cleanup);

describe("NastaArPanel: levers and scenarios", () => {
  it("switching an insats off or shifting it a year changes the figures", async () => {
    const { service } = setup();
    await loaded(service);
    fireEvent.click(screen.getByRole("button", { name: "Insatser" }));
    const sw = await screen.findByRole("switch", { name: "Räkna med Samordnat stöd för arbete/studier (Uppsala)" });
    fireEvent.click(sw);
    // Without its 3 492 tkr in 2025 and 2026 (and its 2024 amounts): 4 823; 7 135; 9 246; 21 244.
    expect(kvar()).toEqual(["3 401", "4 830", "4 823", "7 135", "9 246", "21 244"]);
    fireEvent.click(sw);
    fireEvent.click(screen.getByRole("button", { name: "Flytta Framsteget (Håbo) ett år senare" }));
    expect(kvar()).toEqual(["7 281", "8 710", "3 140", "2 013", "4 172", "16 206"]);
    expect(screen.getByTestId("insats-Framsteget (Håbo)").textContent).toContain("Flyttad +1 år");
    // getByText folds the formatter's no-break space (1\u00a0946) into a plain space.
    expect(screen.getByText(/1 946 tkr hamnar utanför modellens år/)).toBeTruthy();
  });

  it("medlemsavgifter, förvaltning and ej nyttjade medel recompute while typing", async () => {
    const { service } = setup();
    await loaded(service);
    fireEvent.click(screen.getByRole("button", { name: "Medlemsavgifter" }));
    fireEvent.change(await screen.findByLabelText("Medlemsavgifter 2026"), { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Enhet för medlemsavgifter 2026" }), { target: { value: "tkr" } });
    fireEvent.change(screen.getByLabelText("Medlemsavgifter 2026"), { target: { value: "24 428" } });
    expect(kvar()).toEqual(["3 401", "4 830", "1 331", "1 151", "3 262", "15 260"]);
    fireEvent.click(screen.getByRole("button", { name: "Förvaltning och ej nyttjade medel" }));
    fireEvent.change(await screen.findByLabelText("Ej nyttjade medel 2025"), { target: { value: "1 300" } });
    expect(kvar()).toEqual(["3 401", "4 830", "2 631", "2 451", "4 562", "16 560"]);
    fireEvent.change(screen.getByLabelText("Ej nyttjade medel 2025"), { target: { value: "?" } });
    expect(screen.getByText(/"\?" är inte ett tal/)).toBeTruthy();
    expect(kvar()[2]).toBe("2 631");
  });

  it("saves, reopens and deletes named scenarios and writes the scenario sheet", async () => {
    const store = createMemoryScenarioStore();
    const { service, written } = setup(store);
    await loaded(service);
    addAnsokan("Jobbspår Tierp", "Tierp", { "2026": "2 000" });
    const name = screen.getByLabelText(/Scenariots namn/) as HTMLInputElement;
    expect(name.value).toBe("Alt 1");
    fireEvent.change(name, { target: { value: "Jobbspår" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Spara scenario" })));
    expect(JSON.parse(store.current()!)).toEqual([
      { name: "Jobbspår", levers: [{ kind: "ansokan", namn: "Jobbspår Tierp", agare: "Tierp", belopp: { "2026": 2_000_000 } }] },
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Rensa ändringar" }));
    expect(kvar()[3]).toBe("151");
    fireEvent.click(screen.getByRole("button", { name: "Öppna scenariot Jobbspår" }));
    expect(kvar()[3]).toBe("⚠−1 849 negativt");

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Skriv scenario" })));
    await waitFor(() =>
      expect(screen.getByTestId("nasta-ar-skrivet").textContent).toContain("Bladet Beslutsutrymme 24–28 Jobbspår är skrivet."),
    );
    expect(written.map((p) => p.name)).toEqual(["Beslutsutrymme 24–28 Jobbspår"]);
    // the confirmation sits where the user looks: in the scenario group, right after the Skriv scenario button
    const confirmation = screen.getByTestId("nasta-ar-skrivet");
    const skriv = screen.getByRole("button", { name: "Skriv scenario" });
    expect(confirmation.closest("section")).toBe(skriv.closest("section"));
    expect(skriv.compareDocumentPosition(confirmation) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(confirmation.compareDocumentPosition(screen.getByText("Sparade scenarier")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Ta bort scenariot Jobbspår" })));
    expect(JSON.parse(store.current()!)).toEqual([]);
    expect(screen.getByText("Inga sparade scenarier.")).toBeTruthy();
  });
});
