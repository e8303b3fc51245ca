import type { ParsedWorkbook, RawSheet } from "../../../src/domain/model";
import type { PipelineContext } from "../../../src/domain/reports/types";
import type { RekvisitionskontrollResultat } from "../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import { isRekvisitionSheet, readRekvisitioner, rekvisitionerModule } from "../../../src/domain/reports/rekvisitioner";
import { isFormulaCell } from "../../../src/domain/model";
import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { BLANKETT_JOBBCENTRUM_Q2, rawSheet, rekvisitionBase, rekvisitionSheets } from "../../fixtures/rekvisitioner/kontroll-2024";

const ctx = (sheets: RawSheet[], base: ParsedWorkbook = rekvisitionBase()): PipelineContext => ({
  sheets,
  base,
  options: { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" },
});

describe("rekvisitionerModule", () => {
  it("is the rekvisitionskontroll report", () => {
    expect(rekvisitionerModule.kind).toBe("rekvisitionskontroll");
    expect(rekvisitionerModule.label).toBe("Rekvisitionskontroll");
  });

  it("returns null when the workbook has no rekvisitioner (also for an empty template sheet)", () => {
    expect(rekvisitionerModule.run(ctx([rawSheet("Insatser", [["Insats"]])]))).toBeNull();
    expect(rekvisitionerModule.run(ctx([rawSheet("Rekvisitioner", [["Insats", "Period", "Belopp", "Inkommen"]])]))).toBeNull();
  });

  it("returns the issue when the sheet lacks a required column", () => {
    const out = rekvisitionerModule.run(
      ctx([
        rawSheet("Rekvisitioner", [
          ["Insats", "Period"],
          ["Bryggan", "2024-Q1"],
          ["RegExPro", "2024-Q1"],
        ]),
      ]),
    )!;
    expect(out.plans).toEqual([]);
    expect(out.issues.map((i) => i.code)).toEqual(["REKV_SAKNAD_KOLUMN"]);
  });

  it("checks list and forms together and plans one sheet", () => {
    const out = rekvisitionerModule.run(ctx(rekvisitionSheets()))!;
    const result = out.result as RekvisitionskontrollResultat;
    expect(result.rader).toHaveLength(19);
    expect(out.plans).toHaveLength(1);
    expect(out.plans[0].name).toBe("Rekvisitionskontroll 2024-06-30");
    expect(out.issues.filter((i) => i.code === "REKV_DUBBLETT").map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      "Rekvisitioner!B9",
      "Rekv Jobbcentrum Q2!C3",
    ]);
    expect(JSON.parse(JSON.stringify(result)).rader).toHaveLength(19);
  });

  it("finds a duplicate between two forms, the later one by inkommen", () => {
    const earlier = BLANKETT_JOBBCENTRUM_Q2.map((r) => (r[0] === "Inkommen" ? ["Inkommen", null, "2024-07-01"] : r));
    const out = rekvisitionerModule.run(ctx([rawSheet("Rekv JC Q2 igen", BLANKETT_JOBBCENTRUM_Q2), rawSheet("Rekv JC Q2", earlier)]))!;
    const rader = (out.result as RekvisitionskontrollResultat).rader;
    expect(rader.map((r) => [r.sheet, r.bedomning])).toEqual([
      ["Rekv JC Q2 igen", "Åtgärd krävs"],
      ["Rekv JC Q2", "Godkänd"],
    ]);
  });

  it("does not read its own output sheet back on a re-run", () => {
    const first = rekvisitionerModule.run(ctx(rekvisitionSheets()))!;
    const own = first.plans[0];
    const values = own.rows.map((row) => row.map((c) => (isFormulaCell(c) ? c.value : c)));
    const again = rekvisitionerModule.run(ctx([...rekvisitionSheets(), rawSheet(own.name, values)]))!;
    expect((again.result as RekvisitionskontrollResultat).rader).toHaveLength(19);
    expect(again.issues).toEqual(first.issues);
  });
});

describe("isRekvisitionSheet / readRekvisitioner", () => {
  it("takes sheets named Rekv… or titled Rekvisition…, never the Rekvisitionskontroll", () => {
    expect(isRekvisitionSheet(rawSheet("Rekvisitioner", []))).toBe(true);
    expect(isRekvisitionSheet(rawSheet("rekv. Bryggan", []))).toBe(true);
    expect(isRekvisitionSheet(rawSheet("Bryggan Q2", [[], [null, "Rekvisition av medel"]]))).toBe(true);
    expect(isRekvisitionSheet(rawSheet("Utfall", [["Post", "Period", "Utfall"]]))).toBe(false);
    expect(isRekvisitionSheet(rawSheet("Rekvisitionskontroll 2024-06-30", [["Rekvisitionskontroll – X"]]))).toBe(false);
    expect(isRekvisitionSheet(rawSheet("Blad1", [["Rekvisitionskontroll – X"]]))).toBe(false);
  });

  it("lists the sheets it read", () => {
    expect(readRekvisitioner(rekvisitionSheets()).sheets).toEqual(["Rekvisitioner", "Ung framtid Q1", "Rekv Jobbcentrum Q2"]);
  });
});

describe("rekvisitionerModule through the mapping and the aliases", () => {
  const lista = (name: string, insats: string) =>
    rawSheet(name, [
      ["Insats", "Period", "Belopp", "Inkommen"],
      [insats, "2024-Q1", 300_000, "2024-04-10"],
    ]);
  const alias = () =>
    rawSheet("Alias", [
      ["Namn", "Insats"],
      ["Bryggan Östhammar", "Bryggan"],
    ]);
  const run = (sheets: RawSheet[]) => {
    const mapping = detectWorkbook(sheets);
    return rekvisitionerModule.run({ ...ctx(sheets), mapping })!;
  };

  it("a claim written as an alias of the insats is checked against that insats", () => {
    const med = run([lista("Rekvisitioner", "Bryggan Östhammar"), alias()]);
    const rad = (med.result as RekvisitionskontrollResultat).rader[0];
    expect(rad.insatsId).toBe("Bryggan");
    expect(med.issues.map((i) => i.code)).not.toContain("REKV_OKAND_INSATS");
    const utan = run([lista("Rekvisitioner", "Bryggan Östhammar")]);
    expect(utan.issues.filter((i) => i.code === "REKV_OKAND_INSATS").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Rekvisitioner!A2"]);
  });

  it("reads a list the mapping gives kind Rekvisitioner whatever its name, and not a Rekv… sheet the user set to another kind", () => {
    const sheets = [lista("Inkomna ansökningar", "Bryggan")];
    const mapping = detectWorkbook(sheets);
    expect(mapping.sheets[0].kind).toBe("rekvisitioner");
    expect(readRekvisitioner(sheets).sheets).toEqual([]);
    expect(readRekvisitioner(sheets, mapping).sheets).toEqual(["Inkomna ansökningar"]);
    const rekv = [lista("Rekv Q1", "Bryggan")];
    const m = detectWorkbook(rekv);
    const off = { ...m, sheets: m.sheets.map((s) => ({ ...s, kind: "annat" as const, corrected: true })) };
    expect(readRekvisitioner(rekv, m).sheets).toEqual(["Rekv Q1"]);
    expect(readRekvisitioner(rekv, off).sheets).toEqual([]);
  });
});
