/** @jest-environment jsdom */
/**
 * The scenario chosen under Nästa år reaches Skapa rapporter (issue 13 item 4): opening a saved scenario (or
 * choosing the current one) makes Skapa rapporter pass it to the service (RunOptions.nastaAr), and both steps say so;
 * "Använd inte i rapporterna" and no choice leave the run as before. The pane with the real Nästa år service over a
 * fake host (Uppsala's Ekonomisk information and Medlemmar) and fake report services that record each call.
 */
import { screen, within } from "@testing-library/react";
import { createMemoryScenarioStore, createNastaArService, type Scenario } from "../../../src/services/nasta-ar";
import { serializeScenarios } from "../../../src/domain/compute/what-if";
import { ekonomiskInformationSheet } from "../../fixtures/exempel/beslutsutrymme";
import { medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { fakeServices } from "../fake-services";
import { button, click, renderPane, tab, usePaneTestEnvironment } from "../render-pane";

usePaneTestEnvironment();

const PLUS_2: Scenario = { name: "Plus 2 %", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] };

function pane() {
  const nastaAr = createNastaArService(
    {
      readSheets: async () => [
        rawSheet(ekonomiskInformationSheet.name, ekonomiskInformationSheet.rows),
        rawSheet(medlemmarSheet.name, medlemmarSheet.rows),
      ],
      apply: async (plans) => ({ written: plans.map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: [], syncs: 2 }),
    },
    { store: createMemoryScenarioStore(serializeScenarios([PLUS_2])), now: () => new Date(2024, 9, 24) },
  );
  return fakeServices({ nastaAr });
}

async function openNastaAr() {
  await click(tab(/Nästa år/));
  await screen.findByTestId("nasta-ar-tabell");
}

const skapa = async () => {
  await click(tab(/Rapporter/));
  await click(button("Skapa rapporter"));
};

describe("Skapa rapporter with the scenario chosen under Nästa år", () => {
  it("without a chosen scenario Skapa rapporter passes none, and Nästa år says so", async () => {
    const { services, calls } = pane();
    await renderPane(services, "2024-06-30");
    await openNastaAr();
    expect(screen.getByTestId("nasta-ar-rapporter").textContent).toContain(
      "Skapa rapporter räknar inte medlemsbidraget 2025 ur något scenario.",
    );
    await skapa();
    expect(calls.skapa).toHaveLength(1);
    expect(calls.skapa[0]).not.toHaveProperty("nastaAr");
    expect(screen.queryByTestId("rapport-scenario")).toBeNull();
  });

  it("an opened saved scenario is passed to the service and named on both steps", async () => {
    const { services, calls } = pane();
    await renderPane(services, "2024-06-30");
    await openNastaAr();
    await click(button("Öppna scenariot Plus 2 %"));
    expect(screen.getByTestId("nasta-ar-rapporter").textContent).toContain(
      'Skapa rapporter skriver även medlemsbidraget 2025 per medlem enligt scenariot "Plus 2 %" (bladet Bidrag 2025 Plus 2 %).',
    );
    await skapa();
    expect(calls.skapa[0].nastaAr).toEqual(PLUS_2);
    expect(screen.getByTestId("rapport-scenario").textContent).toBe(
      'Nästa års medlemsbidrag per medlem skrivs enligt scenariot "Plus 2 %" (valt under Nästa år).',
    );
  });

  it('"Använd i Skapa rapporter" chooses the scenario as shown; "Använd inte i rapporterna" stops it', async () => {
    const { services, calls } = pane();
    await renderPane(services, "2024-06-30");
    await openNastaAr();
    await click(button("Använd i Skapa rapporter"));
    await skapa();
    expect(calls.skapa[0].nastaAr).toEqual({ name: "Alt 1", levers: [] });
    await click(tab(/Nästa år/));
    await click(within(screen.getByTestId("nasta-ar-rapporter")).getByRole("button", { name: "Använd inte i rapporterna" }));
    await skapa();
    expect(calls.skapa[1]).not.toHaveProperty("nastaAr");
  });
});
