/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { ArbetsbokPerioder } from "../../src/services/default-period";
import { fakeServices } from "./fake-services";
import { button, click, renderPane, tab, usePaneTestEnvironment } from "./render-pane";

usePaneTestEnvironment();

/** Issue 14 pattern 10 in the pane: a 2021 workbook opened in 2026 opens at 2021 and its last utfall, not at 2026. */
const BOK_2021: ArbetsbokPerioder = {
  utfall: [
    { from: "2021-01-01", to: "2021-06-30" },
    { from: "2021-07-01", to: "2021-08-31" },
  ],
  budgetAr: [2020, 2021],
};

describe("FinsamPane: the default period comes from the workbook", () => {
  it("opens a 2021 workbook in 2026 at 2021-01-01 – 2021-08-31 and offers the workbook's years", async () => {
    const { services, calls } = fakeServices({ today: () => "2026-12-07", perioder: async () => ({ ok: true, ...BOK_2021 }) });
    await renderPane(services);
    await click(tab(/Rapporter/));
    expect((screen.getByRole("combobox", { name: "Periodtyp" }) as HTMLSelectElement).value).toBe("datum");
    expect((screen.getByLabelText(/^Från/) as HTMLInputElement).value).toBe("2021-01-01");
    expect((screen.getByLabelText(/^Periodens slutdatum/) as HTMLInputElement).value).toBe("2021-08-31");
    expect(screen.queryByTestId("period-varning")).toBeNull();
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "Periodtyp" }), { target: { value: "helar" } }));
    const ar = screen.getByRole("combobox", { name: "År" }) as HTMLSelectElement;
    expect([...ar.options].map((o) => o.value)).toEqual(["2020", "2021"]);
    await click(button("Skapa rapporter"));
    expect(calls.skapa[0]).toMatchObject({ fran: "2021-01-01", till: "2021-12-31" });
  });

  it("shows a varning when the chosen period has no utfall", async () => {
    const { services } = fakeServices({ today: () => "2026-12-07", perioder: async () => ({ ok: true, ...BOK_2021 }) });
    await renderPane(services);
    await click(tab(/Rapporter/));
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "Periodtyp" }), { target: { value: "helar" } }));
    await act(async () => void fireEvent.change(screen.getByRole("combobox", { name: "År" }), { target: { value: "2020" } }));
    expect(screen.getByTestId("period-varning").textContent).toBe(
      "Arbetsboken har inget utfall för perioden 2020-01-01–2020-12-31, så rapporterna blir tomma. Utfallet gäller 2021, senast till 2021-08-31.",
    );
  });

  it("choices saved in the workbook and the demo's example period win over the workbook default", async () => {
    const saved = { period: { typ: "kvartal" as const, ar: 2021, nr: 1 as const }, avvalda: [], publicering: null };
    const a = fakeServices({ today: () => "2026-12-07", perioder: async () => ({ ok: true, ...BOK_2021 }) }, saved);
    await renderPane(a.services);
    await click(tab(/Rapporter/));
    expect(screen.getByTestId("period-range").textContent).toBe("2021-01-01 – 2021-03-31");
  });

  it("a workbook that cannot be read keeps the pane's own default (no crash)", async () => {
    const { services } = fakeServices({ today: () => "2026-12-07", perioder: async () => ({ ok: false, message: "Kunde inte läsa" }) });
    await renderPane(services);
    await click(tab(/Rapporter/));
    expect((screen.getByLabelText(/^Periodens slutdatum/) as HTMLInputElement).value).toBe("2026-09-30");
  });
});
