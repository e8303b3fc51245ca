import type { PipelineResult } from "../../src/domain/reports/types";
import { rekvisitionSvar } from "../../src/services/rekvisitioner";

const base = { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };

describe("rekvisitionSvar", () => {
  it("is empty when the Rekvisitionskontroll did not run", () => {
    const svar = rekvisitionSvar({ base, issues: [], results: {}, plans: [] } as PipelineResult, 2);
    expect(svar).toEqual({
      ok: true,
      rader: [],
      antal: { Godkänd: 0, "Godkänd med anmärkning": 0, "Åtgärd krävs": 0 },
      issues: [],
      syncsRead: 2,
    });
  });

  it("keeps the rekvisition sheets' own issues that no claim lists, and no info notes", () => {
    const result = {
      base,
      results: {
        rekvisitionskontroll: {
          kallor: ["Rekvisitioner"],
          rader: [
            {
              bedomning: "Godkänd med anmärkning",
              insats: "Bryggan",
              insatsId: "Bryggan",
              period: "2024-Q2",
              sheet: "Rekvisitioner",
              cell: "A4",
              range: "A4:G4",
              attBetala: 5,
              belopp: 5,
              anmarkningar: [
                { severity: "varning", code: "REKV_SEN", sheet: "Rekvisitioner", cell: "D4", message: "Sen." },
                { severity: "info", code: "REKV_KVOT", sheet: "Rekvisitioner", cell: "A4", message: "Kvot 50 %." },
              ],
            },
          ],
        },
      },
      issues: [
        { severity: "varning", code: "REKV_SEN", sheet: "Rekvisitioner", cell: "D4", message: "Sen." },
        { severity: "fel", code: "REKV_SUMMARAD", sheet: "Rekvisitioner", cell: "C9", message: "Summaraden stämmer inte." },
        { severity: "info", code: "REKV_KVOT", sheet: "Rekvisitioner", cell: "A4", message: "Kvot 50 %." },
        { severity: "fel", code: "OLASBART_TAL", sheet: "Utfall", cell: "C3", message: "Inte ett tal." },
      ],
      plans: [],
    } as unknown as PipelineResult;
    const svar = rekvisitionSvar(result, null);
    expect(svar.rader).toEqual([expect.objectContaining({ verdict: "Godkänd med anmärkning", reasons: ["Sen."], range: "A4:G4" })]);
    expect(svar.antal["Godkänd med anmärkning"]).toBe(1);
    expect(svar.issues.map((i) => i.cell)).toEqual(["C9"]);
  });
});
