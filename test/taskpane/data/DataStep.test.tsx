/** @jest-environment jsdom */
/**
 * The mapping editor (step 1. Data) with the real mapping service over a fake host holding Uppsala's
 * "Prognos och utfall budget" (helår 2021) layout: kinds and confidence are shown, correcting a column calls
 * the service and marks the column, saving calls onChanged, a changed layout is shown prominently, and
 * "Skapa mallar" lists what was written and what was skipped.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RawSheet, SheetPlan } from "../../../src/domain/model";
import { detectWorkbook, serializeMapping } from "../../../src/domain/detect";
import { createMappingService, createMemoryMappingStore, type MappingService } from "../../../src/services/mapping";
import type { KontrollOk } from "../../../src/services/types";
import { DataStep } from "../../../src/taskpane/data/DataStep";
import { LAYOUT_CORPUS } from "../../fixtures/layouts/corpus";

const CASE = LAYOUT_CORPUS.find((c) => c.id === "uppsala-2021-prognos-och-utfall")!;
const SHEET = "Prognos och utfall";

function setup(sheets: RawSheet[] = CASE.sheets(), store = createMemoryMappingStore()) {
  const written: SheetPlan[] = [];
  const real = createMappingService(
    {
      readSheets: async () => JSON.parse(JSON.stringify(sheets)) as RawSheet[],
      apply: async (plans) => {
        written.push(...plans);
        return { written: plans.map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: [], syncs: 2 };
      },
    },
    store,
    { now: () => new Date(2022, 1, 15) },
  );
  const calls: string[][] = [];
  const service: MappingService = {
    ...real,
    correctColumn: (sheet, column, role) => {
      calls.push([sheet, column, role]);
      return real.correctColumn(sheet, column, role);
    },
  };
  return { service, calls, written, store };
}

function renderStep(service: MappingService | undefined, props: { kontroll?: KontrollOk | null; onChanged?: () => void } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DataStep services={{ mapping: service }} {...props} />
    </FluentProvider>,
  );
}

async function loaded() {
  fireEvent.click(screen.getByRole("button", { name: "Visa mappningen" }));
  return screen.findByRole("region", { name: SHEET });
}

const columnRow = (letter: string) => screen.getByTestId(`kolumn-${letter}`);

afterEach(cleanup);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
beforeAll(() => {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
});

describe("DataStep", () => {
  it("shows each sheet's kind, confidence and columns", async () => {
    renderStep(setup().service);
    const card = await loaded();
    expect(within(card).getByRole("combobox", { name: `Läses som, bladet ${SHEET}` })).toHaveProperty("value", "utfall");
    expect(within(card).getByLabelText("Säkerhet hög (100 %)")).toBeTruthy();
    expect(within(card).getByRole("switch", { name: `Används, bladet ${SHEET}` })).toHaveProperty("checked", true);
    expect(within(card).getByText("Rubrikrad 3")).toBeTruthy();
    // Low-confidence columns open the column list by themselves.
    const a = columnRow("A");
    expect(within(a).getByText("Insats")).toBeTruthy();
    expect(within(a).getByText("låg")).toBeTruthy();
    expect(within(a).getByRole("combobox", { name: /^Kolumn A/ })).toHaveProperty("value", "agare");
    expect(within(columnRow("B")).getByText("(ingen rubrik)")).toBeTruthy();
    const c = columnRow("C");
    expect(within(c).getByRole("combobox", { name: `Kolumn C "Q3 - Q4 2021 / Utfall TSEK" på bladet ${SHEET}` })).toHaveProperty(
      "value",
      "belopp:utfall",
    );
    expect(within(c).getByText("2021-H2 · tkr")).toBeTruthy();
    expect(within(columnRow("E")).getByText("medel")).toBeTruthy();
    expect(screen.getByText("Ingen mappning är sparad ännu: det här är vad Finsam hittade själv.")).toBeTruthy();
    expect(screen.queryByText("Ändrad")).toBeNull();
  });

  it("correcting a column calls the service, marks the column and saving calls onChanged", async () => {
    const { service, calls, store } = setup();
    const onChanged = jest.fn();
    renderStep(service, { onChanged });
    await loaded();
    const select = within(columnRow("E")).getByRole("combobox", { name: /^Kolumn E/ });
    act(() => {
      fireEvent.change(select, { target: { value: "ignorera" } });
    });
    expect(calls).toEqual([[SHEET, "E", "ignorera"]]);
    expect(select).toHaveProperty("value", "ignorera");
    expect(within(columnRow("E")).getByLabelText("Ändrad av dig")).toBeTruthy();
    expect(within(columnRow("E")).getByText("hög")).toBeTruthy();
    expect(within(columnRow("C")).queryByText("Ändrad")).toBeNull();
    expect(screen.getByTestId("spara-status").textContent).toBe("Ändringarna är inte sparade.");

    fireEvent.click(screen.getByRole("button", { name: "Spara mappning" }));
    await waitFor(() => expect(screen.getByTestId("spara-status").textContent).toBe("Mappningen är sparad i arbetsboken."));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(await store.load()).toContain('"role":"ignorera"');
    expect(screen.getByRole("button", { name: "Spara mappning" })).toHaveProperty("disabled", true);
  });

  it("changing a sheet's kind re-reads its columns for that kind and marks it", async () => {
    renderStep(setup().service);
    const card = await loaded();
    act(() => {
      fireEvent.change(within(card).getByRole("combobox", { name: `Läses som, bladet ${SHEET}` }), { target: { value: "budget" } });
    });
    expect(within(card).getByRole("combobox", { name: `Läses som, bladet ${SHEET}` })).toHaveProperty("value", "budget");
    expect(within(card).getAllByLabelText("Ändrad av dig").length).toBeGreaterThan(0);
  });

  it("shows a changed layout prominently", async () => {
    const saved = serializeMapping(detectWorkbook(CASE.sheets()));
    const moved = CASE.sheets().map((s) => ({ ...s, values: s.values.map((r) => [null, ...r]) }));
    renderStep(setup(moved, createMemoryMappingStore(saved)).service);
    await loaded();
    const bar = screen.getByTestId("layout-andrad");
    expect(within(bar).getByText("Bladens rubriker har ändrats")).toBeTruthy();
    expect(bar.textContent).toContain(`${SHEET}!A2`);
    expect(within(screen.getByRole("region", { name: SHEET })).getByText("Layouten har ändrats")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Spara mappning" })).toHaveProperty("disabled", false);
  });

  it("Skapa mallar lists the written templates and the skipped one", async () => {
    const { service, written } = setup();
    renderStep(service);
    fireEvent.click(screen.getByRole("button", { name: "Skapa mallar" }));
    const result = await screen.findByTestId("mallar-resultat");
    expect(result.textContent).toContain(
      "7 mallar skapade: Insatser, Budget, Rekvisitioner, Deltagare, Medlemmar, Inställningar, Kontoplan.",
    );
    expect(result.textContent).toContain(`Bladet ${SHEET} läses redan som Utfall; ingen mall behövs.`);
    expect(written.map((p) => p.kind)).toEqual(new Array(7).fill("mall"));
  });

  it("in the pane's slot it waits for the pane's read and then loads by itself", async () => {
    const { service } = setup();
    const view = renderStep(service, { kontroll: null });
    expect(screen.getByText("Läs in arbetsboken för att se hur bladen tolkas.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Visa mappningen" })).toBeNull();
    const kontroll = { ok: true } as KontrollOk;
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <DataStep services={{ mapping: service }} kontroll={kontroll} />
      </FluentProvider>,
    );
    expect(await screen.findByRole("region", { name: SHEET })).toBeTruthy();
  });

  it("says so when there is no mapping service", () => {
    renderStep(undefined);
    expect(screen.getByText("Mappningen kan inte visas i den här versionen av tillägget.")).toBeTruthy();
  });
});
