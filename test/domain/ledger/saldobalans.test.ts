import { looksLikeSaldobalans, readSaldobalans } from "../../../src/domain/ledger/saldobalans";
import { computeBokslut } from "../../../src/domain/compute/bokslut";
import type { CellValue, RawSheet } from "../../../src/domain/model";

/**
 * A saldobalans in the shape Mölndal's balansrapport 2016-08-31 has: title rows, Konto | Benämning | IB | Period | UB,
 * sum rows, and four rows where IB + Period ≠ UB by 116 000 kr (domain.md §3.7). Amounts constructed; the four
 * differences are the published pattern.
 */
function sheet(rows: CellValue[][]): RawSheet {
  return { name: "Saldobalans", origin: { row: 0, col: 0 }, values: rows };
}

const ROWS: CellValue[][] = [
  ["Balansrapport Samordningsförbundet Mölndal", null, null, null, null],
  ["Period 2016-01 – 2016-08", null, null, null, null],
  [null, null, null, null, null],
  ["Konto", "Benämning", "IB", "Period", "UB"],
  [1510, "Kundfordringar", 200_000, 50_000, 250_000],
  [1790, "Förutbetalda kostnader", 100_000, 16_000, 232_000], // off by 116 000
  [1930, "Bank", "3 000 000", "−250 000", "2 750 000"],
  ["Summa tillgångar", null, 3_300_000, -184_000, 3_232_000],
  [2091, "Balanserat resultat", -2_500_000, 0, -2_384_000], // off by 116 000
  [2440, "Leverantörsskulder", -600_000, 100_000, -616_000], // off by −116 000
  [2990, "Upplupna kostnader", -200_000, 0, -316_000], // off by −116 000
  [3011, "Medlemsavgifter", 0, -11_128_000, -11_128_000],
  [4010, "Samverkansinsatser", 0, 11_212_000, 11_212_000],
];

describe("saldobalans sheet", () => {
  it("is recognised by its header and gives IB/UB/RES", () => {
    expect(looksLikeSaldobalans(sheet(ROWS))).toBe(true);
    expect(
      looksLikeSaldobalans(
        sheet([
          ["Insats", "Budget"],
          ["A", 1],
        ]),
      ),
    ).toBe(false);
    const r = readSaldobalans(sheet(ROWS));
    expect(r.ledger.ib.find((s) => s.konto === "1930")?.ore).toBe(300_000_000);
    expect(r.ledger.res.map((s) => [s.konto, s.ore])).toEqual([
      ["3011", -1_112_800_000],
      ["4010", 1_121_200_000],
    ]);
  });

  it("every row with IB + Period ≠ UB is a finding on its UB cell with the difference (four rows, 116 000 kr each)", () => {
    const r = readSaldobalans(sheet(ROWS));
    const f = r.issues.filter((i) => i.code === "IB_TRANS_UB");
    expect(f.map((i) => i.cell)).toEqual(["E6", "E9", "E10", "E11"]);
    for (const i of f) expect(i.message).toMatch(/skillnad −?116\u00a0000,00 kr/);
  });

  it("an unreadable amount is a finding on its cell, not a silent 0", () => {
    const rows = [...ROWS.slice(0, 4), [1510, "Kundfordringar", "abc", 0, 100]];
    const r = readSaldobalans(sheet(rows));
    expect(r.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["SIE_OLASBART_BELOPP C5"]);
    expect(r.ledger.konton.size).toBe(0);
  });

  it("feeds the bokslut like a SIE file", () => {
    const r = readSaldobalans(sheet(ROWS));
    const { result } = computeBokslut(r.ledger, r.issues, { kontoplan: [], till: "2016-08-31" });
    expect(result.resultatrakning.aretsResultat.period).toBe(-84_000);
    expect(result.balansrakning.summaTillgangar.ub).toBe(3_232_000);
  });
});
