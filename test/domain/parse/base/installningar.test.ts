import type { Issue } from "../../../../src/domain/issues/issue";
import { parseInstallningar } from "../../../../src/domain/parse/base/installningar";
import { sheet } from "../sheet-helper";

describe("parseInstallningar", () => {
  it("reads the known settings into fields (amounts in kronor, thresholds as fractions) and keeps the rest", () => {
    const issues: Issue[] = [];
    const s = sheet("Inställningar", [
      ["Inställning", "Värde"],
      ["Förbund", "Samordningsförbundet Uppsala län"],
      ["Räkenskapsår", 2024],
      ["Medlemsbidrag totalt", "23 322 000 kr"],
      ["Statens tilldelning (tkr)", "11 661"],
      ["Ackumulerat överskott", 6360000],
      ["Reservfond", "1,2 mkr"],
      ["Hög förbrukning", "100 %"],
      ["Låg förbrukning", 80],
      ["Enhet", "TSEK"],
      ["Rapportperiod", "2024-H1"],
    ]);
    expect(parseInstallningar(s, issues)).toEqual({
      forbund: "Samordningsförbundet Uppsala län",
      rakenskapsar: 2024,
      medlemsbidragTotalt: 23322000,
      statensTilldelning: 11661000,
      ackumuleratOverskott: 6360000,
      reservfond: 1200000,
      kvotHog: 1,
      kvotLag: 0.8,
      enhet: "TSEK",
      ovrigt: { Rapportperiod: "2024-H1" },
    });
    expect(issues).toEqual([]);
  });

  it("works without a header row and warns about unreadable values", () => {
    const issues: Issue[] = [];
    const s = sheet("Inställningar", [["Reservfond", "mycket"], ["Hög förbrukning", 1.1]]);
    expect(parseInstallningar(s, issues)).toEqual({ kvotHog: 1.1, ovrigt: {} });
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "OLASBART_TAL", sheet: "Inställningar", cell: "B1" })]);
  });
});
