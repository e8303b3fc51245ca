import {
  checkSummary,
  countSummary,
  issueLocation,
  kronor,
  periodLabel,
  plannedSummary,
  rekvSummary,
  resultSummary,
  syncSummary,
  writtenSummary,
} from "../../src/taskpane/strings";

describe("task pane strings", () => {
  it("says where an issue is", () => {
    expect(issueLocation("Utfall", "C46")).toBe("Utfall!C46");
    expect(issueLocation("Utfall", "")).toBe("Utfall");
    expect(issueLocation("", "")).toBe("hela arbetsboken");
  });

  it("counts issues in Swedish", () => {
    expect(countSummary({ fel: 2, varning: 1, info: 0 })).toBe("2 fel, 1 varning och 0 information");
    expect(countSummary({ fel: 0, varning: 3, info: 4 })).toBe("0 fel, 3 varningar och 4 information");
    expect(checkSummary(5, { fel: 1, varning: 0, info: 0 })).toBe("Kontrollen läste 5 blad: 1 fel, 0 varningar och 0 information.");
    expect(resultSummary({ fel: 3, varning: 5, info: 2 }, 4)).toBe("3 fel, 5 varningar; 4 blad skrivna");
    expect(resultSummary({ fel: 0, varning: 1, info: 0 }, 1)).toBe("0 fel, 1 varning; 1 blad skrivet");
  });

  it("lists written sheets and sync counts", () => {
    expect(writtenSummary(["A", "B", "C", "D"])).toBe("4 blad skrivna: A, B, C, D");
    expect(plannedSummary([])).toMatch(/saknar blad/);
    expect(syncSummary(2, 1)).toBe("Excel-anrop: 2 vid läsning, 1 vid skrivning");
    expect(syncSummary(null, 2)).toBe("Excel-anrop: 2 vid skrivning");
    expect(syncSummary(null)).toBe("");
  });

  it("names periods and counts verdicts", () => {
    expect(periodLabel({ typ: "kvartal", ar: 2024, nr: 2 })).toBe("Kvartal 2 2024");
    expect(periodLabel({ typ: "halvar", ar: 2024, nr: 1 })).toBe("Halvår 1 2024");
    expect(periodLabel({ typ: "helar", ar: 2021 })).toBe("Helår 2021");
    expect(periodLabel({ typ: "datum", fran: "2016-01-01", till: "2016-08-31" })).toBe("2016-01-01 – 2016-08-31");
    expect(rekvSummary({ Godkänd: 18, "Godkänd med anmärkning": 1, "Åtgärd krävs": 3 })).toBe(
      "22 rekvisitioner: 3 åtgärd krävs, 1 godkänd med anmärkning, 18 godkända.",
    );
    expect(rekvSummary({ Godkänd: 1, "Godkänd med anmärkning": 0, "Åtgärd krävs": 0 })).toBe("1 rekvisition: 1 godkänd.");
  });

  it("writes whole kronor with spaces", () => {
    expect(kronor(1326000).replace(/\s/g, " ")).toBe("1 326 000 kr");
    expect(kronor(-2000.4).replace(/\s/g, " ")).toMatch(/^[-−]2 000 kr$/);
    expect(kronor(null)).toBe("–");
  });
});
