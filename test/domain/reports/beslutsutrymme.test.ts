import type { PipelineContext } from "../../../src/domain/reports/types";
import { parseBase } from "../../../src/domain/parse/base/parse-base";
import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { beslutsutrymmeFromWorkbook, beslutsutrymmeModule, modelFromBase, planScenario } from "../../../src/domain/reports/beslutsutrymme";
import type { BeslutsutrymmeResult } from "../../../src/domain/compute/beslutsutrymme";
import { planBeslutsutrymme } from "../../../src/domain/plan/beslutsutrymme";
import type { RawSheet } from "../../../src/domain/model/raw";
import { ekonomiskInformationSheet } from "../../fixtures/exempel/beslutsutrymme";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";

function ctx(sheets: RawSheet[]): PipelineContext {
  return { sheets, base: parseBase(sheets).base, options: { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" } };
}
const tkr = (x: number) => Math.round(x / 1000);
const ekonomisk = () => rawSheet(ekonomiskInformationSheet.name, ekonomiskInformationSheet.rows);

describe("beslutsutrymmeModule", () => {
  it("reads 'Ekonomisk information' and plans 'Beslutsutrymme 2024–2028' with the published figures", () => {
    const out = beslutsutrymmeModule.run(ctx([ekonomisk()]))!;
    const r = out.result as BeslutsutrymmeResult;
    expect(r.ar.map((a) => tkr(a.kvarvarande))).toEqual([3401, 4830, 1331, 151, 2262, 14260]);
    expect(out.plans.map((p) => p.name)).toEqual(["Beslutsutrymme 2024–2028"]);
    expect(out.issues).toEqual([]);
    expect(JSON.parse(JSON.stringify(out.result))).toEqual(out.result);
  });

  it("never reads its own output sheet back, and prefers the named sheet", () => {
    const own = planBeslutsutrymme(uppsalaModel(), { idag: "2024-10-24" });
    const ownSheet = rawSheet(
      own.name,
      own.rows.map((row) => row.map((c) => (typeof c === "object" && c !== null ? c.value : c))),
    );
    const found = beslutsutrymmeFromWorkbook(ctx([ownSheet, ekonomisk()]))!;
    expect(found.model.sourceSheet).toBe("Ekonomisk information");
    expect(beslutsutrymmeFromWorkbook(ctx([ownSheet]))).toBeNull();
  });

  it("prefers the sheet the mapping detected as a budget with year columns over the name-ranked ones", () => {
    const sheets = [
      { ...ekonomisk(), name: "Prognos 2023" },
      { ...ekonomisk(), name: "Flerår" },
    ];
    expect(beslutsutrymmeFromWorkbook(ctx(sheets))!.model.sourceSheet).toBe("Prognos 2023");
    const detected = detectWorkbook(sheets);
    expect(detected.sheets.find((m) => m.sheet === "Flerår")).toMatchObject({ kind: "budget" });
    const mapping = { ...detected, sheets: detected.sheets.map((m) => (m.sheet === "Flerår" ? m : { ...m, kind: "annat" as const })) };
    expect(beslutsutrymmeFromWorkbook({ ...ctx(sheets), mapping })!.model.sourceSheet).toBe("Flerår");
  });

  it("uses the sheet's ingående and notes when Inställningar says otherwise", () => {
    const inst = rawSheet("Inställningar", [
      ["Inställning", "Värde"],
      ["Ackumulerat överskott", 6360000],
      ["Reservfond", 1000000],
    ]);
    expect(beslutsutrymmeFromWorkbook(ctx([ekonomisk(), inst]))!.issues).toEqual([]);
    const other = rawSheet("Inställningar", [
      ["Inställning", "Värde"],
      ["Ackumulerat överskott", 7360000],
    ]);
    const found = beslutsutrymmeFromWorkbook(ctx([ekonomisk(), other]))!;
    expect(found.model.ingaende).toBe(6360000);
    expect(found.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["BESLUTSUTRYMME_INGAENDE_SKILJER@B52"]);
  });

  it("warns when a year goes negative", () => {
    const rows = ekonomiskInformationSheet.rows.map((r) => [...r]);
    rows[51][1] = 0; // ingående 0 instead of 6 360
    const out = beslutsutrymmeModule.run(ctx([rawSheet("Ekonomisk information", rows)]))!;
    expect(out.issues.map((i) => i.code)).toContain("BESLUTSUTRYMME_NEGATIVT");
  });

  it("returns null when there is no multi-year data", () => {
    expect(beslutsutrymmeModule.run(ctx([rawSheet("Blad1", [["a", 1]])]))).toBeNull();
  });

  it("builds a model from the Budget and Insatser sheets when Inställningar gives the överskott", () => {
    const sheets = [
      rawSheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2025", "Budget 2026"],
        ["Jobbstöd", "Individ", "Heby kommun", "2025-01-01", "2026-12-31", 900000, 500000],
      ]),
      rawSheet("Budget", [
        ["Post", "Kategori", "År", "Budget", "Prognos"],
        ["Medlemsavgifter", "Intäkt", 2025, 1000000, 1000000],
        ["Medlemsavgifter", "Intäkt", 2026, 1000000, null],
        ["Förvaltning", "Kostnad", 2025, 300000, 320000],
        ["Förvaltning", "Kostnad", 2026, 320000, null],
      ]),
      rawSheet("Inställningar", [
        ["Inställning", "Värde"],
        ["Ackumulerat överskott", 700000],
        ["Reservfond", 200000],
      ]),
    ];
    const c = ctx(sheets);
    const out = beslutsutrymmeModule.run(c)!;
    const r = out.result as BeslutsutrymmeResult;
    expect(r.ar.map((a) => a.kolumn.label)).toEqual(["Budget 2025", "Prognos 2025", "Budget 2026"]);
    // Start 700 000 (the reservfond is not part of it); 2025 budget 1 000 − 300 − 900 = −200 → 500;
    // prognos −220 → 480; 2026 starts from the prognos: 480 + 180 = 660 (tkr).
    expect(r.ar.map((a) => a.kvarvarande)).toEqual([500000, 480000, 660000]);
    expect(out.issues.map((i) => i.code)).toEqual(["BESLUTSUTRYMME_FRAN_BUDGET"]);
    expect(modelFromBase(c.base, undefined)).toBeNull();
  });
});

describe("planScenario", () => {
  it("writes a named scenario as its own sheet", () => {
    const { plan, issues } = planScenario(
      uppsalaModel(),
      { name: "Försiktig", levers: [{ kind: "ej-nyttjade", ar: 2026, belopp: 1000000 }] },
      { idag: "2024-10-24" },
    );
    expect(plan.name).toBe("Beslutsutrymme 24–28 Försiktig");
    expect(issues).toEqual([]);
    expect(plan.rows[3][0]).toContain("Scenario: Försiktig.");
  });
});

describe("beslutsutrymmeFromWorkbook when the flerårsprognos is the workbook's only budget sheet", () => {
  it("the mapping reads 'Ekonomisk information' as the Budget sheet; it is still the model (kvarvarande 3 401 … 14 260)", () => {
    const sheets = [ekonomisk()];
    const mapping = detectWorkbook(sheets);
    const base = parseBase(sheets, mapping).base;
    expect(base.sourceSheets.budget).toBe("Ekonomisk information");
    const found = beslutsutrymmeFromWorkbook({ sheets, base, mapping })!;
    expect(found.model.sourceSheet).toBe("Ekonomisk information");
    expect(found.model.kolumner.map((k) => k.label)).toEqual([
      "Budget 2024",
      "Prognos 2024",
      "Prel 2025",
      "Prel 2026",
      "Prel 2027",
      "Prel 2028",
    ]);
    const out = beslutsutrymmeModule.run({ ...ctx(sheets), base, mapping })!;
    expect((out.result as BeslutsutrymmeResult).ar.map((a) => tkr(a.kvarvarande))).toEqual([3401, 4830, 1331, 151, 2262, 14260]);
  });
});
