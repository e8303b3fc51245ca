import { runMini } from "../../../fixtures/deltagare/mini";

describe("Snittid inskrivning", () => {
  it("mean days utskriven − inskriven among avslutade perioden, per kön: (30 + 60) / 2 = 45", () => {
    const { u } = runMini([
      ["a", "K", "2024-01-01", "2024-01-31", "Studier", "Nej"],
      ["b", "K", "2024-01-01", "2024-03-01", "Studier", "Nej"],
      ["c", "M", "2023-12-01", "2024-01-10", "Flytt", "Nej"],
      ["d", "M", "2023-01-01", "2023-02-01", "Flytt", "Nej"], // before the period
      ["e", "M", "2024-01-01", null, null, "Nej"],
    ]);
    const r = u.snittid.rader[0];
    expect(r.dagar).toEqual({ k: 45, m: 40, s: (30 + 60 + 40) / 3 });
    expect(r.antal).toEqual({ k: 2, m: 1, s: 3 });
    expect(u.snittid.totalt.dagar.s).toBeCloseTo(130 / 3, 10);
  });
});
