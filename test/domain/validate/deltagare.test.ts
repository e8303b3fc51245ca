import type { CellValue } from "../../../src/domain/model/raw";
import type { Insats } from "../../../src/domain/model/records";
import { parseDeltagare } from "../../../src/domain/parse/deltagare/deltagare";
import { DELT_CODES } from "../../../src/domain/text/deltagare-koder";
import { validateDeltagare } from "../../../src/domain/validate/deltagare";
import { sheet } from "../parse/sheet-helper";

const HEADER = ["Deltagar-ID", "Insats", "Kön", "Inskriven", "Utskriven", "Avslutningsorsak", "Anonym"];
const insats = (namn: string, start: string, slut: string, lang?: string): Insats => ({
  insats: namn,
  namn: lang,
  typ: "individ",
  agare: "Kommun",
  start,
  slut,
  budgetPerAr: {},
  source: { sheet: "Insatser", cell: "A2" },
});
const INSATSER = [
  insats("Jobbcentrum", "2022-01-01", "2024-12-31", "Jobbcentrum – Din väg framåt"),
  insats("Bryggan", "2023-09-01", "2025-12-31"),
];

function run(rows: CellValue[][], insatser: Insats[] = INSATSER) {
  const s = sheet("Deltagare", [HEADER, ...rows]);
  const p = parseDeltagare(s);
  return validateDeltagare(p.tabell, s, insatser);
}

describe("validateDeltagare", () => {
  it("accepts clean rows and resolves the insats by short or long name, case and dashes ignored", () => {
    const { underlag, issues } = run([
      ["A-1", "Jobbcentrum", "K", "2024-01-10", "2024-03-01", "Studier", "Nej"],
      ["A-2", "jobbcentrum - din väg framåt", "M", "2024-01-10", null, null, "Nej"],
      ["A-3", "BRYGGAN", "M", "2024-02-01", null, null, "Ja"],
    ]);
    expect(issues).toEqual([]);
    expect([...underlag.radInsats]).toEqual([0, 0, 1]);
  });

  it("DELT_UTSKRIVEN_FORE_INSKRIVEN: fel at the Utskriven cell, row not counted", () => {
    const { underlag, issues } = run([["A-1", "Jobbcentrum", "K", "2024-03-01", "2024-02-01", "Studier"]]);
    expect(issues).toEqual([expect.objectContaining({ code: DELT_CODES.DELT_UTSKRIVEN_FORE_INSKRIVEN, cell: "E2", severity: "fel" })]);
    expect(underlag.radInsats[0]).toBe(-1);
  });

  it("DELT_AVSLUTSORSAK_SAKNAS at the Avslutningsorsak cell (an unknown written reason is reported by parse instead)", () => {
    const { issues } = run([
      ["A-1", "Jobbcentrum", "K", "2024-01-01", "2024-02-01", null],
      ["A-2", "Jobbcentrum", "K", "2024-01-01", "2024-02-01", "Lottovinst"],
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([[DELT_CODES.DELT_AVSLUTSORSAK_SAKNAS, "F2", "varning"]]);
  });

  it("DELT_ANONYM_UTSKRIVEN: anonymous with an Utskriven date (no orsak issue for them)", () => {
    const { issues, underlag } = run([["A-1", "Bryggan", "K", "2024-01-01", "2024-02-01", null, "Ja"]]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([[DELT_CODES.DELT_ANONYM_UTSKRIVEN, "E2"]]);
    expect(underlag.radInsats[0]).toBe(1);
  });

  it("DELT_DUBBLETT_OVERLAPP: the same ID twice in one insats with overlapping dates — not for consecutive periods or other insatser", () => {
    const { issues } = run([
      ["A-1", "Jobbcentrum", "K", "2024-01-01", "2024-03-01", "Studier"],
      ["A-1", "Jobbcentrum", "K", "2024-02-15", null, null],
      ["A-2", "Jobbcentrum", "M", "2023-01-01", "2023-05-01", "Flytt"],
      ["A-2", "Jobbcentrum", "M", "2023-06-01", null, null],
      ["A-3", "Jobbcentrum", "M", "2024-01-01", null, null],
      ["A-3", "Bryggan", "M", "2024-01-01", null, null],
    ]);
    const dubbletter = issues.filter((i) => i.code === DELT_CODES.DELT_DUBBLETT_OVERLAPP);
    expect(dubbletter.map((i) => i.cell)).toEqual(["A3"]);
    expect(dubbletter[0].message).toContain("se även rad 2");
    expect(dubbletter[0].message).not.toContain("A-1");
  });

  it("DELT_OKAND_INSATS: fel once per spelling with the closest name; rows not counted", () => {
    const rows: CellValue[][] = [
      ["A-1", "Jobcentrum", "K", "2024-01-01"],
      ["A-2", "Jobcentrum", "K", "2024-01-01"],
      ["A-3", "Okänt projekt", "K", "2024-01-01"],
    ];
    const { issues, underlag } = run(rows);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      [DELT_CODES.DELT_OKAND_INSATS, "B2", "fel"],
      [DELT_CODES.DELT_OKAND_INSATS, "B4", "fel"],
    ]);
    expect(issues[0].message).toContain('Menade du "Jobbcentrum"?');
    expect(issues[0].message).toContain("Samma sak gäller 2 rader.");
    expect([...underlag.radInsats]).toEqual([-1, -1, -1]);
  });

  it("DELT_UTANFOR_INSATSPERIOD: inskriven before start, utskriven after slut", () => {
    const { issues } = run([
      ["A-1", "Bryggan", "K", "2023-08-01", null],
      ["A-2", "Jobbcentrum", "K", "2024-06-01", "2025-02-01", "Flytt"],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      [DELT_CODES.DELT_UTANFOR_INSATSPERIOD, "D2"],
      [DELT_CODES.DELT_UTANFOR_INSATSPERIOD, "E3"],
    ]);
  });

  it("without an Insatser sheet takes the insatser as written (one info issue)", () => {
    const { issues, underlag } = run(
      [
        ["A-1", "Steget", "K", "2024-01-01"],
        ["A-2", "steget", "K", "2024-01-01"],
        ["A-3", "Vägen", "K", "2024-01-01"],
      ],
      [],
    );
    expect(issues.map((i) => [i.code, i.severity])).toEqual([[DELT_CODES.DELT_OKAND_INSATS, "info"]]);
    expect(underlag.insatser.map((i) => i.namn)).toEqual(["Steget", "Vägen"]);
    expect([...underlag.radInsats]).toEqual([0, 0, 1]);
  });

  it("one issue for a sheet without an Avslutningsorsak column", () => {
    const s = sheet("Deltagare", [
      ["ID", "Insats", "Kön", "Inskriven", "Utskriven"],
      ["A-1", "Bryggan", "K", "2024-01-01", "2024-02-01"],
      ["A-2", "Bryggan", "K", "2024-01-01", "2024-03-01"],
    ]);
    const { issues } = validateDeltagare(parseDeltagare(s).tabell, s, INSATSER);
    expect(issues).toEqual([expect.objectContaining({ code: DELT_CODES.DELT_AVSLUTSORSAK_SAKNAS, cell: "A1" })]);
    expect(issues[0].message).toContain("2 utskrivna");
  });
});
