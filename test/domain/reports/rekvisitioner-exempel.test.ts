import type { RekvisitionskontrollResultat } from "../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import type { CellValue, RawSheet } from "../../../src/domain/model";
import { isoToSerial } from "../../../src/domain/text/sv-date";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { rekvisitionerModule } from "../../../src/domain/reports/rekvisitioner";
import { basSheets } from "../../fixtures/exempel/bas";
import { rekvisitionerSheets } from "../../fixtures/exempel/rekvisitioner";
import { headerRowNumber, isRawFixtureSheet, type AnyFixtureSheet, type FixtureCell } from "../../fixtures/exempel/sheet-spec";

/** A fixture sheet as a host would read it: dates as Excel serials, formulas as their cached results. */
function toRaw(s: AnyFixtureSheet): RawSheet {
  if (isRawFixtureSheet(s))
    return { name: s.name, origin: { row: 0, col: 0 }, values: s.rows.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))) };
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

function run(mistakes: boolean) {
  const sheets = [...basSheets({ mistakes }), ...rekvisitionerSheets({ mistakes })].map(toRaw);
  const out = runPipeline(sheets, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-20" }, { modules: [rekvisitionerModule] });
  return out.results.rekvisitionskontroll as RekvisitionskontrollResultat;
}

const verdicts = (r: RekvisitionskontrollResultat) =>
  Object.fromEntries(
    r.rader
      .filter((x) => x.bedomning !== "Godkänd")
      .map((x) => [`${x.insats} ${x.period}${x.sheet === "Rekvisitioner" ? "" : " (blankett)"}`, x.bedomning]),
  );

describe("the example workbook's Rekvisitioner sheet (Uppsala 2024 Q1–Q2)", () => {
  it("approves all but the late Framsteget Q2 (the clean workbook has no Förstudie claim)", () => {
    const r = run(false);
    expect(r.rader).toHaveLength(20);
    expect(verdicts(r)).toEqual({ "Framsteget 2.0 2024-Q2": "Godkänd med anmärkning" });
    // The claims add up to the utfall 2024-06-30 of the samverkansinsatser without the förstudie: 9 627 700 − 115 000 kr.
    expect(r.summaBelopp).toBe(9_627_700 - 115_000);
    expect(r.summaAttBetala).toBe(9_627_700 - 115_000);
    const lokus = r.rader.find((x) => x.insats === "Lokussamordnare Uppsala" && x.period === "2024-Q2")!;
    expect(lokus.kvotEfter).toBeCloseTo(198_700 / 180_000, 10);
    expect(Math.round(lokus.kvotEfter! * 100)).toBe(110);
    expect(lokus.flagga).toBe("hög");
    const jc = r.rader.find((x) => x.insats === "Jobbcentrum" && x.period === "2024-Q2")!;
    expect(jc.kvotEfter).toBeCloseTo(955 / 1326, 10);
  });

  it("with mistakes: the kostnadsslag error and the form sent twice need action", () => {
    const r = run(true);
    expect(r.rader).toHaveLength(22);
    expect(r.summaBelopp).toBe(9_627_700 + 423_900);
    expect(verdicts(r)).toEqual({
      "Framsteget 2.0 2024-Q2": "Godkänd med anmärkning",
      "Kvinna Hälsa Arbete 2024-Q2": "Åtgärd krävs",
      "Förstudie pilotprojekt 2024-Q2": "Åtgärd krävs",
      "Bryggan 2024-Q1 (blankett)": "Åtgärd krävs",
    });
    const dup = r.rader.find((x) => x.sheet === "Rekv Bryggan Q1")!;
    expect(dup.dubblettAv).toEqual({ sheet: "Rekvisitioner", cell: "A18" });
  });
});
