import { computeDriftsredovisning } from "../../../src/domain/compute/driftsredovisning";
import { adminSlag, computeResultatrakning, isFinansiellPost } from "../../../src/domain/compute/resultatrakning";
import type { DriftsBelopp } from "../../../src/domain/compute/driftsredovisning";
import { budget, utfall } from "../fixtures/build";
import { uppsala2024 } from "../fixtures/uppsala-2024";

const H1 = { fran: "2024-01-01", till: "2024-06-30" };
const tkr = (b: DriftsBelopp) => [b.budget, b.utfall, b.avvikelse].map((v) => Math.round((v ?? 0) / 1000));

describe("computeResultatrakning (Uppsala 2024-06-30)", () => {
  const drift = computeDriftsredovisning(uppsala2024(), H1).result;
  const rr = computeResultatrakning(drift);

  it("verksamhetens intäkter and kostnader in tkr, as the driftsredovisning's sections add up", () => {
    expect(tkr(rr.verksamhetensIntakter)).toEqual([12050, 12094, 44]);
    expect(tkr(rr.verksamhetensKostnader)).toEqual([-13530, -12714, 816]);
    expect(tkr(rr.varav.fortroendevalda)).toEqual([-400, -177, 223]);
    expect(tkr(rr.varav.forvaltning)).toEqual([-2311, -2602, -291]);
    // Summa samverkansinsatser −10 329 / −9 628 plus övriga samverkansinsatser −490 / −307.
    expect(tkr(rr.varav.samverkansinsatser)).toEqual([-10819, -9935, 884]);
  });

  it("nettokostnader equal the published Totalt −1 480 / −620 / 860; årets resultat IS the driftsredovisning's Totalt", () => {
    expect(tkr(rr.verksamhetensNettokostnader)).toEqual([-1480, -620, 860]);
    expect(rr.aretsResultat).toBe(drift.totalt);
    expect(rr.verksamhetensNettokostnader.utfall).toBeCloseTo(drift.totalt.utfall, 6);
    expect(rr.verksamhetensNettokostnader.prognosHelar).toBeCloseTo(-1_530_000, 6);
    expect(rr.finansiellaIntakter).toBeUndefined();
    expect(rr.resultatEfterFinansiellaPoster).toBe(rr.verksamhetensNettokostnader);
    expect([rr.fran, rr.till, rr.ar]).toEqual(["2024-01-01", "2024-06-30", 2024]);
  });

  it("financial posts leave verksamheten and show as Finansiella intäkter/kostnader", () => {
    const base = uppsala2024();
    base.budget.push(
      ...budget([
        ["Ränteintäkter", "intakt", 2024, 50],
        ["Finansiella kostnader", "kostnad", 2024, 10],
      ]),
    );
    base.utfall.push(
      ...utfall([
        ["Ränteintäkter", "2024-01-01", "2024-06-30", "2024-H1", 30],
        ["Finansiella kostnader", "2024-01-01", "2024-06-30", "2024-H1", 4],
      ]),
    );
    const d = computeDriftsredovisning(base, H1).result;
    const r = computeResultatrakning(d);
    expect(tkr(r.verksamhetensIntakter)).toEqual([12050, 12094, 44]);
    expect(tkr(r.verksamhetensKostnader)).toEqual([-13530, -12714, 816]);
    expect(tkr(r.finansiellaIntakter!)).toEqual([25, 30, 5]);
    expect(tkr(r.finansiellaKostnader!)).toEqual([-5, -4, 1]);
    expect(r.finansiellaPoster).toEqual(["Ränteintäkter", "Finansiella kostnader"]);
    expect(r.resultatEfterFinansiellaPoster.utfall).toBeCloseTo(r.aretsResultat.utfall, 6);
    expect(r.resultatEfterFinansiellaPoster.budget).toBeCloseTo(r.aretsResultat.budget!, 6);
    expect(Math.round(r.aretsResultat.utfall / 1000)).toBe(-620 + 30 - 4);
  });
});

describe("classification", () => {
  it("adminSlag: styrelse, förtroendevalda and revision are förtroendevalda; kansli and förvaltning are förvaltning", () => {
    expect(["Styrelse", "Förtroendevalda", "Revision", "Kansli och kringkostnader", "Förvaltning", "Kansli ESF"].map(adminSlag)).toEqual([
      "fortroendevalda",
      "fortroendevalda",
      "fortroendevalda",
      "forvaltning",
      "forvaltning",
      "forvaltning",
    ]);
  });

  it("isFinansiellPost", () => {
    expect(
      ["Ränteintäkter", "Räntekostnader", "Finansiella intäkter", "Medlemsavgifter", "Förvaltning", "Bryggan"].map(isFinansiellPost),
    ).toEqual([true, true, true, false, false, false]);
  });
});
