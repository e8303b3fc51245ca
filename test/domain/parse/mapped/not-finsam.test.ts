import type { CellValue } from "../../../../src/domain/model/raw";
import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import { rawSheet } from "../../../fixtures/layouts/build";
import { KVOT_CORPUS } from "../../../fixtures/layouts/kvot/cases";

/**
 * Issue 14 pattern 9: a travel-expense workbook (Namn | Datum | Resmål | Kategori | Belopp) became 40 insatser
 * named after travellers with exit 0. It is now stopped with "Det här ser inte ut som en finsam-arbetsbok"
 * (EJ_FINSAM_ARBETSBOK, fel) and nothing is read; every workbook of the kvot corpus still is.
 */
function travelBook() {
  const names = ["Anna Berg", "Per Ek", "Lisa Holm", "Omar Said", "Eva Lind"];
  const rows: CellValue[][] = [["Reseräkningar 2024"], [], ["Namn", "Datum", "Resmål", "Kategori", "Belopp"]];
  for (let k = 0; k < 40; k++)
    rows.push([
      `${names[k % 5]} ${k}`,
      `2024-0${1 + (k % 6)}-1${k % 9}`,
      ["Umeå", "Stockholm", "Luleå"][k % 3],
      ["Hotell", "Resa", "Traktamente"][k % 3],
      450 + k * 37,
    ]);
  return [rawSheet("Resor", rows)];
}

it("a travel-expense book is not read as insatser: it stops with a Swedish message", () => {
  const r = runPipeline(travelBook(), { fran: "2024-01-01", till: "2024-06-30", idag: "2024-07-01" });
  const stop = r.issues.find((i) => i.code === "EJ_FINSAM_ARBETSBOK");
  expect(stop?.severity).toBe("fel");
  expect(stop?.message).toMatch(/^Det här ser inte ut som en finsam-arbetsbok/);
  expect(stop?.message).toMatch(/Skapa mallar/);
  expect(r.base.insatser).toEqual([]);
  expect(r.results.forbrukningskvot).toBeUndefined();
});

it("no workbook of the kvot corpus is stopped", () => {
  for (const c of KVOT_CORPUS) {
    const r = runPipeline(c.sheets(), c.options);
    expect([c.id, r.issues.some((i) => i.code === "EJ_FINSAM_ARBETSBOK")]).toEqual([c.id, false]);
  }
});
