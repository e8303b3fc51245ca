import { runMini } from "../../../fixtures/deltagare/mini";

describe("Utfall för deltagare: period boundaries (från 2024-01-01, till 2024-06-30)", () => {
  const { u, issues } = runMini([
    ["a", "K", "2024-01-01", null, null, "Nej"], // inregistrerad (first day), pågående
    ["b", "K", "2023-12-31", "2024-01-01", "Studier", "Nej"], // avslutad perioden (first day), not inregistrerad
    ["c", "M", "2024-06-30", "2024-06-30", "Flytt", "Nej"], // inregistrerad and avslutad on the last day
    ["d", "M", "2023-05-01", "2023-12-31", "Sjukdom", "Nej"], // avslutad before the period: hela only
    ["e", "M", "2024-03-01", "2024-07-01", "Studier", "Nej"], // utskriven after till: pågående per till
    ["f", "K", "2024-07-01", null, null, "Nej"], // after till: nowhere
    ["g", "K", "2024-02-01", "2024-05-01", null, "Ja"], // anonymous: inregistrerad, never avslutad, not pågående
    ["h", null, "2024-02-01", null, null, "Nej"], // no kön: S:a only
  ]);

  it("counts per kön with S:a including a row without kön", () => {
    const r = u.utfall.rader[0];
    expect(r.inregistrerade).toEqual({ k: 2, m: 2, s: 5 });
    expect(r.avslutade).toEqual({ k: 1, m: 1, s: 2 });
    expect(r.avslutadeHela).toEqual({ k: 1, m: 2, s: 3 });
    expect(r.pagaende).toEqual({ k: 1, m: 1, s: 3 });
    expect(r.arbeteStudier).toEqual({ k: 1, m: 0, s: 1 });
    expect(r.andelArbeteStudier).toEqual({ k: 1, m: 0, s: 0.5 });
    expect(u.utfall.totalt.inregistrerade).toEqual(r.inregistrerade);
    expect(u.utfall.fordelning.inregistrerade).toEqual({ k: 0.4, m: 0.4 });
  });

  it("reports the missing kön and the anonymous row with an utskriven date", () => {
    expect(issues.map((i) => i.code).sort()).toEqual(["DELT_ANONYM_UTSKRIVEN", "SAKNAT_VARDE"]);
  });

  it("a share with 0 avslutade is null (shown empty), never a division error", () => {
    const { u: none } = runMini([["a", "K", "2024-01-10", null, null, "Nej"]]);
    expect(none.utfall.rader[0].andelArbeteStudier).toEqual({ k: null, m: null, s: null });
  });
});
