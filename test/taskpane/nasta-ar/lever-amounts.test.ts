/** The current amount beside each lever of Nästa år (plain text functions). */
import { insatsBeloppText, nuText } from "../../../src/taskpane/nasta-ar/strings";

describe("current amounts beside the levers", () => {
  it("a year's amount as read, in tkr", () => {
    expect(nuText(23_322_000)).toBe("Nu 23\u00a0322 tkr");
    expect(nuText(0)).toBe("Nu 0 tkr");
  });

  it("an insats's amount per year, years without an amount left out", () => {
    expect(insatsBeloppText([2024, 2025, 2026], [3_880_000, 1_809_000, 0])).toBe("2024: 3\u00a0880 · 2025: 1\u00a0809 tkr");
    expect(insatsBeloppText([2024, 2025], [0, 337_000])).toBe("2025: 337 tkr");
    expect(insatsBeloppText([2024, 2025], [0, 0])).toBe("Inget belopp i modellen");
  });
});
