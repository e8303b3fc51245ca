import { applyMapping, openForSearch, primarySheetOfKind, sheetsOfKind } from "../../../src/domain/detect/apply";
import { correctColumn } from "../../../src/domain/detect/edit";
import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { parseDeltagare } from "../../../src/domain/parse/deltagare/deltagare";
import { findDeltagareSheet } from "../../../src/domain/parse/deltagare/deltagare-sheets";
import { sheet } from "./helpers";

describe("applyMapping", () => {
  const exportSheet = sheet("Export", [
    ["Deltagarfil"],
    ["Nr", "Projekt", "Kön", "Inskrivningsdag", "Utskrivningsdag"],
    ["D1", "A", "Kvinna", "3 mars 2021", "15/6 2021"],
  ]);

  it("renames a record sheet's headers in place to the mapped standard names, so its module reads it", () => {
    const m = detectWorkbook([exportSheet]);
    const corrected = correctColumn(correctColumn(m, "Export", "A", { role: "id", header: "Nr" }), "Export", "E", {
      role: "utskriven",
      header: "Utskrivningsdag",
    });
    const fixed = { ...corrected, sheets: corrected.sheets.map((s) => ({ ...s, kind: "deltagare" as const })) };
    const applied = applyMapping([exportSheet], fixed);
    expect(applied.sheets[0].values[1]).toEqual(["Deltagar-ID", "Insats", "Kön", "Inskriven", "Utskriven"]);
    expect(applied.sheets[0].values[2]).toBe(exportSheet.values[2]);
    const s = findDeltagareSheet(applied.sheets)!;
    const p = parseDeltagare(s);
    expect(p.tabell.rader.map((r) => [r.inskriven, r.utskriven])).toEqual([["2021-03-03", "2021-06-15"]]);
    expect(sheetsOfKind(applied.sheets, applied.mapping, "deltagare").map((x) => x.name)).toEqual(["Export"]);
  });

  it("a changed layout gives LAYOUT_ANDRAD with the changed cells and carries the user's corrections along", () => {
    const m = correctColumn(detectWorkbook([exportSheet]), "Export", "A", { role: "id" });
    const inserted = sheet("Export", [
      ["Deltagarfil"],
      ["Kommun", "Nr", "Projekt", "Kön", "Inskrivningsdag", "Utskrivningsdag"],
      ["Heby", "D1", "A", "Kvinna", "3 mars 2021", null],
    ]);
    const applied = applyMapping([inserted], m);
    expect(applied.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["LAYOUT_ANDRAD", "varning", "A2"]]);
    expect(applied.issues[0].message).toContain('A2: "Nr" → "Kommun"');
    const nr = applied.mapping.sheets[0].columns.find((c) => c.header === "Nr");
    expect(nr).toMatchObject({ column: "B", role: "id" });
  });

  it("an unchanged layout keeps the saved mapping and gives no issue", () => {
    const m = detectWorkbook([exportSheet]);
    const applied = applyMapping([exportSheet], m);
    expect(applied.issues).toEqual([]);
    expect(applied.mapping.sheets[0]).toEqual(m.sheets[0]);
  });

  it("primarySheetOfKind prefers the sheet named after the kind, then the most confident; openForSearch leaves out claimed sheets", () => {
    const a = sheet("Lista", [
      ["Medlem", "Typ", "Invånare"],
      ["Heby kommun", "Kommun", 14_000],
    ]);
    const b = sheet("Medlemmar", [
      ["Medlem", "Typ"],
      ["Heby kommun", "Kommun"],
    ]);
    const m = detectWorkbook([a, b]);
    expect(primarySheetOfKind([a, b], m, "medlemmar")?.name).toBe("Medlemmar");
    expect(primarySheetOfKind([a], detectWorkbook([a]), "medlemmar")?.name).toBe("Lista");
    expect(primarySheetOfKind([a], undefined, "medlemmar")).toBeUndefined();
    const ins = sheet("Insatser", [
      ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
      ["A", "Individ", "Heby kommun", "2024-01-01", "2024-12-31"],
    ]);
    const notes = sheet("Anteckningar", [["Möte"]]);
    expect(openForSearch([ins, notes], detectWorkbook([ins, notes]), "deltagare").map((s) => s.name)).toEqual(["Anteckningar"]);
    expect(openForSearch([ins, notes], undefined, "deltagare")).toHaveLength(2);
  });
});
