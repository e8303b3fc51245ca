import { checkSummary, countSummary, issueLocation, plannedSummary, syncSummary, writtenSummary } from "../../src/taskpane/strings";

describe("task pane strings", () => {
  it("says where an issue is", () => {
    expect(issueLocation("Utfall", "C46")).toBe("Utfall!C46");
    expect(issueLocation("Utfall", "")).toBe("Utfall");
    expect(issueLocation("", "")).toBe("hela arbetsboken");
  });

  it("counts issues in Swedish", () => {
    expect(countSummary({ fel: 2, varning: 1, info: 0 })).toBe("2 fel, 1 varning, 0 info");
    expect(countSummary({ fel: 0, varning: 3, info: 4 })).toBe("0 fel, 3 varningar, 4 info");
    expect(checkSummary(5, { fel: 1, varning: 0, info: 0 })).toBe("Kontrollen läste 5 blad: 1 fel, 0 varningar, 0 info.");
  });

  it("lists written sheets and sync counts", () => {
    expect(writtenSummary(["A", "B", "C", "D"])).toBe("4 blad skrivna: A, B, C, D");
    expect(plannedSummary([])).toMatch(/saknar blad/);
    expect(syncSummary(2, 1)).toBe("Excel-anrop (sync): 2 vid läsning, 1 vid skrivning");
    expect(syncSummary(null, 2)).toBe("Excel-anrop (sync): 2 vid skrivning");
    expect(syncSummary(null)).toBe("");
  });
});
