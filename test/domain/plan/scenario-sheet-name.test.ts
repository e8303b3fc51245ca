/** Scenario sheet names keep the part that tells scenarios apart, within Excel's 31 characters. */
import { scenarioSheetName } from "../../../src/domain/plan/beslutsutrymme";
import { isValidSheetName } from "../../../src/domain/plan/sheet-names";

const SPANS = ["2024–2028", "2025–2027", "2024"];
/** Neighbours that differ at the end, at the start, in the middle, and names longer than a sheet name. */
const FAMILIES: string[][] = [
  ["Ny ansökan", "Ny ansökan 2"],
  ["Utan Jobbcentrum", "Utan Framsteget", "Utan Lokussamordnare"],
  ["Minskat bidrag Region 10 %", "Minskat bidrag Region 20 %", "Minskat bidrag Region 30 %"],
  ["Försäkringskassan drar ner 5 %", "Arbetsförmedlingen drar ner 5 %"],
  ["Alternativ A: flytta Framsteget till 2026 och stäng Jobbcentrum", "Alternativ B: flytta Framsteget till 2026 och stäng Jobbcentrum"],
  ["Höjt statligt bidrag, låg", "Höjt statligt bidrag, hög", "Höjt statligt bidrag, mitten"],
];

describe("scenarioSheetName", () => {
  it("a short scenario keeps the full report name", () => {
    expect(scenarioSheetName("2024", "Bas")).toBe("Beslutsutrymme 2024 Bas");
  });

  it("shortens the common prefix first: the scenario name stays whole when it fits", () => {
    expect(scenarioSheetName("2024–2028", "Ny ansökan")).toBe("Beslutsutrymme 24–28 Ny ansökan");
    expect(scenarioSheetName("2024–2028", "Utan Lokussamordnare")).toBe("BU 24–28 Utan Lokussamordnare");
  });

  for (const span of SPANS) {
    for (const family of FAMILIES) {
      it(`${span}: ${family.join(" / ")} give valid, distinct names`, () => {
        const names = family.map((s) => scenarioSheetName(span, s));
        for (const n of names) expect([n, isValidSheetName(n)]).toEqual([n, true]);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(family.length);
      });
    }
  }
});
