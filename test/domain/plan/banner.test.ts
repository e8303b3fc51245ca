import { bannerText, titleRows, withBanner } from "../../../src/domain/plan/common";
import type { SheetPlan } from "../../../src/domain/model";

/** Issue 13: every report written while fel exist carries "Preliminär — arbetsboken har N fel, se Valideringsrapport". */
const plan = (): SheetPlan => ({
  kind: "driftsredovisning",
  key: "2024-06-30",
  name: "Driftsredovisning 2024-06-30",
  rows: [
    ...titleRows({ rapport: "Driftsredovisning", fran: "2024-01-01", till: "2024-06-30", kallor: [], idag: "2024-10-24" }),
    ["Post"],
    ["A", { formula: "=SUM(B6:B7)", value: 1 }],
  ],
});

describe("withBanner", () => {
  it("singular and plural read the same in Swedish: '1 fel', '3 fel'", () => {
    expect(bannerText(1)).toBe("Preliminär — arbetsboken har 1 fel, se Valideringsrapport");
    expect(bannerText(3)).toBe("Preliminär — arbetsboken har 3 fel, se Valideringsrapport");
  });

  it("turns row 3 into the banner, keeps 'Skapad …' after it in the same cell and every other row in place", () => {
    const p = withBanner(plan(), 1);
    expect(p.rows[2]).toEqual(["Preliminär — arbetsboken har 1 fel, se Valideringsrapport · Skapad 2024-10-24 av Finsam för Excel"]);
    expect(p.rows.slice(3)).toEqual(plan().rows.slice(3));
    expect(p.styles).toEqual(expect.arrayContaining([expect.objectContaining({ range: "A3", bold: true })]));
  });

  it("no banner without fel, and none on a sheet without the standard title rows", () => {
    expect(withBanner(plan(), 0)).toEqual(plan());
    const annan = { ...plan(), rows: [["Valfri"], ["rad"], ["tre"]] };
    expect(withBanner(annan, 2)).toEqual(annan);
  });
});
