import { bidragFranScenario } from "../../../src/domain/compute/bidragsfordelning";
import type { Medlem, MedlemTyp } from "../../../src/domain/parse/medlemmar";
import { parseMedlemmar } from "../../../src/domain/parse/medlemmar";
import { medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { MEDLEMSAVGIFTER_TSV, tsvNumber } from "../../fixtures/nasta-ar/uppsala-2024";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";
import type { Scenario } from "../../../src/domain/compute/what-if";

const uppsala = (): Medlem[] => parseMedlemmar(rawSheet(medlemmarSheet.name, medlemmarSheet.rows))!.medlemmar;
const medlem = (namn: string, typ: MedlemTyp, invanare?: number): Medlem => ({
  medlem: namn,
  typ,
  ...(invanare !== undefined ? { invanare } : {}),
  source: { sheet: "Medlemmar", cell: "A2" },
  cells: {},
});
const helar = (r: ReturnType<typeof bidragFranScenario>["result"], namn: string) =>
  r!.fordelning.rader.find((x) => x.medlem === namn)!.helar;

describe("next year's medlemsbidrag per member from the chosen Nästa år scenario (domain.md §3.3, §3.5)", () => {
  it("the scenario's Prel 2025 medlemsavgifter 23 428 tkr → FK/AF 11 714 000, Region 5 857 000, kommuner 5 857 000 by invånare (largest remainder)", () => {
    const scenario: Scenario = { name: "Grund", levers: [] };
    const { result, issues } = bidragFranScenario(uppsala(), uppsalaModel(), scenario, 2025);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(result).toMatchObject({ ar: 2025, scenario: "Grund", kolumn: "Prel 2025", total: 23_428_000 });
    const f = result!.fordelning;
    expect([f.grupper.stat.helar, f.grupper.region.helar, f.grupper.kommun.helar]).toEqual([11_714_000, 5_857_000, 5_857_000]);
    const kommuner = f.rader.filter((r) => r.typ === "kommun");
    const invanare = kommuner.reduce((a, r) => a + r.invanare!, 0);
    for (const k of kommuner) expect(Math.abs(k.helar - (5_857_000 * k.invanare!) / invanare)).toBeLessThan(1);
    expect(kommuner.reduce((a, r) => a + r.helar, 0)).toBe(5_857_000);
    expect(f.rader.every((r) => Number.isInteger(r.helar))).toBe(true);
  });

  it("a scenario that keeps 2025 at 23 322 000 kr gives every published 2024 amount again (Uppsala Not 1, to the krona)", () => {
    const scenario: Scenario = { name: "Oförändrat", levers: [{ kind: "medlemsavgifter", ar: 2025, belopp: 23_322_000 }] };
    const { result } = bidragFranScenario(uppsala(), uppsalaModel(), scenario, 2025);
    expect(result!.total).toBe(23_322_000);
    for (const r of MEDLEMSAVGIFTER_TSV.slice(1, 11)) expect([r[1], helar(result, r[1])]).toEqual([r[1], tsvNumber(r[4])]);
  });

  it("a percentage lever changes next year's total and every member with it: +2 % → 23 896 560 kr, FK/AF 11 948 280", () => {
    const scenario: Scenario = { name: "Plus två", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] };
    const { result } = bidragFranScenario(uppsala(), uppsalaModel(), scenario, 2025);
    expect(result!.total).toBe(23_896_560);
    expect(helar(result, "Försäkringskassan/Arbetsförmedlingen")).toBe(11_948_280);
    expect(helar(result, "Region Uppsala")).toBe(5_974_140);
  });

  it("separate FK and AF rows: Försäkringskassan pays the whole state half, Arbetsförmedlingen 0", () => {
    const m = [
      medlem("Försäkringskassan", "stat"),
      medlem("Arbetsförmedlingen", "stat"),
      medlem("Region Uppsala", "region"),
      ...uppsala().filter((x) => x.typ === "kommun"),
    ];
    const { result } = bidragFranScenario(m, uppsalaModel(), { name: "Grund", levers: [] }, 2025);
    expect([helar(result, "Försäkringskassan"), helar(result, "Arbetsförmedlingen")]).toEqual([11_714_000, 0]);
  });

  it("Mölndal 2016's total as next year's: 16 692 tkr → 8 346 / 4 173 / 4 173 tkr", () => {
    const m = [
      medlem("Försäkringskassan/Arbetsförmedlingen", "stat"),
      medlem("Västra Götalandsregionen", "region"),
      medlem("Mölndals stad", "kommun", 64_000),
      medlem("Partille kommun", "kommun", 38_000),
      medlem("Härryda kommun", "kommun", 36_000),
      medlem("Lerums kommun", "kommun", 40_000),
      medlem("Alingsås kommun", "kommun", 40_000),
    ];
    const scenario: Scenario = { name: "Mölndal", levers: [{ kind: "medlemsavgifter", ar: 2025, belopp: 16_692_000 }] };
    const f = bidragFranScenario(m, uppsalaModel(), scenario, 2025).result!.fordelning;
    expect([f.grupper.stat.helar, f.grupper.region.helar, f.grupper.kommun.helar]).toEqual([8_346_000, 4_173_000, 4_173_000]);
  });

  it("a year the model does not have gives no figures and says so in Swedish", () => {
    const { result, issues } = bidragFranScenario(uppsala(), uppsalaModel(), { name: "Grund", levers: [] }, 2031);
    expect(result).toBeNull();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["BIDRAG_NASTA_AR_SAKNAS", "info"]]);
    expect(issues[0].message).toContain("2031");
    expect(issues[0].message).toContain('"Grund"');
  });
});
