/** @jest-environment jsdom */
/**
 * The mapping editor's edits beyond a column's role (issue 14, "the way out") with the real mapping service
 * over the simulated Excel: header row, row marks, insats column and aliases are made in the pane, refused
 * ones say why at their field, and the saved mapping holds them.
 */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RawSheet } from "../../../src/domain/model";
import { parseMapping } from "../../../src/domain/detect";
import { createExcelHost } from "../../../src/excel";
import { ExcelSim } from "../../../src/excel-sim";
import { createMappingService, createMemoryMappingStore } from "../../../src/services/mapping";
import { DataStep } from "../../../src/taskpane/data/DataStep";
import { codeBeforeName, subtotalAndUnallocated, summaryAbove } from "../../fixtures/layouts/kvot/edits";

beforeAll(() => {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
});
afterEach(cleanup);
jest.setTimeout(30_000);

async function open(sheets: RawSheet[]) {
  const store = createMemoryMappingStore();
  const mapping = createMappingService(createExcelHost(ExcelSim.fromSheets(sheets)), store, { now: () => new Date(2024, 7, 15) });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataStep services={{ mapping }} />
    </FluentProvider>,
  );
  await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Visa mappningen" })));
  return { store };
}

/** Opens a sheet's "Rubrikrad, insatskolumn och rader" part. */
const openEdits = (card: HTMLElement) =>
  act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Rubrikrad, insatskolumn och rader" })));

const type = (label: string, value: string) =>
  act(async () => void fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } }));

it("the header row is changed in the pane: the sheet is read from that row", async () => {
  const { sheet, headerRow } = summaryAbove();
  await open([sheet]);
  const card = screen.getByRole("region", { name: "Uppföljning" });
  expect(within(card).getByText("Rubrikrad 2")).toBeTruthy(); // the summary block's header, not the table's
  await openEdits(card);
  await type("Rubrikrad på bladet Uppföljning", "8");
  await act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Ändra" })));
  expect(within(card).getByText(/^Rad 8 på bladet "Uppföljning" ser inte ut som en rubrikrad/)).toBeTruthy();
  await type("Rubrikrad på bladet Uppföljning", "sex");
  await act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Ändra" })));
  expect(within(card).getByText("Skriv radnumret med siffror, t.ex. 6.")).toBeTruthy();
  await type("Rubrikrad på bladet Uppföljning", String(headerRow));
  await act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Ändra" })));
  expect(within(card).getByText(`Rubrikrad ${headerRow}`)).toBeTruthy();
  expect((screen.getByRole("combobox", { name: "Läses som, bladet Uppföljning" }) as HTMLSelectElement).value).toBe("utfall");
  expect((screen.getByRole("combobox", { name: "Kolumnen med insatsernas namn på bladet Uppföljning" }) as HTMLSelectElement).value).toBe(
    "A",
  );
  expect(screen.queryByText("Skriv radnumret med siffror, t.ex. 6.")).toBeNull();
});

it("a subtotal is marked as a sum row and Beslutsutrymme as not data, then one mark is removed; saved with the mapping", async () => {
  const { sheet, subtotalRow, ejFordeladRow } = subtotalAndUnallocated();
  const { store } = await open([sheet]);
  const card = screen.getByRole("region", { name: "Uppföljning 2021" });
  await openEdits(card);
  await type("Rad att markera på bladet Uppföljning 2021", String(subtotalRow));
  await act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Markera" })));
  await type("Rad att markera på bladet Uppföljning 2021", String(ejFordeladRow));
  await act(
    async () =>
      void fireEvent.change(screen.getByRole("combobox", { name: "Markera raden på bladet Uppföljning 2021 som" }), {
        target: { value: "ignorera" },
      }),
  );
  await act(async () => void fireEvent.click(within(card).getByRole("button", { name: "Markera" })));
  expect(screen.getByTestId(`rad-${subtotalRow}`).textContent).toContain(`Rad ${subtotalRow} "Samverkan gemensamt": summarad`);
  expect(screen.getByTestId(`rad-${ejFordeladRow}`).textContent).toContain("Beslutsutrymme ej fördelat");
  expect(within(card).getByText("2 markerade rader", { exact: false })).toBeTruthy();
  await act(
    async () =>
      void fireEvent.click(screen.getByRole("button", { name: `Ta bort markeringen av rad ${subtotalRow} på bladet Uppföljning 2021` })),
  );
  expect(screen.queryByTestId(`rad-${subtotalRow}`)).toBeNull();
  await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Spara mappning" })));
  const saved = parseMapping(await store.load());
  expect(saved.kind === "ok" && saved.mapping.sheets[0].rows).toEqual([{ row: ejFordeladRow, as: "ignorera" }]);
});

it("the insats column and an alias are set in the pane", async () => {
  const { store } = await open([codeBeforeName()]);
  await openEdits(screen.getByRole("region", { name: "Projekt 2021" }));
  await act(
    async () =>
      void fireEvent.change(screen.getByRole("combobox", { name: "Kolumnen med insatsernas namn på bladet Projekt 2021" }), {
        target: { value: "B" },
      }),
  );
  expect((screen.getByRole("combobox", { name: /^Kolumn A / }) as HTMLSelectElement).value).toBe("ignorera");
  const alias = screen.getByTestId("alias");
  await act(async () => void fireEvent.click(within(alias).getByRole("button", { name: "Lägg till" })));
  expect(within(alias).getByText("Skriv namnet som det står i arbetsboken.")).toBeTruthy();
  await act(
    async () =>
      void fireEvent.change(within(alias).getByRole("textbox", { name: "Namn i arbetsboken" }), { target: { value: "Jobbcentrum" } }),
  );
  await act(
    async () =>
      void fireEvent.change(within(alias).getByRole("textbox", { name: "Är insatsen" }), { target: { value: "Jobbcentrum-Ung Rehab" } }),
  );
  await act(async () => void fireEvent.click(within(alias).getByRole("button", { name: "Lägg till" })));
  expect(within(alias).getByText('"Jobbcentrum" räknas som Jobbcentrum-Ung Rehab')).toBeTruthy();
  expect((within(alias).getByRole("textbox", { name: "Namn i arbetsboken" }) as HTMLInputElement).value).toBe("");
  await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Spara mappning" })));
  const saved = parseMapping(await store.load());
  expect(saved.kind === "ok" && saved.mapping.alias).toEqual([{ namn: "Jobbcentrum", insats: "Jobbcentrum-Ung Rehab" }]);
});
