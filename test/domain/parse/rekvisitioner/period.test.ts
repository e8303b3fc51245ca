import { parseClaimPeriod } from "../../../../src/domain/parse/rekvisitioner/period";

/** Claim periods as insatser write them (issue 19); each reads as the quarter or half-year it names. */
describe("parseClaimPeriod", () => {
  it.each([
    ["2024-01-01--2024-03-31", "2024-Q1"],
    ["2024-04-01 -- 2024-06-30", "2024-Q2"],
    ["2024-01-01 till 2024-06-30", "2024-H1"],
    ["Kvartal 1 2022", "2022-Q1"],
    ["Kvartal 1, 2022", "2022-Q1"],
    ["kvartal 3 -22", "2022-Q3"],
    ["1:a kvartalet 2022", "2022-Q1"],
    ["2:a halvåret 2023", "2023-H2"],
    ["jan-mar 2022", "2022-Q1"],
    ["Q1 -22", "2022-Q1"],
    ["Q2-24", "2024-Q2"],
    ["Q4 '23", "2023-Q4"],
    ["kv 2 -24", "2024-Q2"],
    ["H1 -22", "2022-H1"],
    ["2024-Q3", "2024-Q3"],
  ])("%s → %s", (text, label) => {
    const p = parseClaimPeriod(text);
    expect(p.kind === "period" && p.value.label).toBe(label);
  });

  it("keeps text/period.ts's message for what is no period", () => {
    for (const text of ["första kvartalet", "Q5 -22", "H3 -22", "2024-01-01--", "Q1 -2"]) expect(parseClaimPeriod(text).kind).toBe("error");
  });
});
