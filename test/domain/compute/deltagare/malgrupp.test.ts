import { runMini } from "../../../fixtures/deltagare/mini";

describe("Målgrupp among inregistrerade perioden", () => {
  const { u } = runMini([
    ["a", "K", "2024-01-10", null, null, "Nej", 2000, "Grundskola", "Ja", null, 4],
    ["b", "K", "2024-01-10", null, null, "Nej", 1990, "Gymnasium", "Nej", null, "under 1 år"],
    ["c", "M", "2024-01-10", null, null, "Ja", 1994, "Högskola", null, null, null],
    ["d", "M", "2024-01-10", null, null, "Nej", null, null, "Ja", null, "3+"],
    ["e", "M", "2023-01-10", null, null, "Nej", 2001, "Grundskola", "Ja"], // not inregistrerad in the period
  ]);
  const r = u.malgrupp.rader[0];

  it("shares of those with a known value; under 30 = inskrivningsår − födelseår < 30", () => {
    expect(r.inregistrerade).toBe(4);
    expect(r.kvinnor).toEqual({ antal: 2, kanda: 4, andel: 0.5 });
    expect(r.under30).toEqual({ antal: 1, kanda: 3, andel: 1 / 3 }); // born 2000 → 24, 1990 → 34, 1994 → 30 (not under 30)
    expect(r.offentligForsorjning3).toEqual({ antal: 2, kanda: 3, andel: 2 / 3 });
    expect(r.handlingsplan).toEqual({ antal: 2, kanda: 3, andel: 2 / 3 });
    expect([r.grundskola.antal, r.gymnasium.antal, r.eftergymnasial.antal, r.utbildningSaknasOkand.antal]).toEqual([1, 1, 1, 1]);
  });

  it("N/A (null) when nobody has a known value", () => {
    const { u: none } = runMini([["a", "K", "2024-01-10", null, null, "Nej"]]);
    expect(none.malgrupp.rader[0].handlingsplan.andel).toBeNull();
    expect(none.malgrupp.rader[0].under30.andel).toBeNull();
  });
});
