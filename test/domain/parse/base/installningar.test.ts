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
    const s = sheet("Inställningar", [
      ["Reservfond", "mycket"],
      ["Hög förbrukning", 1.1],
    ]);
    expect(parseInstallningar(s, issues)).toEqual({ kvotHog: 1.1, ovrigt: {} });
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "OLASBART_TAL", sheet: "Inställningar", cell: "B1" })]);
  });
});

describe("parseInstallningar: contradictory thresholds (issue 18)", () => {
  it.each([
    ["Låg förbrukning över Hög förbrukning", "90 %", "80 %"],
    ["Låg förbrukning lika med Hög förbrukning", "100 %", "100 %"],
  ])("%s is a fel at the Låg cell, and neither threshold is used", (_name, lag, hog) => {
    const issues: Issue[] = [];
    const s = sheet("Inställningar", [
      ["Inställning", "Värde"],
      ["Hög förbrukning", hog],
      ["Låg förbrukning", lag],
    ]);
    const out = parseInstallningar(s, issues);
    expect(out.kvotHog).toBeUndefined();
    expect(out.kvotLag).toBeUndefined();
    const f = issues.find((i) => i.code === "TROSKLAR_MOTSTRIDIGA");
    expect(f).toMatchObject({ severity: "fel", sheet: "Inställningar", cell: "B3" });
    expect(f?.message).toContain("standardgränserna 80 % och 100 %");
  });

  it("sensible thresholds are kept without a finding", () => {
    const issues: Issue[] = [];
    const out = parseInstallningar(
      sheet("Inställningar", [
        ["Inställning", "Värde"],
        ["Hög förbrukning", "110 %"],
        ["Låg förbrukning", "70 %"],
      ]),
      issues,
    );
    expect(out.kvotHog).toBeCloseTo(1.1, 12);
    expect(out.kvotLag).toBeCloseTo(0.7, 12);
    expect(issues).toEqual([]);
  });
});
