/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { createNastaArService } from "../../../src/services/nasta-ar";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { addAnsokan, installResizeObserver, kvar, loaded, negativeRows, renderPanel, setup } from "./helpers";

beforeAll(installResizeObserver);
afterEach(cleanup);

describe("NastaArPanel: years and candidate ansökningar", () => {
  it("says so when the pane has no nasta-ar service", () => {
    renderPanel(undefined);
    expect(screen.getByText(/tjänsten för flerårsprognosen saknas/)).toBeTruthy();
  });

  it("reads the workbook once and shows every year's resultat and kvarvarande beslutsutrymme", async () => {
    const { service, reads } = setup();
    await loaded(service);
    const rows = within(screen.getByTestId("nasta-ar-tabell"))
      .getAllByRole("rowheader")
      .map((th) => th.textContent);
    expect(rows).toEqual(["Budget 2024", "Prognos 2024", "Prel 2025", "Prel 2026", "Prel 2027", "Prel 2028"]);
    expect(kvar()).toEqual(["3 401", "4 830", "1 331", "151", "2 262", "14 260"]);
    expect(screen.getByTestId("nasta-ar-sammanfattning").textContent).toBe("Beslutsutrymmet är positivt alla år.");
    expect(negativeRows()).toEqual([]);
    expect(reads()).toBe(1);
  });

  it("adding a candidate ansökan updates the figures instantly and marks the negative years", async () => {
    const { service, reads } = setup();
    await loaded(service);
    addAnsokan("Jobbspår Tierp", "Tierp", { "2025": "2 000", "2026": "2 000", "2027": "2 000" });
    // No await: the recomputation is synchronous, without a host round trip.
    expect(kvar()).toEqual(["3 401", "4 830", "⚠−669 negativt", "⚠−3 849 negativt", "⚠−3 738 negativt", "8 260"]);
    expect(negativeRows()).toEqual(["Prel 2025", "Prel 2026", "Prel 2027"]);
    expect(screen.getByTestId("nasta-ar-sammanfattning").textContent).toBe("Negativt beslutsutrymme: Prel 2025, Prel 2026, Prel 2027.");
    expect(screen.getByTestId("tillagd-ansokan").textContent!.replace(/\u00a0/g, " ")).toContain(
      "Jobbspår Tierp (Tierp)2 000 tkr per år, 2025–2027",
    );
    expect(reads()).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Ta bort ansökan Jobbspår Tierp (Tierp)" }));
    expect(kvar()).toEqual(["3 401", "4 830", "1 331", "151", "2 262", "14 260"]);
  });

  it("refuses an ansökan without a name or with an unreadable amount", async () => {
    const { service } = setup();
    await loaded(service);
    addAnsokan("", "Heby", { "2025": "100" });
    expect(screen.getByText("Skriv insatsens namn.").getAttribute("role")).toBe("alert");
    addAnsokan("X", "Heby", { "2025": "mycket" });
    expect(screen.queryByText("Skriv insatsens namn.")).toBeNull();
    expect(screen.getByText("Rätta beloppen som är markerade.")).toBeTruthy();
    expect(screen.getByText(/"mycket" är inte ett tal/)).toBeTruthy();
    expect(kvar()[2]).toBe("1 331");
  });

  it("shows the service's message when the workbook has no multi-year sheet", async () => {
    const service = createNastaArService({
      readSheets: async () => [rawSheet("Blad1", [["a", 1]])],
      apply: async () => ({ written: [], replaced: [], syncs: 0 }),
    });
    renderPanel(service);
    expect((await screen.findByText(/saknar en flerårsprognos/)).textContent).toContain("Ekonomisk information");
    expect(screen.getByRole("button", { name: "Läs in igen" })).toBeTruthy();
  });
});
