import { arBalanskonto, BAS_KONTOPLAN, mapKonto, readKontoplanSheet } from "../../../src/domain/ledger/kontoplan";
import { planMallar } from "../../../src/domain/plan/mallar";
import type { RawSheet } from "../../../src/domain/model";
import { isFormulaCell } from "../../../src/domain/model";

const sheet = (values: RawSheet["values"]): RawSheet => ({ name: "Kontoplan", origin: { row: 0, col: 0 }, values });

describe("kontoplan", () => {
  it("BAS defaults: 19 kassa, 18 placeringar, 78 avskrivningar, 80–83 / 84 finansiellt, 8999 the booked result", () => {
    const rad = (k: string) => mapKonto(k, [])?.rad;
    expect([rad("1930"), rad("1810"), rad("1510"), rad("1220"), rad("2086"), rad("2091"), rad("2440")]).toEqual([
      "kassaBank",
      "kortfristigaPlaceringar",
      "fordringar",
      "anlaggningstillgangar",
      "reservfond",
      "egetKapital",
      "kortfristigaSkulder",
    ]);
    expect([rad("3011"), rad("4010"), rad("7832"), rad("8310"), rad("8410"), rad("8999")]).toEqual([
      "intakter",
      "kostnader",
      "avskrivningar",
      "finansiellaIntakter",
      "finansiellaKostnader",
      "resultatdisposition", // 8999 Årets resultat booked at year-end: not an RR row (see balansrakning.ts)
    ]);
    expect(rad("8910")).toBeUndefined(); // skatt: no LKBR row for a förbund, a finding
    // #KTYP decides in 80–87: Kommun-Bas ränteintäkter in 84 (I), a räntekostnad in 85 (K)
    expect([mapKonto("8410", [], "I")?.rad, mapKonto("8510", [], "K")?.rad, mapKonto("8510", [])?.rad]).toEqual([
      "finansiellaIntakter",
      "finansiellaKostnader",
      undefined,
    ]);
    expect([
      arBalanskonto("1930"),
      arBalanskonto("3011"),
      arBalanskonto("8999"),
      arBalanskonto("2999", "K"),
      arBalanskonto("3999", "T"),
    ]).toEqual([true, false, false, false, true]);
    expect(rad("40105")).toBe("kostnader"); // five-digit konto compared on its first four digits
  });

  it("the förbund's own rows win over BAS; a bad row is a finding with its cell", () => {
    const r = readKontoplanSheet(
      sheet([
        ["Kontoplan"],
        ["Konto från", "Konto till", "Rad", "Not", "Grupp", "Insats"],
        [4010, 4019, "Verksamhetens kostnader", "Not 3", "Samverkansinsatser", "Jobbcentrum"],
        [8999, null, "Eget kapital", null, null, null],
        [5000, 5099, "Lokaler", null, null, null],
      ]),
    );
    expect(r.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["KONTO_OMAPPAT C5"]);
    expect(mapKonto("4012", r.rader)).toMatchObject({ insats: "Jobbcentrum", not: "Not 3", kalla: "Kontoplan!A3" });
    expect(mapKonto("8999", r.rader)?.rad).toBe("egetKapital");
  });

  it("the Kontoplan template of Skapa mallar reads back as the BAS defaults", () => {
    const plan = planMallar({ existing: [], idag: "2024-01-10" }).plans.find((p) => p.name === "Kontoplan");
    expect(plan).toBeDefined();
    const values = plan!.rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.value : c)));
    const r = readKontoplanSheet(sheet(values));
    expect(r.issues).toEqual([]);
    expect(r.rader.map(({ fran, till, rad, grupp }) => ({ fran, till, rad, ...(grupp ? { grupp } : {}) }))).toEqual(
      BAS_KONTOPLAN.map(({ fran, till, rad, grupp }) => ({ fran, till, rad, ...(grupp ? { grupp } : {}) })),
    );
  });
});
