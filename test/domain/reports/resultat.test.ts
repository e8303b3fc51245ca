import { formatPercent } from "../../../src/domain/text/format";
import { EGET_KAPITAL_OVER_TAK } from "../../../src/domain/compute/nyckeltal/eget-kapital-tak";
import type { ResultatNyckeltal } from "../../../src/domain/compute/nyckeltal/resultat";
import type { Resultatrakning } from "../../../src/domain/compute/resultatrakning";
import { isFormulaCell, type CellValue, type RawSheet } from "../../../src/domain/model";
import { isoToSerial } from "../../../src/domain/text/sv-date";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { resultatModule } from "../../../src/domain/reports/resultat";
import { basSheets } from "../../fixtures/exempel/bas";
import { headerRowNumber, type FixtureCell, type FixtureSheet } from "../../fixtures/exempel/sheet-spec";
import { molndal2016 } from "../fixtures/molndal-2016";
import { uppsala2024 } from "../fixtures/uppsala-2024";

const options = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };
type Result = { resultatrakning: Resultatrakning; nyckeltal: ResultatNyckeltal };

/** A fixture sheet as a host reads it: dates as Excel serials, formulas as their cached results. */
function toRaw(s: FixtureSheet): RawSheet {
  const cell = (c: FixtureCell): CellValue => (c === null || typeof c !== "object" ? c : "date" in c ? isoToSerial(c.date) : c.result);
  const rows: CellValue[][] = [[s.title]];
  if (s.subtitle) rows.push([s.subtitle]);
  while (rows.length < headerRowNumber(s) - 1) rows.push([]);
  rows.push(s.header, ...s.rows.map((r) => r.map(cell)));
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: s.name,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
  };
}

describe("report module Resultat", () => {
  it("plans one sheet of kind resultat keyed by till; årets resultat is the driftsredovisning's −620 tkr", () => {
    const out = resultatModule.run({ sheets: [], base: uppsala2024(), options })!;
    expect(resultatModule.kind).toBe("resultat");
    expect(out.plans.map((p) => [p.kind, p.key, p.name])).toEqual([["resultat", "2024-06-30", "Resultat 2024-06-30"]]);
    const r = out.result as Result;
    expect(Math.round(r.resultatrakning.aretsResultat.utfall / 1000)).toBe(-620);
    expect(
      out.issues.filter((i) => i.severity !== "info" || ["POST_UTAN_BUDGET", "EGET_KAPITAL_SAKNAS"].includes(i.code)).map((i) => i.code),
    ).toEqual(["POST_UTAN_BUDGET", "EGET_KAPITAL_SAKNAS"]);
  });

  it("returns null without budget or without utfall", () => {
    const base = uppsala2024();
    expect(resultatModule.run({ sheets: [], base: { ...base, insatser: [], budget: [] }, options })).toBeNull();
    expect(resultatModule.run({ sheets: [], base: { ...base, utfall: [], sourceSheets: {} }, options })).toBeNull();
  });

  it("Mölndal 2016-08-31: 17,1 %, no varning", () => {
    const out = resultatModule.run({
      sheets: [],
      base: molndal2016(),
      options: { fran: "2016-01-01", till: "2016-08-31", idag: "2016-10-01" },
    })!;
    const ek = (out.result as Result).nyckeltal.egetKapital!;
    expect(formatPercent(ek.andelMedReservfond!)).toBe("17,1 %");
    expect(out.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("the example workbook (Ackumulerat överskott 6 360 000, Reservfond 1 000 000)", () => {
  const sheets = basSheets({ mistakes: false }).map(toRaw);
  const out = runPipeline(sheets, options, { modules: [resultatModule] });
  const r = out.results.resultat as Result;

  it("eget kapital 2024-06-30 = 6 360 + 1 000 − 620 = 6 740 tkr = 28,9 % of 23 322 tkr; 24,6 % without the reservfond", () => {
    const ek = r.nyckeltal.egetKapital!;
    expect(ek.ek).toEqual({
      ackumuleratOverskott: 6_360_000,
      reservfond: 1_000_000,
      aretsResultat: -619_700,
      egetKapital: 6_740_300,
      egetKapitalUtanReservfond: 5_740_300,
    });
    expect(r.nyckeltal.medlemsbidrag).toEqual({ belopp: 23_322_000, kalla: "Inställningar" });
    expect([formatPercent(ek.andelMedReservfond!), formatPercent(ek.andelUtanReservfond!)]).toEqual(["28,9 %", "24,6 %"]);
  });

  it("warns EGET_KAPITAL_OVER_TAK at the Ackumulerat överskott cell on the YEAR-END prognos: 5 830 tkr = 25,0 % / 20,7 % (domain.md §3.2)", () => {
    const over = out.issues.filter((i) => i.code === EGET_KAPITAL_OVER_TAK);
    expect(over).toEqual([expect.objectContaining({ severity: "varning", sheet: "Inställningar", cell: "B7" })]);
    // 6 360 + 1 000 + prognos −1 530 (every post's and insats' prognos given, as Uppsala's Ekonomisk information) = 5 830 tkr.
    expect(Math.round(r.resultatrakning.aretsResultat.prognosHelar! / 1000)).toBe(-1530);
    expect(over[0].message).toContain("vid årets slut enligt prognosen");
    expect(over[0].message).toContain("25,0 %");
    expect(over[0].message).toContain("20,7 %");
  });

  it("utfall mot årsbudget: Förtroendevalda 22 %, Förvaltning 58 %", () => {
    const rader = r.nyckeltal.utfallMotArsbudget.map((x) => [x.post, x.slag, Math.round((x.andel ?? 0) * 100)]);
    expect(rader).toEqual([
      ["Förtroendevalda", "fortroendevalda", 22],
      ["Förvaltning", "forvaltning", 58],
      ["Kansli ESF", "forvaltning", 50],
    ]);
  });

  it("the Resultat sheet is written before the Valideringsrapport, its Årets resultat −620 tkr", () => {
    expect(out.plans.map((p) => p.kind)).toEqual(["resultat", "valideringsrapport"]);
    const row = out.plans[0].rows.find((x) => x[0] === "Periodens resultat 2024-06-30")!;
    const c = row[2];
    expect(isFormulaCell(c) && Math.round(Number(c.value) / 1000)).toBe(-620);
  });
});
