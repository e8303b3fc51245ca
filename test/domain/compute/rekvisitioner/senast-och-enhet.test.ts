import { computeRekvisitionskontroll } from "../../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import type { ParsedWorkbook } from "../../../../src/domain/model";
import type { Rekvisition } from "../../../../src/domain/parse/rekvisitioner/rekvisitioner";
import { insatser, SOURCE_SHEETS } from "../../fixtures/build";

/** domain.md §3.4: the deadline is the förbund's own setting; claims and budgets ~1000× apart are said, not approved. */
const claim = (over: Partial<Rekvisition>): Rekvisition => ({
  insats: "Bryggan",
  period: { from: "2024-01-01", to: "2024-03-31", label: "2024-Q1" },
  periodText: "2024-Q1",
  belopp: 465_000,
  inkommen: "2024-04-10",
  kostnadsslag: {},
  sheet: "Rekvisitioner",
  cells: { insats: "A2", period: "B2", belopp: "C2", inkommen: "D2" },
  range: "A2:D2",
  layout: "lista",
  position: 1,
  problem: [],
  ...over,
});

function base(ovrigt: Record<string, string | number> = {}): ParsedWorkbook {
  return {
    insatser: insatser([
      { insats: "Bryggan", agare: "Östhammars kommun", typ: "individ", start: "2023-09-01", slut: "2025-12-31", budgetTkr: { 2024: 1860 } },
    ]),
    budget: [],
    utfall: [],
    installningar: { ovrigt },
    sourceSheets: { ...SOURCE_SHEETS },
  };
}

describe("Rekvisition senast (dagar) as a förbund setting", () => {
  it("default one month: 2024-04-25 is in time for Q1", () => {
    const r = computeRekvisitionskontroll([claim({ inkommen: "2024-04-25" })], base()).result.rader[0];
    expect(r.anmarkningar.map((a) => a.code)).not.toContain("REKV_SEN");
  });

  it("with 'Rekvisition senast (dagar)' 15, 2024-04-25 is late and the message names the förbund's rule", () => {
    const r = computeRekvisitionskontroll([claim({ inkommen: "2024-04-25" })], base({ "Rekvisition senast (dagar)": 15 })).result.rader[0];
    const sen = r.anmarkningar.find((a) => a.code === "REKV_SEN")!;
    expect(sen.message).toMatch(/15 dagar efter periodens slut \(senast 2024-04-15\)/);
  });
});

describe("unit sanity check", () => {
  it("claims that are all about a thousandth of the period budget (tkr against kr) are not approved", () => {
    const { result } = computeRekvisitionskontroll(
      [
        claim({ belopp: 465 }),
        claim({
          belopp: 470,
          period: { from: "2024-04-01", to: "2024-06-30", label: "2024-Q2" },
          periodText: "2024-Q2",
          position: 2,
          inkommen: "2024-07-10",
          cells: { insats: "A3", period: "B3", belopp: "C3", inkommen: "D3" },
        }),
      ],
      base(),
    );
    for (const r of result.rader) {
      expect(r.bedomning).toBe("Åtgärd krävs");
      expect(r.anmarkningar.find((a) => a.code === "REKV_ENHET")?.message).toMatch(/tusendel/);
    }
  });

  it("normal claims get no unit finding", () => {
    const { result } = computeRekvisitionskontroll([claim({})], base());
    expect(result.rader[0].anmarkningar.map((a) => a.code)).not.toContain("REKV_ENHET");
  });
});
