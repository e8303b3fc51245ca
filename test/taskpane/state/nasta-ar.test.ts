import type { NastaArModell, Scenario } from "../../../src/services/nasta-ar";
import { setForvaltningTillvaxt } from "../../../src/taskpane/nasta-ar/scenario-edit";
import { initialNastaAr, reduceNastaAr, valtScenario, type NastaArAction, type NastaArModel } from "../../../src/taskpane/state/nasta-ar";

/** The reducer only keeps the model; its content does not matter here. */
const MODELL = { ok: true, syncsRead: 1, ar: [2024, 2025] } as unknown as NastaArModell & { ok: true; syncsRead: number };
const ALT1: Scenario = { name: "Alt 1", levers: [{ kind: "forvaltning-tillvaxt", procent: 2 }] };
const run = (...actions: NastaArAction[]): NastaArModel => actions.reduce(reduceNastaAr, initialNastaAr);
const loaded = (scenarier: Scenario[] = [ALT1]): NastaArAction => ({
  type: "loaded",
  modell: MODELL,
  scenarier: { ok: true, scenarier, issues: [] },
});

describe("reduceNastaAr: the Nästa år panel without rendering", () => {
  it("starts reading; the loaded model and saved scenarios end it, and a fresh scenario gets a free name", () => {
    expect(initialNastaAr.busy).toBe("las");
    const s = run(loaded());
    expect(s).toMatchObject({ busy: null, modell: MODELL, loadError: null, sparade: [ALT1], message: null });
    expect(s.scenario.name).toBe("Alt 2");
  });

  it("a model that cannot be read gives its message; unreadable saved scenarios give an error message", () => {
    const s = run({
      type: "loaded",
      modell: { ok: false, message: "Inget flerårsblad hittades." },
      scenarier: {
        ok: true,
        scenarier: [],
        issues: [{ severity: "varning", code: "OKAND_POST", sheet: "", cell: "", message: "Scenariot ”X” kunde inte läsas." }],
      },
    });
    expect(s).toMatchObject({
      modell: null,
      loadError: "Inget flerårsblad hittades.",
      message: { kind: "error", text: "Scenariot ”X” kunde inte läsas." },
    });
    expect(
      run({ type: "loaded", modell: MODELL, scenarier: { ok: false, message: "Inställningarna gick inte att läsa." } }).message,
    ).toEqual({
      kind: "error",
      text: "Inställningarna gick inte att läsa.",
    });
  });

  it("reading again clears the error and message and keeps a scenario the user has started", () => {
    const started = run(loaded([]), { type: "edit", edit: (x) => setForvaltningTillvaxt(x, 3) }, { type: "failed", text: "fel" });
    const again = reduceNastaAr(started, { type: "loading" });
    expect(again).toMatchObject({ busy: "las", loadError: null, message: null });
    const after = reduceNastaAr(again, loaded([ALT1]));
    expect(after.scenario.levers).toEqual([{ kind: "forvaltning-tillvaxt", procent: 3 }]);
    expect(after.scenario.name).toBe("Alt 1");
  });

  it("edit, rename and clear change only the scenario (clear also the message)", () => {
    let s = run(loaded([]), { type: "edit", edit: (x) => setForvaltningTillvaxt(x, 2) }, { type: "rename", name: "Stram budget" });
    expect(s.scenario).toEqual({ name: "Stram budget", levers: [{ kind: "forvaltning-tillvaxt", procent: 2 }] });
    s = reduceNastaAr(reduceNastaAr(s, { type: "failed", text: "fel" }), { type: "clear" });
    expect(s.scenario).toEqual({ name: "Stram budget", levers: [] });
    expect(s.message).toBeNull();
  });

  it("open takes a copy of a saved scenario; editing it leaves the saved one as it was", () => {
    let s = run(loaded([ALT1]), { type: "open", name: "Alt 1" });
    expect(s.scenario).toEqual(ALT1);
    expect(s.scenario).not.toBe(ALT1);
    s = reduceNastaAr(s, { type: "edit", edit: (x) => setForvaltningTillvaxt(x, 9) });
    expect(s.sparade[0]).toEqual(ALT1);
    expect(reduceNastaAr(s, { type: "open", name: "finns inte" }).scenario).toBe(s.scenario);
  });

  it("saving: busy, then the new list and a confirmation; a failure says why", () => {
    const saving = run(loaded([]), { type: "saving" });
    expect(saving.busy).toBe("spara");
    expect(reduceNastaAr(saving, { type: "saved", sparade: [ALT1], text: "Scenariot Alt 1 är sparat." })).toMatchObject({
      busy: null,
      sparade: [ALT1],
      message: { kind: "info", text: "Scenariot Alt 1 är sparat." },
    });
    expect(reduceNastaAr(saving, { type: "failed", text: "Kunde inte spara." })).toMatchObject({
      busy: null,
      message: { kind: "error", text: "Kunde inte spara." },
    });
  });

  it("writing: busy without the old message, then the sheet written and what it replaced", () => {
    const writing = run(loaded([]), { type: "failed", text: "gammalt" }, { type: "writing" });
    expect(writing).toMatchObject({ busy: "skriv", message: null });
    expect(reduceNastaAr(writing, { type: "written", blad: "Nästa år Alt 1", ersatte: ["Nästa år Alt 1"] }).message).toEqual({
      kind: "written",
      blad: "Nästa år Alt 1",
      ersatte: ["Nästa år Alt 1"],
    });
  });
});

describe("the scenario chosen for Skapa rapporter (issue 13 item 4)", () => {
  it("none at first: a fresh scenario is not used by the reports", () => {
    expect(valtScenario(initialNastaAr)).toBeNull();
    expect(valtScenario(run(loaded([ALT1]), { type: "edit", edit: (x) => setForvaltningTillvaxt(x, 2) }))).toBeNull();
  });

  it("opening a saved scenario, writing it or choosing it explicitly makes it the reports' scenario", () => {
    expect(valtScenario(run(loaded([ALT1]), { type: "open", name: "Alt 1" }))).toEqual(ALT1);
    const written = run(loaded([]), { type: "rename", name: "Stram" }, { type: "writing" }, { type: "written", blad: "B", ersatte: [] });
    expect(valtScenario(written)).toEqual({ name: "Stram", levers: [] });
    expect(valtScenario(run(loaded([]), { type: "rename", name: "Egen" }, { type: "choose" }))).toEqual({ name: "Egen", levers: [] });
  });

  it("follows later edits (the reports use what the panel shows), with the name trimmed", () => {
    const s = run(loaded([ALT1]), { type: "open", name: "Alt 1" }, { type: "edit", edit: (x) => setForvaltningTillvaxt(x, 9) });
    expect(valtScenario(s)?.levers).toEqual([{ kind: "forvaltning-tillvaxt", procent: 9 }]);
    expect(valtScenario(reduceNastaAr(s, { type: "rename", name: "  Alt 1b " }))?.name).toBe("Alt 1b");
  });

  it("Rensa, an explicit 'Använd inte' and an empty name leave the reports without a scenario", () => {
    const chosen = run(loaded([ALT1]), { type: "open", name: "Alt 1" });
    expect(valtScenario(reduceNastaAr(chosen, { type: "clear" }))).toBeNull();
    expect(valtScenario(reduceNastaAr(chosen, { type: "unchoose" }))).toBeNull();
    expect(valtScenario(reduceNastaAr(chosen, { type: "rename", name: " " }))).toBeNull();
  });
});
