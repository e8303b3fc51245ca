import { defaultPeriod, perioderAv, utfallSaknasText, workbookYears, type ArbetsbokPerioder } from "../../src/services/default-period";
import type { BudgetRad, ParsedWorkbook, UtfallRad } from "../../src/domain/model";

/** Issue 14 pattern 10: the pane's period comes from the workbook (Räkenskapsår, last utfall), never from today's date alone. */

const src = { sheet: "Utfall", cell: "A2" };
const utfall = (post: string, from: string, to: string, belopp = 100_000): UtfallRad => ({
  post,
  period: { from, to, label: `${from}–${to}` },
  utfall: belopp,
  source: src,
});
const budget = (post: string, ar: number): BudgetRad => ({ post, kategori: "kostnad", ar, budget: 400_000, source: src });

function base(u: UtfallRad[], b: BudgetRad[] = [], rakenskapsar?: number): Pick<ParsedWorkbook, "utfall" | "budget" | "installningar"> {
  return { utfall: u, budget: b, installningar: { ovrigt: {}, ...(rakenskapsar !== undefined ? { rakenskapsar } : {}) } };
}

const months2021 = (last: number) =>
  Array.from({ length: last }, (_, i) => {
    const m = String(i + 1).padStart(2, "0");
    const end = new Date(Date.UTC(2021, i + 1, 0)).getUTCDate();
    return utfall("Steg för steg", `2021-${m}-01`, `2021-${m}-${end}`);
  });

describe("defaultPeriod: the workbook's year and its last period with utfall", () => {
  it("a 2021 workbook opened in 2026 opens at 2021, up to its last month with utfall (not today's 2026)", () => {
    const p = perioderAv(base(months2021(8), [budget("Steg för steg", 2021)]));
    expect(defaultPeriod(p, "2026-12-07")).toEqual({ typ: "datum", fran: "2021-01-01", till: "2021-08-31" });
    expect(defaultPeriod(perioderAv(base(months2021(6))), "2026-12-07")).toEqual({ typ: "halvar", ar: 2021, nr: 1 });
    expect(defaultPeriod(perioderAv(base(months2021(12))), "2026-12-07")).toEqual({ typ: "helar", ar: 2021 });
  });

  it("a quarter workbook (utfall Q1–Q3 2024, Q4 still blank) opens at 1 January – 30 September 2024", () => {
    const q = [
      utfall("Lots", "2024-01-01", "2024-03-31"),
      utfall("Lots", "2024-04-01", "2024-06-30"),
      utfall("Lots", "2024-07-01", "2024-09-30"),
      utfall("Lots", "2024-10-01", "2024-12-31", 0),
    ];
    expect(defaultPeriod(perioderAv(base(q, [budget("Lots", 2024)])), "2026-12-07")).toEqual({
      typ: "datum",
      fran: "2024-01-01",
      till: "2024-09-30",
    });
    expect(defaultPeriod(perioderAv(base(q.slice(0, 1))), "2026-12-07")).toEqual({ typ: "kvartal", ar: 2024, nr: 1 });
  });

  it("the Räkenskapsår of Inställningar decides the year even when later years have utfall", () => {
    const u = [...months2021(12), utfall("Steg för steg", "2022-01-01", "2022-03-31")];
    expect(defaultPeriod(perioderAv(base(u, [], 2021)), "2026-12-07")).toEqual({ typ: "helar", ar: 2021 });
    expect(defaultPeriod(perioderAv(base(u)), "2026-12-07")).toEqual({ typ: "kvartal", ar: 2022, nr: 1 });
  });

  it("an ack column ending mid-month counts to that month's end", () => {
    expect(defaultPeriod(perioderAv(base([utfall("A", "2016-01-01", "2016-08-17")])), "2026-12-07")).toEqual({
      typ: "datum",
      fran: "2016-01-01",
      till: "2016-08-31",
    });
  });

  it("no utfall at all: the Räkenskapsår's year end, else the budget's last year, else the last quarter before today — no crash", () => {
    expect(defaultPeriod(perioderAv(base([], [budget("A", 2023)], 2023)), "2026-12-07")).toEqual({ typ: "helar", ar: 2023 });
    expect(defaultPeriod(perioderAv(base([], [], 2019)), "2026-12-07")).toEqual({ typ: "helar", ar: 2019 });
    expect(defaultPeriod(perioderAv(base([], [budget("A", 2022), budget("A", 2023)])), "2026-12-07")).toEqual({ typ: "helar", ar: 2023 });
    expect(defaultPeriod(perioderAv(base([])), "2026-12-07")).toEqual({ typ: "datum", fran: "2026-01-01", till: "2026-09-30" });
    const tom: ArbetsbokPerioder = { utfall: [], budgetAr: [] };
    expect(defaultPeriod(tom, "2026-02-10")).toEqual({ typ: "helar", ar: 2025 });
  });

  it("a Räkenskapsår without utfall in it while other years have utfall: that year's end (the chooser warns)", () => {
    const p = perioderAv(base(months2021(12), [], 2024));
    expect(defaultPeriod(p, "2026-12-07")).toEqual({ typ: "helar", ar: 2024 });
    expect(utfallSaknasText(p, { fran: "2024-01-01", till: "2024-12-31" })).toMatch(/2021/);
  });
});

describe("workbookYears: the years the chooser offers", () => {
  it("offers the workbook's years (budget, utfall, Räkenskapsår), not a window around today", () => {
    expect(workbookYears(perioderAv(base(months2021(3), [budget("A", 2020), budget("A", 2022)])), "2026-12-07")).toEqual([
      2020, 2021, 2022,
    ]);
    expect(workbookYears(perioderAv(base([], [], 2018)), "2026-12-07")).toEqual([2018]);
  });

  it("a workbook without years offers the window around today", () => {
    expect(workbookYears(perioderAv(base([])), "2026-12-07")).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });
});

describe("utfallSaknasText: the chooser's varning when the chosen period has no utfall", () => {
  const p = perioderAv(base(months2021(8)));

  it("says which years have utfall and the last day, for a period without utfall", () => {
    const text = utfallSaknasText(p, { fran: "2026-01-01", till: "2026-09-30" });
    expect(text).toBe(
      "Arbetsboken har inget utfall för perioden 2026-01-01–2026-09-30, så rapporterna blir tomma. Utfallet gäller 2021, senast till 2021-08-31.",
    );
  });

  it("is null when the period has utfall, or when the workbook has none at all (nothing to point to)", () => {
    expect(utfallSaknasText(p, { fran: "2021-01-01", till: "2021-06-30" })).toBeNull();
    expect(utfallSaknasText(p, { fran: "2021-08-01", till: "2021-12-31" })).toBeNull();
    expect(utfallSaknasText(perioderAv(base([])), { fran: "2021-01-01", till: "2021-12-31" })).toBeNull();
  });

  it("zero-valued rows are not utfall", () => {
    const z = perioderAv(base([...months2021(2), utfall("A", "2022-01-01", "2022-03-31", 0)]));
    expect(utfallSaknasText(z, { fran: "2022-01-01", till: "2022-03-31" })).toMatch(/inget utfall för perioden 2022-01-01–2022-03-31/);
  });
});

describe("readPerioder: the workbook's periods through the services on the simulated Excel", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createExcelHost } = require("../../src/excel") as typeof import("../../src/excel");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExcelSim } = require("../../src/excel-sim") as typeof import("../../src/excel-sim");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readPerioder } = require("../../src/services/perioder") as typeof import("../../src/services/perioder");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { U2021, U2024 } = require("../fixtures/layouts/kvot/data") as typeof import("../fixtures/layouts/kvot/data");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rawSheet, sv } = require("../fixtures/layouts/build") as typeof import("../fixtures/layouts/build");

  const uppfoljning2021 = () =>
    rawSheet("Uppföljning", [
      ["Uppföljning jan-aug 2021 (tkr)"],
      ["Insats", "Budget 2021", "Utfall jan-aug 2021"],
      ...U2021.map((i) => [i.namn, sv(i.budget[0] + i.budget[1]), sv(i.utfall[0])]),
    ]);

  it("a 2021 Budget | Utfall jan-aug sheet opened in 2026 → 1 January – 31 August 2021, years 2021", async () => {
    const svar = await readPerioder(createExcelHost(ExcelSim.fromSheets([uppfoljning2021()])), null);
    if (!svar.ok) throw new Error(svar.message);
    expect(defaultPeriod(svar, "2026-12-07")).toEqual({ typ: "datum", fran: "2021-01-01", till: "2021-08-31" });
    expect(workbookYears(svar, "2026-12-07")).toEqual([2021]);
    expect(utfallSaknasText(svar, { fran: "2026-01-01", till: "2026-09-30" })).toMatch(/Utfallet gäller 2021, senast till 2021-08-31/);
  });

  it("a Räkenskapsår on Inställningar wins over the utfall's year", async () => {
    const inst = rawSheet("Inställningar", [
      ["Inställning", "Värde"],
      ["Förbund", "Samordningsförbundet Uppsala län"],
      ["Räkenskapsår", 2024],
    ]);
    const ack = rawSheet("Ack", [
      ["Insats", "Budget 2024 tkr", "Utfall jan-jun 2024 tkr"],
      ...U2024.map((i) => [i.namn, sv(i.budget[0] * 2), sv(i.utfall[0])]),
    ]);
    const svar = await readPerioder(createExcelHost(ExcelSim.fromSheets([inst, ack])), null);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.rakenskapsar).toBe(2024);
    expect(defaultPeriod(svar, "2026-12-07")).toEqual({ typ: "halvar", ar: 2024, nr: 1 });
    const old = await readPerioder(createExcelHost(ExcelSim.fromSheets([inst, uppfoljning2021()])), null);
    if (!old.ok) throw new Error(old.message);
    expect(defaultPeriod(old, "2026-12-07")).toEqual({ typ: "helar", ar: 2024 });
    expect(workbookYears(old, "2026-12-07")).toEqual([2021, 2022, 2023, 2024]);
    expect(utfallSaknasText(old, { fran: "2024-01-01", till: "2024-12-31" })).toMatch(/Utfallet gäller 2021/);
  });

  it("a host that cannot read gives a Swedish message, not a throw", async () => {
    const svar = await readPerioder({ readSheets: () => Promise.reject(new Error("GeneralException")) }, null);
    expect(svar).toEqual({ ok: false, message: expect.stringMatching(/^Kunde inte läsa arbetsboken/) });
  });
});

describe("Kontrollera and Skapa rapporter for a period without utfall (the pane's UTFALL_SAKNAS_I_PERIODEN)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createServices } = require("../../src/services") as typeof import("../../src/services");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { simHost } = require("../../src/demo/session") as typeof import("../../src/demo/session");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExcelSim } = require("../../src/excel-sim") as typeof import("../../src/excel-sim");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { janAug2021 } = require("../fixtures/layouts/kvot/edits") as typeof import("../fixtures/layouts/kvot/edits");

  const services = () => createServices(simHost(ExcelSim.fromSheets([janAug2021()])), { now: () => new Date(2026, 11, 7) });

  it("a 2021 workbook checked for 2026 gets the varning, not a green 0 fel; its own period does not", async () => {
    const s = services();
    const fel = await s.checkWorkbook({ fran: "2026-01-01", till: "2026-09-30" });
    if (!fel.ok) throw new Error(fel.message);
    const v = fel.issues.filter((i) => i.code === "UTFALL_SAKNAS_I_PERIODEN");
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ severity: "varning", sheet: "Uppföljning" });
    expect(v[0].message).toMatch(/Arbetsboken har utfall för 2021 men inget för perioden 2026-01-01–2026-09-30/);
    expect(fel.antal.varning).toBeGreaterThanOrEqual(1);
    const skapa = await s.writeReports({ fran: "2026-01-01", till: "2026-09-30" });
    expect(skapa.ok && skapa.issues.some((i) => i.code === "UTFALL_SAKNAS_I_PERIODEN")).toBe(true);
    const ratt = await s.checkWorkbook({ fran: "2021-01-01", till: "2021-08-31" });
    expect(ratt.ok && ratt.issues.some((i) => i.code === "UTFALL_SAKNAS_I_PERIODEN")).toBe(false);
  });
});
