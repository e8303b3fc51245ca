import { driftsredovisningModule } from "../../../src/domain/reports/driftsredovisning";
import type { DriftsredovisningResultat } from "../../../src/domain/compute/driftsredovisning";
import { uppsala2024 } from "../fixtures/uppsala-2024";

const options = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };

describe("report module Driftsredovisning", () => {
  it("computes Totalt −1 480 / −620 / 860 and plans one sheet", () => {
    const out = driftsredovisningModule.run({ sheets: [], base: uppsala2024(), options })!;
    const t = (out.result as DriftsredovisningResultat).totalt;
    expect([t.budget, t.utfall, t.avvikelse]).toEqual([-1_480_000, -619_700, 860_300]);
    expect([t.budget, t.utfall, t.avvikelse].map((v) => Math.round((v ?? NaN) / 1000))).toEqual([-1_480, -620, 860]);
    expect(out.plans.map((p) => [p.kind, p.key, p.name])).toEqual([["driftsredovisning", "2024-06-30", "Driftsredovisning 2024-06-30"]]);
    expect(out.issues.map((i) => i.code).filter((c) => !["GRUPP_GISSAD", "PROGNOS_STEGFORANDRING"].includes(c))).toEqual([
      "POST_UTAN_BUDGET",
    ]);
  });

  it("returns null without budget or without utfall", () => {
    const base = uppsala2024();
    expect(driftsredovisningModule.run({ sheets: [], base: { ...base, insatser: [], budget: [] }, options })).toBeNull();
    expect(driftsredovisningModule.run({ sheets: [], base: { ...base, utfall: [], sourceSheets: {} }, options })).toBeNull();
  });
});
