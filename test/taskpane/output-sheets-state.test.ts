/** Which report sheets the pane says a re-run replaces, and the pane's results after a removal (plain functions). */
import { afterRemoval, replacedOnRerun } from "../../src/taskpane/output-sheets-state";
import { KONTROLL, RAPPORT } from "./fake-services";

const period = { fran: "2024-01-01", till: "2024-06-30" };

describe("replacedOnRerun", () => {
  it("after Skapa rapporter: a re-run of the same period replaces what was just written", () => {
    const kontroll = { ...KONTROLL, ersatts: [] };
    const names = replacedOnRerun({ kontroll, kontrollPeriod: period, rapport: RAPPORT, rapportPeriod: period }, period);
    expect(names).toEqual(RAPPORT.written.map((w) => w.name));
  });

  it("after Kontrollera only: the sheets Kontrollera found, for the period it was run with", () => {
    const kontroll = { ...KONTROLL, ersatts: ["Förbrukningskvot 2024-06-30"] };
    const s = { kontroll, kontrollPeriod: period, rapport: null, rapportPeriod: null };
    expect(replacedOnRerun(s, period)).toEqual(["Förbrukningskvot 2024-06-30"]);
    // another period chosen since: not known, so nothing is claimed
    expect(replacedOnRerun(s, { fran: "2024-01-01", till: "2024-03-31" })).toEqual([]);
  });
});

describe("afterRemoval", () => {
  it("drops removed sheets from every list the pane shows", () => {
    const kontroll = { ...KONTROLL, ersatts: ["Förbrukningskvot 2024-06-30", "Valideringsrapport"] };
    const rapport = { ...RAPPORT, omaskadeKvar: ["Uppföljning deltagare jan–jun 2024"] };
    const next = afterRemoval({ kontroll, rapport }, ["Förbrukningskvot 2024-06-30", "Uppföljning deltagare jan–jun 2024"]);
    expect(next.kontroll!.ersatts).toEqual(["Valideringsrapport"]);
    expect(next.rapport!.omaskadeKvar).toEqual([]);
    expect(next.rapport!.written.map((w) => w.name)).not.toContain("Förbrukningskvot 2024-06-30");
    expect(next.rapport!.written.length).toBe(RAPPORT.written.length - 1);
  });
});
