import { parseRekvisitionBlankett } from "../../../../src/domain/parse/rekvisitioner/blankett";
import { BLANKETT_JOBBCENTRUM_Q2, BLANKETT_UNG_FRAMTID, rawSheet } from "../../../fixtures/rekvisitioner/kontroll-2024";

describe("parseRekvisitionBlankett", () => {
  it("reads the form with labels ending in ':' and amounts in tkr", () => {
    const k = parseRekvisitionBlankett(rawSheet("Ung framtid Q1", BLANKETT_UNG_FRAMTID), 2)!;
    expect(k).toMatchObject({
      insats: "Ung framtid",
      period: { label: "2024-Q1" },
      inkommen: "2024-04-15",
      belopp: 1_085_000,
      kostnadsslag: { personal: 900_000, lokal: 85_000, ovrigt: 100_000 },
      layout: "blankett",
      position: 2_000_002,
      problem: [],
    });
    expect(k.cells).toEqual({ insats: "B3", period: "B5", inkommen: "B6", belopp: "B12", personal: "B9", lokal: "B10", ovrigt: "B11" });
    expect(k.range).toBe("A3:B12");
  });

  it("reads values two columns to the right and an Excel date serial", () => {
    const k = parseRekvisitionBlankett(rawSheet("Rekv Jobbcentrum Q2", BLANKETT_JOBBCENTRUM_Q2), 3)!;
    expect(k.insats).toBe("Jobbcentrum – Din väg framåt");
    expect(k.inkommen).toBe("2024-07-15");
    expect(k.belopp).toBe(663000);
    expect(k.cells.insats).toBe("C2");
  });

  it("reads values written in the label cell and prefers a readable Summa to an empty Belopp heading", () => {
    const k = parseRekvisitionBlankett(
      rawSheet("Rekv Bryggan", [
        ["Rekvisition av medel"],
        ["Insats: Bryggan", null, null],
        ["Period (kvartal/halvår): 2024-H1"],
        ["Datum: 2024-07-02"],
        ["Kostnadsslag", "Belopp (kr)", "Kommentar"],
        ["Personalkostnader", 800_000, "två tjänster"],
        ["Övriga kostnader", 130_000, null],
        ["Summa: 930 000 kr"],
      ]),
      0,
    )!;
    expect(k).toMatchObject({
      insats: "Bryggan",
      belopp: 930_000,
      inkommen: "2024-07-02",
      kostnadsslag: { personal: 800_000, ovrigt: 130_000 },
    });
    expect(k.period?.label).toBe("2024-H1");
    expect(k.cells.belopp).toBe("A8");
  });

  it("keeps a form without summa or period, with its problems", () => {
    const k = parseRekvisitionBlankett(
      rawSheet("Rekv", [
        ["Insats", "Bryggan"],
        ["Period", null],
        ["Personal", 1000],
        ["Summa", "ca 1000"],
      ]),
      0,
    )!;
    expect(k.problem.map((p) => [p.code, p.cell])).toEqual([
      ["REKV_SAKNAR_PERIOD", "B2"],
      ["REKV_OLASBART_BELOPP", "B4"],
    ]);
  });

  it("is null for a sheet that is not a form, and for a list header row", () => {
    expect(parseRekvisitionBlankett(rawSheet("Rekv", [["Anteckningar om rekvisitioner"], ["Insats", "Bryggan"]]), 0)).toBeNull();
    expect(parseRekvisitionBlankett(rawSheet("Rekvisitioner", [["Insats", "Period", "Belopp"]]), 0)).toBeNull();
  });
});

describe("parseRekvisitionBlankett, labels over their values", () => {
  it("reads a row of labels with the values in the row below", () => {
    const k = parseRekvisitionBlankett(
      rawSheet("Rekv RegExPro", [
        ["Rekvisition"],
        ["Insats", "Period", "Inkommen"],
        ["RegExPro", "2024-Q1", "2024-04-29"],
        [],
        ["Personal", "Lokal", "Övrigt", "Summa"],
        [280_000, 10_000, 19_800, 309_800],
      ]),
      0,
    )!;
    expect(k).toMatchObject({
      insats: "RegExPro",
      belopp: 309_800,
      inkommen: "2024-04-29",
      kostnadsslag: { personal: 280_000, lokal: 10_000, ovrigt: 19_800 },
    });
    expect(k.cells).toMatchObject({ insats: "A3", belopp: "D6" });
  });
});

describe("parseRekvisitionBlankett does not take a list for a form", () => {
  it("ignores a header with several rows under it", () => {
    expect(
      parseRekvisitionBlankett(
        rawSheet("Rekv", [
          ["Insats", "Period"],
          ["Bryggan", "2024-Q1"],
          ["RegExPro", "2024-Q1"],
        ]),
        0,
      ),
    ).toBeNull();
  });
});
