/**
 * The pane's mapping step on the two pivot layouts (test/fixtures/layouts/kvot/pivots.ts): the measure on each row
 * shows its amount column as taking the measure from the Mått column (not as "Utfall" alone), and a transposed table
 * shows each insats column with its unit, which the user can change — one unit for the whole sheet — and the next run
 * reads the sheet in that unit.
 */
import { parseMapping } from "../../src/domain/detect";
import type { RawSheet } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createMappingService, createMemoryMappingStore, createSavedMapping } from "../../src/services/mapping";
import { PIVOTS } from "../fixtures/layouts/kvot/pivots";

const now = () => new Date(2015, 1, 20);

function ok<T extends { ok: boolean }>(svar: T): Extract<T, { ok: true }> {
  if (!svar.ok) throw new Error((svar as unknown as { message: string }).message);
  return svar as Extract<T, { ok: true }>;
}

function setup(sheets: RawSheet[]) {
  const store = createMemoryMappingStore();
  return { service: createMappingService(createExcelHost(ExcelSim.fromSheets(sheets)), store, { now }), store };
}

const pivot = (id: string) => PIVOTS.find((c) => c.id.startsWith(id))!;

it("the measure on each row: the Mått column has its own role and the amount column says where its measure comes from", async () => {
  const { service } = setup(pivot("m1").sheets());
  const blad = ok(await service.readMapping()).sheets.find((b) => b.sheet === "Projekt")!;
  const col = (letter: string) => blad.columns.find((c) => c.column === letter)!;
  expect(col("B")).toMatchObject({ header: "Avser", value: "matt" });
  expect(col("C")).toMatchObject({ header: "Belopp", detail: "mått från kolumn B (Avser) · tkr", factor: 1000 });
  expect(blad.roles.find((r) => r.value === "matt")?.label).toBe("Mått på raden (Budget/Utfall/Prognos)");
});

it("insatser as columns: each insats column shows its unit; a unit set on one is the sheet's, and the run reads it", async () => {
  const c = pivot("t1");
  const { service, store } = setup(c.sheets());
  const blad = ok(await service.readMapping()).sheets.find((b) => b.sheet === "Projekt")!;
  expect(blad.columns.filter((x) => x.value === "insatskolumn").map((x) => [x.column, x.factor])).toEqual([
    ["B", 1000],
    ["C", 1000],
    ["D", 1000],
    ["E", 1000],
    ["F", 1000],
  ]);
  expect(blad.columns.find((x) => x.column === "G")).toMatchObject({ header: "Summa", value: "radsumma", factor: 1000 });

  ok(service.setColumnUnit("Projekt", "C", 1));
  ok(await service.saveMapping());
  const stored = parseMapping(await store.load());
  if (stored.kind !== "ok") throw new Error(stored.reason);
  const result = runPipeline(c.sheets(), await createSavedMapping(store).withSaved(c.options));
  const budget = result.base.budget.find((b) => b.post === "Unga i arbete");
  expect(budget?.budget).toBe(1800);
});
