import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie } from "../../../../src/domain/ledger/sie-read";

/**
 * A file of saldon without verifikationer (SIE type 1–3) gives the bokslut only at its own date: a --till before it is a
 * fel (never the full year's figures under a delår heading); an unmapped konto's finding names the amount it has.
 */
const SIE1 = [
  "#FLAGGA 0",
  "#SIETYP 1",
  "#RAR 0 20240101 20241231",
  "#RAR -1 20230101 20231231",
  '#KONTO 1930 "Bank"',
  '#KONTO 2091 "Balanserat resultat"',
  '#KONTO 3011 "Medlemsavgift"',
  '#KONTO 8910 "Skatt"',
  "#IB 0 1930 100.00",
  "#IB 0 2091 -100.00",
  "#UB 0 1930 160.00",
  "#UB 0 2091 -100.00",
  "#RES 0 3011 -60.00",
  "#RES -1 8910 25.00",
].join("\n");

describe("saldon without verifikationer", () => {
  it("a delår date before the file's own is a fel, not the full year under a delår heading", () => {
    const r = readSie(SIE1, "arssaldon.se");
    const b = computeBokslut(r.ledger, r.issues, { kontoplan: [], till: "2024-06-30" });
    const f = b.issues.filter((i) => i.code === "BOKSLUTSDATUM_UTAN_TRANSAKTIONER");
    expect(f.map((i) => i.severity)).toEqual(["fel"]);
    expect(f[0].message).toMatch(/2024-06-30.*2024-12-31/);
    const helar = computeBokslut(r.ledger, r.issues, { kontoplan: [] });
    expect(helar.issues.filter((i) => i.code === "BOKSLUTSDATUM_UTAN_TRANSAKTIONER")).toEqual([]);
    expect(helar.result.resultatrakning.aretsResultat.period).toBe(60);
  });

  it("an unmapped konto with only a föregående-år amount says so (never '0,00 kr')", () => {
    const r = readSie(SIE1, "arssaldon.se");
    const b = computeBokslut(r.ledger, r.issues, { kontoplan: [] });
    const f = b.issues.filter((i) => i.code === "KONTO_OMAPPAT");
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/8910 Skatt/);
    expect(f[0].message).toMatch(/föregående år 25,00 kr/);
    expect(f[0].message).not.toMatch(/\b0,00 kr/);
  });
});
