import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie } from "../../../../src/domain/ledger/sie-read";

/** Sum rows are exact to the öre: no binary floating-point noise (0,1 + 0,2) reaches a cell. */
describe("bokslut sums in whole öre", () => {
  it("öre amounts add up exactly in RR, BR and kassaflöde", () => {
    const text = [
      "#FLAGGA 0",
      "#SIETYP 4",
      "#RAR 0 20240101 20241231",
      "#IB 0 1930 0.10",
      "#IB 0 2091 -0.10",
      "#UB 0 1930 0.30",
      "#UB 0 2091 -0.10",
      "#RES 0 3011 -0.10",
      "#RES 0 3012 -0.20",
      "#RES 0 4010 0.10",
      "#RES 0 8310 -0.70",
      "#RES 0 8410 0.70",
    ].join("\n");
    const r = readSie(text, "ore.se");
    const b = computeBokslut(r.ledger, r.issues, { kontoplan: [] }).result;
    expect(b.resultatrakning.intakter.period).toBe(0.3);
    expect(b.resultatrakning.verksamhetensResultat.period).toBe(0.2);
    expect(b.resultatrakning.aretsResultat.period).toBe(0.2);
    expect(b.balansrakning.summaEgetKapital.ub).toBe(0.3);
    expect(b.balansrakning.summaEgetKapitalOchSkulder.ub).toBe(0.3);
    expect(b.kassaflode.lopandeVerksamhet).toBe(0.2);
    expect(b.kassaflode.aretsKassaflode).toBe(0.2);
  });
});
