import { columnUnitFactor, isScalingFormat, unitInText } from "../../../src/domain/text/units";
import { sheet } from "../parse/sheet-helper";

describe("units", () => {
  it("reads unit words and scaling number formats", () => {
    expect(unitInText("Driftsredovisning (belopp i TSEK)")).toBe(1000);
    expect(unitInText("EKONOMISK INFORMATION, belopp i TSK")).toBe(1000);
    expect(unitInText("Budget mkr")).toBe(1e6);
    expect(unitInText("Utfall kr")).toBe(1);
    expect(unitInText("Kravkort")).toBeUndefined();
    expect(isScalingFormat("#,##0,")).toBe(true);
    expect(isScalingFormat('#,##0, "tkr"')).toBe(true);
    expect(isScalingFormat("#,##0")).toBe(false);
    expect(isScalingFormat('#,##0 "kr"')).toBe(false);
  });

  it("takes the header's own unit before a title row's", () => {
    const s = sheet("B", [["Belopp i tkr"], ["Post", "Budget kr", "Prognos"]]);
    expect(columnUnitFactor(s, 1, 1)).toBe(1);
    expect(columnUnitFactor(s, 1, 2)).toBe(1000);
  });
});
