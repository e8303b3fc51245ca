import { parseBase } from "../../../../src/domain/parse/base/parse-base";
import { insatsNames, missingSheetIssues } from "../../../../src/domain/parse/base/link";
import type { Insats } from "../../../../src/domain/model/records";
import { sheet } from "../sheet-helper";

const insats = (name: string, namn?: string): Insats => ({
  insats: name,
  namn,
  typ: "individ",
  agare: "",
  start: "2024-01-01",
  slut: "2024-12-31",
  budgetPerAr: {},
  source: { sheet: "Insatser", cell: "A2" },
});

describe("link", () => {
  it("insatsNames resolves short names, Insatsnamn and aliases", () => {
    const n = insatsNames([insats("Jobbcentrum", "Jobbcentrum – Din väg framåt")], [{ namn: "Din väg fram", insats: "jobbcentrum" }]);
    expect(n.find("JOBBCENTRUM")).toBe("Jobbcentrum");
    expect(n.find("Jobbcentrum - Din väg framåt")).toBe("Jobbcentrum");
    expect(n.find("Din väg fram")).toBe("Jobbcentrum");
  });

  it("parseBase without a mapping also reads an Alias sheet", () => {
    const r = parseBase([
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
        ["Individsamverkansteam", "Individ", "Mölndals stad", "2024-01-01", "2024-12-31"],
      ]),
      sheet("Utfall", [
        ["Post", "Period", "Utfall (kr)"],
        ["Individuella Verkansteamet", "2024-Q1", 100],
      ]),
      sheet("Alias", [
        ["Namn", "Insats"],
        ["Individuella Verkansteamet", "Individsamverkansteam"],
      ]),
    ]);
    expect(r.base.utfall[0].post).toBe("Individsamverkansteam");
  });

  it("missingSheetIssues: info without any base sheet, varning per missing one", () => {
    const base = { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };
    expect(missingSheetIssues({}, base).map((i) => i.severity)).toEqual(["info"]);
    expect(missingSheetIssues({ insatser: true }, base).map((i) => i.message.slice(0, 16))).toEqual([
      'Bladet "Utfall" ',
      'Bladet "Budget" ',
    ]);
  });
});
