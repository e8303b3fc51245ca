import { initialPane, paneView, reducePane, type PaneAction, type PaneModel } from "../../../src/taskpane/state/pane";
import { KONTROLL, RAPPORT, REKVISITIONER } from "../fake-services";

const H1 = { fran: "2024-01-01", till: "2024-06-30" };
const Q3 = { fran: "2024-07-01", till: "2024-09-30" };
const run = (...actions: PaneAction[]): PaneModel => actions.reduce(reducePane, initialPane);

describe("reducePane: the pane's run state without rendering", () => {
  it("start marks the action busy and clears the last action's messages and progress; finish clears busy", () => {
    const dirty: PaneModel = {
      ...initialPane,
      error: "gammalt fel",
      cellError: "cell",
      borttagna: "2 blad borttagna.",
      progress: { step: "lasa", index: 1, total: 2 },
    };
    const started = reducePane(dirty, { type: "start", busy: "kontroll" });
    expect(started).toMatchObject({ busy: "kontroll", error: null, cellError: null, borttagna: null, progress: null });
    const moving = reducePane(started, { type: "progress", progress: { step: "kontrollera", index: 2, total: 2 } });
    expect(moving.progress).toEqual({ step: "kontrollera", index: 2, total: 2 });
    expect(reducePane(moving, { type: "finish" })).toMatchObject({ busy: null, progress: null });
  });

  it("a failure keeps the message past finish", () => {
    const s = run({ type: "start", busy: "skapa" }, { type: "fail", message: "Kunde inte läsa arbetsboken: borta" }, { type: "finish" });
    expect(s.error).toBe("Kunde inte läsa arbetsboken: borta");
    expect(s.rapport).toBeNull();
  });

  it("a new check replaces the results and makes the earlier reports and rekvisition verdicts stale", () => {
    const s = run(
      { type: "written", rapport: RAPPORT, period: H1 },
      { type: "rekvisitioner", rekvisitioner: REKVISITIONER },
      { type: "checked", kontroll: KONTROLL, period: H1 },
    );
    expect(s).toMatchObject({ kontroll: KONTROLL, kontrollPeriod: H1, rapport: null, rekvisitioner: null });
  });

  it("written keeps the report and its period; hideRekvisitioner hides the verdicts", () => {
    const s = run({ type: "rekvisitioner", rekvisitioner: REKVISITIONER }, { type: "written", rapport: RAPPORT, period: H1 });
    expect(s).toMatchObject({ rapport: RAPPORT, rapportPeriod: H1, rekvisitioner: REKVISITIONER });
    expect(reducePane(s, { type: "hideRekvisitioner" }).rekvisitioner).toBeNull();
  });

  it("remembers which choices were last saved", () => {
    expect(run({ type: "choicesSaved", json: '{"a":1}' }).savedChoices).toBe('{"a":1}');
  });

  it("a cell that could not be shown says which and why, until the next try", () => {
    const s = run({
      type: "cellNotShown",
      where: "Kunde inte visa Utfall!D7",
      message: "Bladet ”Utfall” är dolt. Visa det (högerklicka på en bladflik › Ta fram) för att se cell D7.",
    });
    expect(s.cellError).toBe(
      "Kunde inte visa Utfall!D7. Bladet ”Utfall” är dolt. Visa det (högerklicka på en bladflik › Ta fram) för att se cell D7.",
    );
    expect(reducePane(s, { type: "clearCellError" }).cellError).toBeNull();
  });

  it("Ta bort: asks with the list, cancel forgets it, removal drops the removed sheets from every list and says how many", () => {
    const asked = run(
      { type: "checked", kontroll: { ...KONTROLL, ersatts: ["Förbrukningskvot 2024-06-30", "Bidrag 2024"] }, period: H1 },
      { type: "written", rapport: { ...RAPPORT, omaskadeKvar: ["Uppföljning deltagare"] }, period: H1 },
      { type: "askRemove", names: ["Förbrukningskvot 2024-06-30", "Bidrag 2024"] },
    );
    expect(asked.taBort).toEqual(["Förbrukningskvot 2024-06-30", "Bidrag 2024"]);
    expect(reducePane(asked, { type: "cancelRemove" }).taBort).toBeNull();
    const removed = reducePane(reducePane(asked, { type: "cancelRemove" }), {
      type: "removed",
      names: ["förbrukningskvot 2024-06-30", "Uppföljning deltagare"],
    });
    expect(removed.kontroll!.ersatts).toEqual(["Bidrag 2024"]);
    expect(removed.rapport!.written.map((w) => w.name)).toEqual(["Driftsredovisning 2024-06-30", "Bidrag 2024", "Valideringsrapport"]);
    expect(removed.rapport!.omaskadeKvar).toEqual([]);
    expect(removed.borttagna).toMatch(/^2 /);
  });
});

describe("paneView", () => {
  it("lists the sheets a rerun replaces only for the period that was checked or written", () => {
    const checked = run({ type: "checked", kontroll: { ...KONTROLL, ersatts: ["Förbrukningskvot 2024-06-30"] }, period: H1 });
    expect(paneView(checked, H1).ersatts).toEqual(["Förbrukningskvot 2024-06-30"]);
    expect(paneView(checked, Q3).ersatts).toEqual([]);
    const written = reducePane(checked, { type: "written", rapport: RAPPORT, period: H1 });
    expect(paneView(written, H1).ersatts).toEqual(RAPPORT.written.map((w) => w.name));
  });

  it("shows no internal bookkeeping (periods, saved choices)", () => {
    expect(Object.keys(paneView(initialPane, H1)).sort()).toEqual(
      ["borttagna", "busy", "cellError", "error", "ersatts", "kontroll", "progress", "rapport", "rekvisitioner", "taBort"].sort(),
    );
  });
});
