/** Shared set-up of the "Nästa år" panel tests (jsdom): the real service over a fake host. */
import { render, screen, within, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetPlan } from "../../../src/domain/model";
import { createMemoryScenarioStore, createNastaArService, type NastaArService } from "../../../src/services/nasta-ar";
import { NastaArPanel } from "../../../src/taskpane/nasta-ar/NastaArPanel";
import { ekonomiskInformationSheet } from "../../fixtures/exempel/beslutsutrymme";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";

/** The real service over a fake host that holds the example's "Ekonomisk information" sheet. */
export function setup(store = createMemoryScenarioStore()) {
  const written: SheetPlan[] = [];
  let reads = 0;
  const service = createNastaArService(
    {
      readSheets: async () => {
        reads++;
        return [rawSheet(ekonomiskInformationSheet.name, ekonomiskInformationSheet.rows)];
      },
      apply: async (plans) => {
        written.push(...plans);
        return { written: plans.map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: [], syncs: 2 };
      },
    },
    { store, now: () => new Date(2024, 9, 24) },
  );
  return { service, written, store, reads: () => reads };
}

export function renderPanel(service?: NastaArService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <NastaArPanel services={{ nastaAr: service }} />
    </FluentProvider>,
  );
}

/** Kvarvarande per column as shown, e.g. ["3 401", …, "⚠−669 negativt"]. */
export const kvar = () => screen.getAllByTestId(/^kvar-/).map((el) => el.textContent!.replace(/\u00a0/g, " ").trim());

/** Row labels of the years highlighted as negative. */
export const negativeRows = () =>
  Array.from(screen.getByTestId("nasta-ar-tabell").querySelectorAll('tbody tr[data-negativ="true"] th'), (th) => th.textContent);

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. */
export function installResizeObserver(): void {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
}

export async function loaded(service: NastaArService) {
  renderPanel(service);
  await screen.findByTestId("nasta-ar-tabell");
}

/** Fills in and submits the "Ny ansökan" form. */
export function addAnsokan(namn: string, agare: string, belopp: Record<string, string>) {
  const form = screen.getByRole("form", { name: "Ny ansökan" });
  fireEvent.change(within(form).getByLabelText("Insatsens namn", { exact: false }), { target: { value: namn } });
  fireEvent.change(within(form).getByLabelText("Insatsägare"), { target: { value: agare } });
  for (const [ar, v] of Object.entries(belopp))
    fireEvent.change(within(form).getByLabelText(`Belopp ${ar} (tkr)`), { target: { value: v } });
  fireEvent.click(within(form).getByRole("button", { name: "Lägg till ansökan" }));
}
