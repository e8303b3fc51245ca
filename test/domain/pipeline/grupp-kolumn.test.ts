import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { Resultatrakning } from "../../../src/domain/compute/resultatrakning";
import type { RawSheet } from "../../../src/domain/model";

/**
 * End to end: a Budget sheet with a Grupp column (Mölndal's "Arvoden" = styrelse, "Övriga personalkostnader" = kansli;
 * Skellefteå's "Inhyrd och tillfällig personal inkl. ek. adm. avtal" = kansli) reaches the resultaträkning's varav
 * lines through detection and parsing. Amounts constructed (tkr).
 */
const sheet = (name: string, values: RawSheet["values"]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values });

function sheets(medGrupp: boolean): RawSheet[] {
  const rader: [string, string, number, string][] = [
    ["Medlemsavgifter", "Intäkt", 16692, "Medlemsintäkt"],
    ["Arvoden", "Kostnad", 600, "Förtroendevalda"],
    ["Övriga personalkostnader", "Kostnad", 900, "Förvaltning"],
    ["Inhyrd och tillfällig personal inkl. ek. adm. avtal", "Kostnad", 400, "Förvaltning"],
    ["Insatser", "Kostnad", 14000, "Samverkansinsats"],
  ];
  return [
    sheet("Budget", [
      ["Post", "Kategori", "År", "Budget (tkr)", ...(medGrupp ? ["Grupp"] : [])],
      ...rader.map(([p, k, b, g]) => [p, k, 2016, b, ...(medGrupp ? [g] : [])]),
    ]),
    sheet("Utfall", [["Post", "Period", "Utfall (tkr)"], ...rader.map(([p, , b]) => [p, "2016-08", Math.round(b / 12)])]),
  ];
}

const OPTIONS = { fran: "2016-01-01", till: "2016-08-31", idag: "2016-10-01", reports: ["resultat"] };

describe("Grupp column through the pipeline", () => {
  it("drives förtroendevalda and förvaltning", () => {
    const out = runPipeline(sheets(true), OPTIONS);
    const rr = (out.results.resultat as { resultatrakning: Resultatrakning }).resultatrakning;
    expect(rr.varav.fortroendevalda.budgetHelar).toBe(-600_000);
    expect(rr.varav.forvaltning.budgetHelar).toBe(-1_300_000);
    expect(rr.varav.samverkansinsatser.budgetHelar).toBe(-14_000_000);
    expect(out.issues.some((i) => i.code === "GRUPP_GISSAD")).toBe(false);
  });

  it("without it the guess is used and reported", () => {
    const out = runPipeline(sheets(false), OPTIONS);
    expect(out.issues.find((i) => i.code === "GRUPP_GISSAD")?.message).toMatch(/Arvoden → Övrig samverkansinsats/);
  });
});
