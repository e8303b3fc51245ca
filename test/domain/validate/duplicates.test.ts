import { checkDuplicateInsatser } from "../../../src/domain/validate/duplicates";
import { insats } from "./base-fixture";

describe("checkDuplicateInsatser", () => {
  it("reports DUBBLETT_INSATS (fel) at every later occurrence, ignoring case and diacritics", () => {
    const issues = checkDuplicateInsatser([insats("Bryggan", 2), insats("Framsteget", 3), insats("BRYGGAN", 4), insats("Bryggån", 5)]);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["fel", "DUBBLETT_INSATS", "Insatser", "A4"],
      ["fel", "DUBBLETT_INSATS", "Insatser", "A5"],
    ]);
    expect(issues[0].message).toContain("Insatser!A2");
  });
  it("is quiet for distinct names", () => {
    expect(checkDuplicateInsatser([insats("Lokussamordnare Uppsala", 2), insats("Lokussamordnare Älvkarleby", 3)])).toEqual([]);
  });
});
