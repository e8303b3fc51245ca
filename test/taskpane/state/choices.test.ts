import { initialChoices, reduceChoices, runOptionsFor } from "../../../src/taskpane/state/choices";
import type { PaneChoices } from "../../../src/services/types";

const DEFAULT: PaneChoices = { period: { typ: "halvar", ar: 2024, nr: 1 }, avvalda: [], publicering: null };
const SAVED: PaneChoices = { period: { typ: "kvartal", ar: 2023, nr: 4 }, avvalda: ["deltagare"], publicering: 5 };
const KINDS = ["forbrukningskvot", "driftsredovisning", "resultat", "deltagare", "bidrag"];

describe("reduceChoices: the pane's choices without rendering", () => {
  it("starts from the choices remembered in the workbook while the user has changed nothing", () => {
    expect(reduceChoices(initialChoices(DEFAULT), { type: "remembered", choices: SAVED }).choices).toEqual(SAVED);
  });

  it("keeps the user's own change when the remembered choices arrive later", () => {
    const changed = reduceChoices(initialChoices(DEFAULT), { type: "period", period: { typ: "helar", ar: 2024 } });
    expect(changed.touched).toBe(true);
    expect(reduceChoices(changed, { type: "remembered", choices: SAVED }).choices.period).toEqual({ typ: "helar", ar: 2024 });
  });

  it("Publicering and each output are choices of their own", () => {
    let s = reduceChoices(initialChoices(DEFAULT), { type: "publicering", publicering: 3 });
    expect(s.choices.publicering).toBe(3);
    s = reduceChoices(s, { type: "output", kind: "bidrag", on: false });
    s = reduceChoices(s, { type: "output", kind: "bidrag", on: false });
    expect(s.choices.avvalda).toEqual(["bidrag"]);
    s = reduceChoices(s, { type: "output", kind: "bidrag", on: true });
    expect(s.choices.avvalda).toEqual([]);
    expect(s.touched).toBe(true);
  });
});

describe("runOptionsFor", () => {
  it("every report on → reports undefined (all the workbook allows), with the period's dates", () => {
    expect(runOptionsFor(DEFAULT, KINDS, null)).toEqual({ fran: "2024-01-01", till: "2024-06-30", reports: undefined, publicering: null });
    expect(runOptionsFor(DEFAULT, KINDS, ["forbrukningskvot"]).reports).toBeUndefined();
  });

  it("one report off → the checked ones, limited to those the workbook has data for once known", () => {
    const off = { ...DEFAULT, avvalda: ["bidrag"] };
    expect(runOptionsFor(off, KINDS, null).reports).toEqual(["forbrukningskvot", "driftsredovisning", "resultat", "deltagare"]);
    expect(runOptionsFor(off, KINDS, ["forbrukningskvot", "deltagare", "bidrag"]).reports).toEqual(["forbrukningskvot", "deltagare"]);
  });

  it("Publicering's threshold goes with the run", () => {
    expect(runOptionsFor(SAVED, KINDS, null)).toMatchObject({ fran: "2023-10-01", till: "2023-12-31", publicering: { threshold: 5 } });
  });
});
