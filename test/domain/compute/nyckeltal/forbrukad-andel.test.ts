import { computeDriftsredovisning } from "../../../../src/domain/compute/driftsredovisning";
import { forbrukadAndelPerGrupp, SUMMA_SAMVERKANSINSATSER } from "../../../../src/domain/compute/nyckeltal/forbrukad-andel";
import { uppsala2014 } from "../../fixtures/uppsala-2014";
import { uppsala2024 } from "../../fixtures/uppsala-2024";

const pct = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100));

describe("forbrukadAndelPerGrupp", () => {
  it("Uppsala 2014: Tidiga 209 %, Sena 87 %, Sociala företag 28 %, Övriga 44 %, ej fördelat 0 / 1 397, SUMMA 81 %", () => {
    const drift = computeDriftsredovisning(uppsala2014(), { fran: "2014-01-01", till: "2014-12-31" }).result;
    const rader = forbrukadAndelPerGrupp(drift).filter((r) => r.sektion === "samverkansinsatser");
    expect(rader.map((r) => [r.rubrik, r.utfall / 1000, r.budgetHelar / 1000, pct(r.andel)])).toEqual([
      ["Tidiga och samordnade insatser", 1391, 665, 209],
      ["Sena och samordnade insatser", 18225, 20951, 87],
      ["Sociala företag", 280, 1000, 28],
      ["Övriga utvecklingsinsatser", 545, 1228, 44],
      ["Ej fördelade medel", 0, 1397, 0],
      [SUMMA_SAMVERKANSINSATSER, 20441, 25241, 81],
    ]);
    expect(rader[rader.length - 1].summa).toBe(true);
    // The andel is the driftsredovisning's own group figure.
    expect(rader[0].andel).toBe(drift.grupper.find((g) => g.rubrik === "Tidiga och samordnade insatser")!.summa.forbrukadAndel);
  });

  it("Uppsala 2024: intäkter keep their sign, costs are positive; Summa follows the last samverkansinsats group", () => {
    const drift = computeDriftsredovisning(uppsala2024(), { fran: "2024-01-01", till: "2024-06-30" }).result;
    const rader = forbrukadAndelPerGrupp(drift);
    expect(rader.map((r) => r.rubrik)).toEqual([
      "Intäkter",
      "Administrativa kostnader",
      "Individinriktade",
      "Strukturinriktade",
      "Ej fördelade medel",
      SUMMA_SAMVERKANSINSATSER,
      "Övriga samverkansinsatser",
    ]);
    const summa = rader.find((r) => r.summa)!;
    expect([Math.round(summa.utfall / 1000), Math.round(summa.budgetHelar / 1000)]).toEqual([9628, 20658]);
    expect(rader[0].utfall).toBe(12_094_000);
    expect(rader[1].utfall).toBe(2_779_000);
  });
});
