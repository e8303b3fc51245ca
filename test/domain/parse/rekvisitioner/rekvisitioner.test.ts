import { parseRekvisitionerLista, readAmount } from "../../../../src/domain/parse/rekvisitioner/rekvisitioner";
import { LISTA, rawSheet } from "../../../fixtures/rekvisitioner/kontroll-2024";

describe("parseRekvisitionerLista", () => {
  it("finds the header under a title row and reads every claim row, skipping the Summa row", () => {
    const out = parseRekvisitionerLista(rawSheet("Rekvisitioner", LISTA), 1)!;
    expect(out.rekvisitioner).toHaveLength(17);
    expect(out.issues).toEqual([]);
    const first = out.rekvisitioner[0];
    expect(first).toMatchObject({
      insats: "Jobbcentrum - Din väg framåt",
      period: { from: "2024-01-01", to: "2024-03-31", label: "2024-Q1" },
      belopp: 663000,
      inkommen: "2024-04-12",
      kostnadsslag: { personal: 540000, lokal: 60000, ovrigt: 63000 },
      sheet: "Rekvisitioner",
      layout: "lista",
      range: "A4:G4",
      position: 1_000_003,
      problem: [],
    });
    expect(first.cells).toEqual({ insats: "A4", period: "B4", belopp: "C4", inkommen: "D4", personal: "E4", lokal: "F4", ovrigt: "G4" });
  });

  it("reads Swedish text amounts and keeps unreadable claims with their problem", () => {
    const rows = parseRekvisitionerLista(rawSheet("Rekvisitioner", LISTA), 0)!.rekvisitioner;
    expect(rows[4].belopp).toBe(465000);
    expect(rows[16].belopp).toBe(-5000);
    expect(rows[10].belopp).toBeNull();
    expect(rows[10].problem[0]).toMatchObject({ code: "REKV_OLASBART_BELOPP", cell: "C14", severity: "fel" });
    expect(rows[10].problem[0].message).toContain("#REF!");
    expect(rows[11].period).toBeNull();
    expect(rows[11].periodText).toBe("första kvartalet");
    expect(rows[11].problem[0]).toMatchObject({ code: "REKV_OLASBAR_PERIOD", cell: "B15" });
    expect(rows[13].inkommen).toBeNull();
    expect(rows[13].problem).toEqual([]);
  });

  it("scales amounts in tkr, unless the text or the number format carries its own unit", () => {
    const sheet = rawSheet("Rekv", [
      ["Rekvisition", "Avser period", "Belopp tkr", "Lokal"],
      ["Bryggan", "2024-H1", 930, "50 kr"],
      ["Bryggan", "2024-H2", "12 tkr", null],
      ["Bryggan", "2025-Q1", 465000, null],
    ]);
    sheet.numberFormats = [[], [], [], [null, null, "#,##0,", null]];
    sheet.values[0][0] = "Insats";
    const rows = parseRekvisitionerLista(sheet, 0)!.rekvisitioner;
    expect(rows.map((r) => r.belopp)).toEqual([930_000, 12_000, 465_000]);
    expect(rows[0].kostnadsslag).toEqual({ lokal: 50 });
  });

  it("reports a missing Belopp column and returns null when there is no table", () => {
    const out = parseRekvisitionerLista(
      rawSheet("Rekvisitioner", [
        ["Insats", "Period"],
        ["Bryggan", "2024-Q1"],
      ]),
      0,
    )!;
    expect(out.rekvisitioner).toEqual([]);
    expect(out.issues[0]).toMatchObject({ code: "REKV_SAKNAD_KOLUMN", sheet: "Rekvisitioner", cell: "A1", severity: "fel" });
    expect(parseRekvisitionerLista(rawSheet("Rekvisitioner", [["Anteckningar"], ["inget här"]]), 0)).toBeNull();
  });

  it("checks a sum row against the claims above it", () => {
    const rows = [
      ["Insats", "Period", "Belopp"],
      ["Bryggan", "2024-Q1", 465000],
      ["RegExPro", "2024-Q1", 311500],
      ["Summa", null, 777500],
    ];
    const out = parseRekvisitionerLista(rawSheet("Rekvisitioner", rows), 0)!;
    expect(out.rekvisitioner).toHaveLength(2);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]).toMatchObject({ code: "REKV_SUMMARAD_STAMMER_INTE", cell: "C4", severity: "varning" });
    expect(out.issues[0].message).toContain("776\u00a0500");
  });

  it("addresses cells from the sheet's origin and reports empty required cells", () => {
    const sheet = rawSheet(
      "Rekvisitioner",
      [
        ["Insats", "Period", "Belopp", "Inkommen"],
        [null, null, 1000, "31/4 2024"],
      ],
      { row: 2, col: 1 },
    );
    const [k] = parseRekvisitionerLista(sheet, 0)!.rekvisitioner;
    expect(k.problem.map((p) => [p.code, p.cell, p.severity])).toEqual([
      ["REKV_SAKNAR_INSATS", "B4", "fel"],
      ["REKV_SAKNAR_PERIOD", "C4", "fel"],
      ["REKV_OLASBART_DATUM", "E4", "varning"],
    ]);
    expect(k.range).toBe("B4:E4");
  });
});

describe("readAmount", () => {
  const s = rawSheet("x", [[1.5, "72 %", "?", null]]);
  it("multiplies plain numbers by the column factor and rejects percentages and text", () => {
    expect(readAmount(s, 0, 0, 1000)).toEqual({ kind: "number", value: 1500 });
    expect(readAmount(s, 0, 1, 1).kind).toBe("error");
    expect(readAmount(s, 0, 2, 1).kind).toBe("error");
    expect(readAmount(s, 0, 3, 1).kind).toBe("empty");
  });
});

describe("privacy", () => {
  it("never copies a personnummer-like value from a claim into its fields or messages", () => {
    const sheet = rawSheet("Rekvisitioner", [
      ["Insats", "Period", "Belopp"],
      ["19811218-9876", "19811218-9876", 1000],
    ]);
    const [k] = parseRekvisitionerLista(sheet, 0)!.rekvisitioner;
    const text = JSON.stringify(k);
    expect(text).not.toContain("9876");
    expect(k.insats).toBe("[personnummer dolt]");
  });
});
