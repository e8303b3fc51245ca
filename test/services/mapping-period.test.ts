import type { RawSheet } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createMappingService, createMemoryMappingStore, type MappningSvar } from "../../src/services/mapping";
import { pct, U2021, U2024 } from "../fixtures/layouts/kvot/data";
import { ackWithoutDate, yearlessHalvar } from "../fixtures/layouts/kvot/way-out";

/**
 * The pane's way out (issue 14): the period and unit of an amount column are edited in the mapping. A yearless
 * "Halvår 1 | Halvår 2" sheet and an "Ack utfall" sheet without a date give no kvot (the columns have no
 * period: SAKNAD_KOLUMN); after the user types 2021-H1/2021-H2, and 2024-01-01 - 2024-06-30 / 2024, the kvoter
 * are the published ones.
 */
function ok(svar: MappningSvar) {
  if (!svar.ok) throw new Error(svar.message);
  return svar;
}

async function setup(sheet: RawSheet) {
  const service = createMappingService(createExcelHost(ExcelSim.fromSheets([sheet])), createMemoryMappingStore(), {
    now: () => new Date(2024, 7, 15),
  });
  ok(await service.readMapping());
  return service;
}

const kvoter = (sheet: RawSheet, mapping: MappningSvar | undefined, fran: string, till: string) => {
  const r = runPipeline([sheet], { fran, till, idag: till, ...(mapping && mapping.ok ? { mapping: mapping.mapping } : {}) });
  const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
  return {
    issues: r.issues,
    kvot: new Map((k?.rader ?? []).map((x) => [x.insats, x.kvot === undefined ? undefined : Math.round(x.kvot * 100)])),
  };
};

it("a yearless Halvår 1 | Halvår 2 sheet: the user gives the period, the kvoter are right", async () => {
  const sheet = yearlessHalvar();
  const before = kvoter(sheet, undefined, "2021-01-01", "2021-12-31");
  expect(before.issues.map((i) => i.code)).toContain("SAKNAD_KOLUMN");
  const service = await setup(sheet);
  const view = ok(await service.readMapping());
  const cols = view.sheets[0].columns.filter((c) => c.when !== undefined);
  expect(cols.map((c) => [c.column, c.when])).toEqual([
    ["B", ""],
    ["C", ""],
    ["D", ""],
    ["E", ""],
  ]);
  for (const [col, p] of [
    ["B", "2021-H1"],
    ["C", "2021-H1"],
    ["D", "2021-H2"],
    ["E", "2021-H2"],
  ])
    ok(service.setColumnPeriod("Halvår", col, p));
  const after = ok(service.setColumnPeriod("Halvår", "C", "2021-H1"));
  expect(after.sheets[0].columns.find((c) => c.column === "D")).toMatchObject({ when: "2021-H2", andrad: false });
  const k = kvoter(sheet, after, "2021-01-01", "2021-12-31");
  for (const i of U2021) expect([i.namn, k.kvot.get(i.namn)]).toEqual([i.namn, pct(i.utfall[0] + i.utfall[1], i.budget[0] + i.budget[1])]);
});

it("an Ack column without a date: the user gives 2024-01-01 - 2024-06-30 and the year of the Helårsbudget", async () => {
  const sheet = ackWithoutDate();
  const service = await setup(sheet);
  ok(service.setColumnPeriod("Ack", "C", "2024-01-01 - 2024-06-30"));
  const svar = ok(service.setColumnPeriod("Ack", "B", "2024"));
  expect(svar.sheets[0].columns.find((c) => c.column === "B")?.when).toBe("2024");
  const k = kvoter(sheet, svar, "2024-01-01", "2024-06-30");
  expect(k.kvot.get("Jobbcentrum - Din väg fram")).toBe(72);
  for (const i of U2024) expect([i.namn, k.kvot.get(i.namn)]).toEqual([i.namn, pct(i.utfall[0], i.budget[0])]);
});

it("a text that is not a period, and a unit that does not exist, are refused with a Swedish message", async () => {
  const service = await setup(ackWithoutDate());
  const bad = service.setColumnPeriod("Ack", "C", "förra året");
  expect(bad).toMatchObject({ ok: false });
  expect(!bad.ok && bad.message).toMatch(/"förra året" är ingen period/);
  expect(service.setColumnUnit("Ack", "C", 7)).toMatchObject({ ok: false });
  const unit = ok(service.setColumnUnit("Ack", "C", 1));
  expect(unit.sheets[0].columns.find((c) => c.column === "C")?.factor).toBe(1);
});
