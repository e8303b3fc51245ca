import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSieBytes } from "../../../../src/domain/ledger/sie-read";

/**
 * A closed year (8999 Årets resultat booked against 2099, as Fortnox and Visma do at year-end): the result is counted
 * once — in the balansräkning's Årets resultat — and the Noter's eget kapital note adds up to the balansräkning's
 * Balanserat resultat (its 2099 amount taken out on its own line).
 */
describe("årets resultat booked to eget kapital", () => {
  const file = "arets-resultat-bokfort.se";
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../../fixtures/ledger/varianter", file)));
  const r = readSieBytes(bytes, file, (b, e) => iconv.decode(Buffer.from(b), e));
  const b = computeBokslut(r.ledger, r.issues, { kontoplan: [] }).result;

  it("balansräkning and kassaflöde count it once", () => {
    expect(b.balansrakning.balanseratResultat.ub).toBe(80000);
    expect(b.balansrakning.aretsResultat.ub).toBe(30150);
    expect(b.kassaflode.egetKapital).toBe(0);
    expect(b.kassaflode.aretsKassaflode).toBe(35150);
  });

  it("the Noter's eget kapital note adds up to the balansräkning's Balanserat resultat", () => {
    const not = b.noter.find((n) => n.rubrik === "Balanserat resultat");
    expect(not?.summa).toBe(b.balansrakning.balanseratResultat.ub);
    expect(not?.konton.map((k) => [k.konto, k.belopp])).toEqual([
      ["2091", 80000],
      ["2099", 30150],
      ["8999", -30150],
    ]);
  });
});
