import type { Scenario } from "../../../src/services/nasta-ar";
import {
  addAnsokan,
  ansokningar,
  ejNyttjade,
  flyttaInsats,
  forvaltningTillvaxt,
  insatsAv,
  insatsFlytt,
  medlemsavgift,
  nextScenarioName,
  removeAnsokan,
  setEjNyttjade,
  setForvaltningTillvaxt,
  setInsatsAv,
  setMedlemsavgift,
  upsertScenario,
} from "../../../src/taskpane/nasta-ar/scenario-edit";

const empty: Scenario = { name: "Alt 1", levers: [] };
const lokus = { namn: "Lokussamordnare", agare: "Älvkarleby" };

describe("scenario edits", () => {
  it("keeps one medlemsavgifter lever per year, as an amount or a percentage", () => {
    let s = setMedlemsavgift(empty, 2026, { belopp: 24_000_000 });
    s = setMedlemsavgift(s, 2025, { procent: 0.02 });
    expect(medlemsavgift(s, 2026)).toEqual({ belopp: 24_000_000 });
    s = setMedlemsavgift(s, 2026, { procent: 0.05 });
    expect(s.levers).toEqual([
      { kind: "medlemsavgifter", ar: 2025, procent: 0.02 },
      { kind: "medlemsavgifter", ar: 2026, procent: 0.05 },
    ]);
    s = setMedlemsavgift(s, 2025, null);
    expect(s.levers).toEqual([{ kind: "medlemsavgifter", ar: 2026, procent: 0.05 }]);
    expect(medlemsavgift(s, 2025)).toBeUndefined();
  });

  it("sets and clears förvaltning growth and ej nyttjade medel (always a positive amount)", () => {
    let s = setForvaltningTillvaxt(empty, 0.03);
    s = setEjNyttjade(s, 2025, -1_300_000);
    expect(forvaltningTillvaxt(s)).toBe(0.03);
    expect(ejNyttjade(s, 2025)).toBe(1_300_000);
    s = setForvaltningTillvaxt(setEjNyttjade(s, 2025, null), null);
    expect(s.levers).toEqual([]);
  });

  it("switches an insats off by name and owner, and sums shifts into one lever", () => {
    let s = setInsatsAv(empty, lokus, true);
    expect(insatsAv(s, lokus)).toBe(true);
    expect(insatsAv(s, { namn: "Lokussamordnare", agare: "Uppsala" })).toBe(false);
    s = flyttaInsats(flyttaInsats(s, { namn: "Framsteget", agare: "Håbo" }, 1), { namn: "Framsteget", agare: "Håbo" }, 1);
    expect(insatsFlytt(s, { namn: "Framsteget", agare: "Håbo" })).toBe(2);
    s = flyttaInsats(flyttaInsats(s, { namn: "Framsteget", agare: "Håbo" }, -1), { namn: "Framsteget", agare: "Håbo" }, -1);
    expect(s.levers).toEqual([{ kind: "insats-av", namn: "Lokussamordnare", agare: "Älvkarleby" }]);
    expect(setInsatsAv(s, lokus, false).levers).toEqual([]);
  });

  it("adds ansökningar after every other lever and removes them by position", () => {
    let s = addAnsokan(empty, { namn: "A", agare: "Heby", belopp: { "2025": 1 } });
    s = setInsatsAv(s, lokus, true);
    s = addAnsokan(s, { namn: "B", agare: "", belopp: { "2026": 2 } });
    s = setMedlemsavgift(s, 2025, { belopp: 5 });
    expect(s.levers.map((l) => l.kind)).toEqual(["medlemsavgifter", "insats-av", "ansokan", "ansokan"]);
    expect(ansokningar(s).map((a) => a.namn)).toEqual(["A", "B"]);
    expect(ansokningar(removeAnsokan(s, 0)).map((a) => a.namn)).toEqual(["B"]);
    expect(removeAnsokan(s, 0).levers).toHaveLength(3);
  });
});

describe("saved scenarios", () => {
  it("replaces a scenario of the same name in place and names new ones Alt 1, Alt 2 …", () => {
    const a: Scenario = { name: "Alt 1", levers: [] };
    const b: Scenario = { name: "Försiktig", levers: [] };
    const list = upsertScenario(upsertScenario([], a), b);
    const changed = upsertScenario(list, { name: " alt 1 ", levers: [{ kind: "ej-nyttjade", ar: 2025, belopp: 1 }] });
    expect(changed.map((s) => s.name)).toEqual(["alt 1", "Försiktig"]);
    expect(changed[0].levers).toHaveLength(1);
    expect(nextScenarioName(changed)).toBe("Alt 2");
    expect(nextScenarioName([])).toBe("Alt 1");
  });
});
