import {
  computeBeslutsutrymme,
  predecessorColumns,
  representativeColumn,
  type BeslutsutrymmeKolumn,
} from "../../../src/domain/compute/beslutsutrymme";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";

const tkr = (x: number) => Math.round(x / 1000);

describe("computeBeslutsutrymme (Uppsala Ekonomisk information 2024-10-24)", () => {
  const result = computeBeslutsutrymme(uppsalaModel());

  it("reproduces årets beräknade resultat −2 959; −1 530; −3 499; −1 180; 2 111; 11 998 tkr", () => {
    expect(result.ar.map((a) => tkr(a.resultat))).toEqual([-2959, -1530, -3499, -1180, 2111, 11998]);
  });

  it("reproduces kvarvarande beslutsutrymme 3 401; 4 830; 1 331; 151; 2 262; 14 260 tkr from the start 6 360", () => {
    expect(result.ar.map((a) => a.kvarvarande)).toEqual([3401000, 4830000, 1331000, 151000, 2262000, 14260000]);
    expect(result.ar.map((a) => tkr(a.ingaende))).toEqual([6360, 6360, 4830, 1331, 151, 2262]);
    expect(result.negativa).toEqual([]);
  });

  it("reproduces the sums S:A INTÄKTER and S:A KOSTNADER", () => {
    expect(result.ar.map((a) => tkr(a.intakter))).toEqual([24100, 24122, 24206, 23878, 23578, 23428]);
    expect(result.ar.map((a) => tkr(a.kostnader))).toEqual([27059, 25652, 27705, 25058, 21467, 11430]);
    expect(result.ar.map((a) => tkr(a.grupper.insats + a.grupper["ej-nyttjade"]))).toEqual([20657, 19572, 21305, 18558, 14817, 4630]);
  });

  it("lists the columns whose beslutsutrymme goes negative", () => {
    const m = uppsalaModel();
    m.ingaende = 0;
    const r = computeBeslutsutrymme(m);
    expect(r.negativa).toEqual(["Budget 2024", "Prognos 2024", "Prel 2025", "Prel 2026", "Prel 2027"]);
    expect(tkr(r.ar[5].kvarvarande)).toBe(14260 - 6360);
  });
});

describe("predecessorColumns", () => {
  const k = (label: string, ar: number, typ: BeslutsutrymmeKolumn["typ"]): BeslutsutrymmeKolumn => ({ label, ar, typ });

  it("starts a year from the best estimate of the previous year (utfall > prognos > prel > budget)", () => {
    const cols = [
      k("Budget 2024", 2024, "budget"),
      k("Prognos 2024", 2024, "prognos"),
      k("Prel 2025", 2025, "prel"),
      k("Prel 2026", 2026, "prel"),
    ];
    expect(predecessorColumns(cols)).toEqual([-1, -1, 1, 2]);
    expect(representativeColumn(cols, 2024)).toBe(1);
    expect(representativeColumn(cols, 2030)).toBe(-1);
    const withUtfall = [k("Prognos 2023", 2023, "prognos"), k("Utfall 2023", 2023, "utfall"), k("Budget 2024", 2024, "budget")];
    expect(predecessorColumns(withUtfall)).toEqual([-1, -1, 1]);
  });

  it("handles columns out of year order", () => {
    const cols = [k("Prel 2026", 2026, "prel"), k("Budget 2025", 2025, "budget")];
    expect(predecessorColumns(cols)).toEqual([1, -1]);
    const r = computeBeslutsutrymme({
      kolumner: cols,
      ingaende: 100,
      poster: [{ namn: "Medlemsavgifter", grupp: "medlemsavgifter", belopp: [10, 20] }],
    });
    expect(r.ar.map((a) => a.kvarvarande)).toEqual([130, 120]);
  });
});
