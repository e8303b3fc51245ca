import { computeDriftsredovisning } from "../../../../src/domain/compute/driftsredovisning";
import { arsMedlemsbidrag } from "../../../../src/domain/compute/nyckeltal/installningar";
import { forbrukningMotMedlemsintakt } from "../../../../src/domain/compute/nyckeltal/medlemsintakt";
import { computeResultatrakning } from "../../../../src/domain/compute/resultatrakning";
import type { ParsedWorkbook } from "../../../../src/domain/model";
import { utfall } from "../../fixtures/build";
import { uppsala2014 } from "../../fixtures/uppsala-2014";

/**
 * Uppsala helår 2014 with the förbund's own costs: the source gives only the shares (förtroendevalda 3,2 %,
 * administration 20,1 % of the tilldelning 22 000 tkr), so the fixture's amounts are the midpoints of the
 * rounding intervals: 0,032 × 22 000 = 704 tkr and 0,201 × 22 000 = 4 422 tkr (utfall only, no budget rows).
 * Samverkansinsatser are the four Inriktning groups of the 2014 fixture (20 441 tkr; published SUMMA 20 440).
 */
function uppsala2014MedKansli(): ParsedWorkbook {
  const base = uppsala2014();
  base.utfall.push(
    ...utfall([
      ["Förtroendevalda", "2014-01-01", "2014-12-31", "2014", 704],
      ["Förvaltning", "2014-01-01", "2014-12-31", "2014", 4422],
    ]),
  );
  return base;
}

const pct1 = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);

describe("forbrukningMotMedlemsintakt", () => {
  it("Uppsala 2014: samverkansinsatser 92,9 %, förtroendevalda 3,2 %, administration 20,1 % of 22 000 tkr", () => {
    const base = uppsala2014MedKansli();
    const rr = computeResultatrakning(computeDriftsredovisning(base, { fran: "2014-01-01", till: "2014-12-31" }).result);
    const mb = arsMedlemsbidrag(base, 2014)!;
    expect(mb.belopp).toBe(22_000_000);
    const rader = forbrukningMotMedlemsintakt(rr, mb.belopp);
    expect(rader.map((r) => [r.slag, Math.round(r.kostnad / 1000), pct1(r.andel)])).toEqual([
      ["samverkansinsatser", 20441, 92.9],
      ["fortroendevalda", 704, 3.2],
      ["forvaltning", 4422, 20.1],
    ]);
    // The published SUMMA 20 440 gives the same share.
    expect(pct1(20440 / 22000)).toBe(92.9);
  });

  it("no andel without medlemsbidrag", () => {
    const rr = computeResultatrakning(computeDriftsredovisning(uppsala2014MedKansli(), { fran: "2014-01-01", till: "2014-12-31" }).result);
    expect(forbrukningMotMedlemsintakt(rr, 0).map((r) => r.andel)).toEqual([undefined, undefined, undefined]);
  });
});
