import type { CellValue } from "../../../../src/domain/model/raw";
import { parseDeltagare } from "../../../../src/domain/parse/deltagare/deltagare";
import { findDeltagareSheet } from "../../../../src/domain/parse/deltagare/deltagare-sheets";
import { DELT_CODES } from "../../../../src/domain/text/deltagare-koder";
import { detectWorkbook } from "../../../../src/domain/detect/detect-workbook";
import { sheet } from "../sheet-helper";

const HEADER = [
  "Deltagar-ID",
  "Insats",
  "Kön",
  "Födelseår",
  "Inskriven",
  "Utskriven",
  "Avslutningsorsak",
  "Anonym",
  "Utbildning",
  "Handlingsplan",
  "Sysselsättningsgrad",
  "År i offentlig försörjning",
];
const parse = (rows: CellValue[][], title = true) =>
  parseDeltagare(sheet("Deltagare", title ? [["Deltagare jan–jun 2024 (pseudonymiserat)"], [], HEADER, ...rows] : [HEADER, ...rows]));

describe("parseDeltagare", () => {
  it("finds the header below a title and reads every column (serials, Swedish dates, synonyms, percentages)", () => {
    const { tabell, issues } = parse([
      ["A-1", "Jobbcentrum", "Kvinna", 1990, 45292, "30/6 2024", "Studerande", "Nej", "Gymnasial", "Ja", null, "3+"],
      ["A-2", "Jobbcentrum", "M", 2001, "2024-02-01", null, null, "X", "Högskola", "Nej", null, 1],
      ["A-3", "Bryggan", "K", "1985", "2024-03-01", 45473, "Arbete med subvention", "", "", "", "75 %", "minst 4 år"],
    ]);
    expect(issues).toEqual([]);
    expect(tabell.rader).toHaveLength(3);
    const [a, b, c] = tabell.rader;
    expect(a).toMatchObject({
      id: "A-1",
      insats: "Jobbcentrum",
      kon: "K",
      alder: 34,
      inskriven: "2024-01-01",
      utskriven: "2024-06-30",
      avslutningsorsak: "studier",
      anonym: false,
      utbildning: "gymnasium",
      handlingsplan: true,
      arIOffentligForsorjning: 3,
      row: 3,
    });
    expect(b).toMatchObject({
      kon: "M",
      alder: 23,
      utskriven: null,
      avslutningsorsak: null,
      anonym: true,
      utbildning: "eftergymnasial",
      handlingsplan: false,
    });
    expect(c).toMatchObject({
      avslutningsorsak: "subventionerat_arbete",
      sysselsattningsgrad: 0.75,
      utbildning: "okand",
      handlingsplan: null,
      arIOffentligForsorjning: 4,
      utskriven: "2024-06-30",
    });
  });

  it("reports an unknown category value once per value, with the closest allowed value, and counts it as unknown", () => {
    const { tabell, issues } = parse([
      ["A-1", "X", "K", 1990, 45292, null, null, "Nej", "Gymnasiet", "Ja"],
      ["A-2", "X", "K", 1990, 45292, null, null, "Nej", "Gymnasiet", "Ja"],
      ["A-3", "X", "Kvina", 1990, 45292, 45300, "Sjukskriven länge", "Nej", "", "Kanske"],
    ]);
    const okanda = issues.filter((i) => i.code === DELT_CODES.DELT_OKANT_VARDE);
    expect(okanda.map((i) => i.cell)).toEqual(["I4", "C6", "G6", "J6"]);
    expect(okanda[0].message).toContain('Menade du "Gymnasium"?');
    expect(okanda[0].message).toContain("Samma sak gäller 2 rader.");
    expect(okanda[1].message).toContain('Menade du "K"?');
    expect(tabell.rader[0].utbildning).toBe("okand");
    expect(tabell.rader[2]).toMatchObject({ kon: null, avslutningsorsak: "okand", handlingsplan: null });
  });

  it("flags personnummer-like values in ANY column without quoting them, and never keeps them", () => {
    const rows: CellValue[][] = [
      ["19121212-1212", "121212-1212", "K", 1990, 45292, null, null, "Nej", "", "", null, null, "Ring 121212-1212"],
    ];
    const { tabell, issues } = parseDeltagare(sheet("Deltagare", [[...HEADER, "Anteckning"], ...rows]));
    const pnr = issues.filter((i) => i.code === DELT_CODES.DELT_PERSONNUMMER);
    expect(pnr.map((i) => i.cell)).toEqual(["A2", "B2", "M2"]);
    expect(pnr.every((i) => i.severity === "varning" && !/\d{6}/.test(i.message))).toBe(true);
    expect(pnr[0].message).toContain("kontrollsiffran stämmer");
    const rad = tabell.rader[0];
    expect(rad.id).toBe("");
    expect(rad.insats).toBe("");
    expect(rad.idKey).not.toContain("1212");
    expect(JSON.stringify(tabell)).not.toMatch(/121212/);
  });

  it("marks rows with a missing or unreadable date as not counted (fel) and reads Excel errors as errors", () => {
    const { tabell, issues } = parse([
      ["A-1", "X", "K", 1990, null, null],
      ["A-2", "X", "K", 1990, "igår", null],
      ["A-3", "X", "K", 1990, 45292, "31/2 2024"],
      ["A-4", "X", "K", 1990, "#REF!", null],
      ["A-5", "X", "K", 1990, 45292, null],
    ]);
    expect(tabell.rader.map((r) => r.olasbar)).toEqual([true, true, true, true, false]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["SAKNAT_VARDE", "E4", "fel"],
      ["OLASBART_DATUM", "E5", "fel"],
      ["OLASBART_DATUM", "F6", "fel"],
      ["EXCEL_FEL", "E7", "fel"],
    ]);
  });

  it("skips blank and sum rows; warns about a missing ID or kön", () => {
    const { tabell, issues } = parse([["A-1", "X", "K", 1990, 45292], [], [null, "X", null, 1990, 45292], ["Summa", 3]]);
    expect(tabell.rader).toHaveLength(2);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["SAKNAT_VARDE", "A6"],
      ["SAKNAT_VARDE", "C6"],
    ]);
  });

  it("without the required columns gives SAKNAD_KOLUMN and no rows", () => {
    const { tabell, issues } = parseDeltagare(
      sheet("Deltagare", [
        ["Namn", "Insats", "Kön"],
        ["A", "X", "K"],
      ]),
    );
    expect(tabell.rader).toEqual([]);
    // Kön and Inskriven are required; Deltagar-ID is not (without it the rows are counted, duplicates not checked).
    expect(issues.map((i) => i.code)).toEqual(["SAKNAD_KOLUMN"]);
    expect(issues[0].message).toContain("Inskriven");
  });

  it("lists at most 200 issues of one code and summarises the rest", () => {
    const rows: CellValue[][] = Array.from({ length: 250 }, (_, i) => [`A-${i}`, "X", "K", 1990, `dag ${i}`]);
    const { issues } = parse(rows);
    expect(issues.filter((i) => i.code === "OLASBART_DATUM")).toHaveLength(200);
    expect(issues.at(-1)).toMatchObject({ code: DELT_CODES.DELT_FLER_AV_SAMMA, severity: "info" });
    expect(issues.at(-1)?.message).toContain("50 fler");
  });

  it("finds the Deltagare sheet by name, or by its columns", () => {
    const other = sheet("Budget", [["Post", "Budget"]]);
    const named = sheet("Deltagare 2024", [["x"]]);
    const byColumns = sheet("Data från insatserna", [HEADER]);
    expect(findDeltagareSheet([other, named])).toBe(named);
    expect(findDeltagareSheet([other, byColumns])).toBe(byColumns);
    expect(findDeltagareSheet([other, sheet("Uppföljning deltagare 2024", [["Insats", "K"]])])).toBeUndefined();
  });

  it("with a mapping, takes the sheet it gives kind Deltagare, not a published K/M table named Deltagare", () => {
    const published = sheet("Deltagare 2021", [
      ["Tabell 6. Utfall för deltagare"],
      ["Individinsatser", "Inregistrerade perioden", null, null],
      [null, "K", "M", "S: a"],
      ["Framsteget", 27, 46, 73],
      ["Jobbcentrum", 29, 33, 62],
    ]);
    const list = sheet("Export", [
      ["Löpnr", "Projekt", "Kön", "Startdatum"],
      ["D1", "Jobbcentrum", "K", "2021-03-01"],
    ]);
    expect(findDeltagareSheet([published, list])).toBe(published);
    const mapping = detectWorkbook([published, list]);
    expect(mapping.sheets.map((m) => m.kind)).toEqual(["uppfoljningstabell", "deltagare"]);
    expect(findDeltagareSheet([published, list], mapping)).toBe(list);
    expect(findDeltagareSheet([published], detectWorkbook([published]))).toBeUndefined();
  });
});
