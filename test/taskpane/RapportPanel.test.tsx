/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { PaneChoices } from "../../src/services/types";
import { fakeServices } from "./fake-services";
import { button, click, renderPane, tab, usePaneTestEnvironment } from "./render-pane";

usePaneTestEnvironment();

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

  it("shows a failure from the services as an error message", async () => {
    const { services } = fakeServices({ writeReports: async () => ({ ok: false, message: "Kunde inte läsa arbetsboken: borta" }) });
    await renderPane(services, "2024-06-30");
    await click(tab(/Rapporter/));
    await click(button("Skapa rapporter"));
    expect(screen.getByText("Kunde inte läsa arbetsboken: borta")).toBeTruthy();
    expect(screen.queryByTestId("result-summary")).toBeNull();
  });
});
