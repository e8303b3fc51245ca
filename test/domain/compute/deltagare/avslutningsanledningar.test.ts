import { bandIndex, STANDARD_BAND } from "../../../../src/domain/compute/deltagare/avslutningsanledningar";
import { runMini } from "../../../fixtures/deltagare/mini";

describe("Avslutningsanledningar", () => {
  it("bands: Uppsala's 'Arbetar 25 %, 40 %, 50 %, 60-69 %, 70 %, 75 %, 80 %, 100 %' each fall in one band", () => {
    const label = (g: number) => STANDARD_BAND[bandIndex(STANDARD_BAND, g)]?.label;
    expect([0.1, 0.25, 0.4, 0.5, 0.6, 0.69, 0.7, 0.75, 0.8, 0.99, 1].map(label)).toEqual([
      "Under 25 %",
      "25–39 %",
      "40–49 %",
      "50–59 %",
      "60–69 %",
      "60–69 %",
      "70–74 %",
      "75–79 %",
      "80–99 %",
      "80–99 %",
      "100 %",
    ]);
    expect(bandIndex(STANDARD_BAND, 0.3 * 3 + 0.1)).toBe(8); // 0,9999… is 100 %
  });

  it("counts reasons among avslutade perioden, arbete by band, and missing reasons", () => {
    const { u } = runMini([
      ["a", "K", "2024-01-01", "2024-02-01", "Lönebidrag", "Nej", null, null, null, "50 %"],
      ["b", "M", "2024-01-01", "2024-02-01", "Arbete", "Nej", null, null, null, 1],
      ["c", "M", "2024-01-01", "2024-02-01", "Eget företag", "Nej"],
      ["d", "K", "2024-01-01", "2024-02-01", null, "Nej"],
      ["e", "K", "2023-01-01", "2023-02-01", "Studier", "Nej"],
    ]);
    const a = u.avslutningsanledningar;
    expect(a.orsaker.subventionerat_arbete).toEqual({ k: 1, m: 0, s: 1 });
    expect(a.arbete).toEqual({ k: 1, m: 2, s: 3 });
    expect(a.band.find((b) => b.label === "50–59 %")?.antal.s).toBe(1);
    expect(a.band.find((b) => b.label === "100 %")?.antal.s).toBe(1);
    expect(a.bandSaknas).toEqual({ k: 0, m: 1, s: 1 });
    expect(a.orsaker.saknas).toEqual({ k: 1, m: 0, s: 1 });
    expect(a.arbeteStudier.s).toBe(3);
    expect(a.summa.s).toBe(4);
  });
});
