import { computeDriftsredovisning } from "../../../src/domain/compute/driftsredovisning";
import { computeResultatrakning } from "../../../src/domain/compute/resultatrakning";
import type { Grupp, ParsedWorkbook } from "../../../src/domain/model";
import { budget, SOURCE_SHEETS, utfall } from "../fixtures/build";

/**
 * domain.md §3.2: grouping follows the Budget sheet's Grupp column; the name guess is only the default and is
 * reported ("grupp gissad"). Real names a guess gets wrong: Skellefteå's kansli "Inhyrd och tillfällig personal inkl.
 * ek. adm. avtal", Mölndal's "Arvoden" (styrelse) and "Övriga personalkostnader" (kansli). Amounts are constructed
 * (round tkr); only the names and their right groups are published.
 */
const AR = { fran: "2016-01-01", till: "2016-12-31" };

function workbook(grupper: Record<string, Grupp | undefined>): ParsedWorkbook {
  const rader: [string, "intakt" | "kostnad", number, number][] = [
    ["Medlemsavgifter", "intakt", 2016, 6104],
    ["Arvoden", "kostnad", 2016, 300],
    ["Övriga personalkostnader", "kostnad", 2016, 900],
    ["Inhyrd och tillfällig personal inkl. ek. adm. avtal", "kostnad", 2016, 400],
    ["Insatser", "kostnad", 2016, 4000],
  ];
  const b = budget(rader.map(([p, k, a, v]) => [p, k, a, v]));
  b.forEach((r) => (r.grupp = grupper[r.post]));
  return {
    insatser: [],
    budget: b,
    utfall: utfall(rader.map(([p, , , v]) => [p, "2016-01-01", "2016-12-31", "2016", v * 0.9])),
    installningar: { ovrigt: {} },
    sourceSheets: { ...SOURCE_SHEETS },
  };
}

const GRUPPER: Record<string, Grupp> = {
  Medlemsavgifter: "medlemsintakt",
  Arvoden: "fortroendevalda",
  "Övriga personalkostnader": "forvaltning",
  "Inhyrd och tillfällig personal inkl. ek. adm. avtal": "forvaltning",
  Insatser: "samverkansinsats",
};

describe("Grupp column", () => {
  it("places Arvoden under förtroendevalda and both kansli costs under förvaltning", () => {
    const { result, issues } = computeDriftsredovisning(workbook(GRUPPER), AR);
    const admin = result.grupper.find((g) => g.sektion === "administration")!;
    expect(admin.poster.map((p) => p.post).sort()).toEqual(
      ["Arvoden", "Inhyrd och tillfällig personal inkl. ek. adm. avtal", "Övriga personalkostnader"].sort(),
    );
    const rr = computeResultatrakning(result);
    expect(rr.varav.fortroendevalda.budget).toBe(-300_000);
    expect(rr.varav.forvaltning.budget).toBe(-1_300_000);
    expect(rr.varav.samverkansinsatser.budget).toBe(-4_000_000);
    expect(issues.some((i) => i.code === "GRUPP_GISSAD")).toBe(false);
  });

  it("without a Grupp column the name guess is used and reported as info (grupp gissad)", () => {
    const { result, issues } = computeDriftsredovisning(workbook({}), AR);
    const rr = computeResultatrakning(result);
    // The guess gets these wrong: Arvoden and the Skellefteå kansli cost are not administration by name.
    expect(rr.varav.fortroendevalda.budget).toBe(0);
    const gissad = issues.filter((i) => i.code === "GRUPP_GISSAD");
    expect(gissad).toHaveLength(1);
    expect(gissad[0].severity).toBe("info");
    expect(gissad[0].message).toMatch(/Arvoden → Övrig samverkansinsats/);
    expect(gissad[0].message).toMatch(/Lägg till kolumnen Grupp/);
  });
});
