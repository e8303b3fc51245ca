import { EMPTY_FORMS, formsReducer, toEdit, type EditForms } from "../../../src/taskpane/data/edit-forms";

/** The mapping editor's forms (header row, row marks, alias) as pure state: typed text → a MappingEdit or a Swedish message. */

const run = (...actions: Parameters<typeof formsReducer>[1][]): EditForms => actions.reduce(formsReducer, EMPTY_FORMS);

describe("header row form", () => {
  it("a typed row number becomes a rubrikrad edit of that sheet; other sheets keep their own text", () => {
    const s = run({ type: "rubrikrad", sheet: "Uppföljning", text: " 8 " }, { type: "rubrikrad", sheet: "Budget", text: "3" });
    expect(toEdit(s, { form: "rubrikrad", sheet: "Uppföljning" })).toEqual({ typ: "rubrikrad", sheet: "Uppföljning", row: 8 });
    expect(toEdit(s, { form: "rubrikrad", sheet: "Budget" })).toEqual({ typ: "rubrikrad", sheet: "Budget", row: 3 });
  });

  it("text that is no row number gives a Swedish message, not an edit", () => {
    for (const text of ["", "sex", "2,5", "-1", "0"])
      expect(toEdit(run({ type: "rubrikrad", sheet: "U", text }), { form: "rubrikrad", sheet: "U" })).toEqual({
        error: "Skriv radnumret med siffror, t.ex. 6.",
      });
  });
});

describe("row mark form", () => {
  it("row and mark give a rad edit (default: sum row); the form is cleared once the edit is made", () => {
    let s = run({ type: "radRow", sheet: "U", text: "17" });
    expect(toEdit(s, { form: "rad", sheet: "U" })).toEqual({ typ: "rad", sheet: "U", row: 17, as: "summa" });
    s = formsReducer(s, { type: "radAs", sheet: "U", as: "ignorera" });
    expect(toEdit(s, { form: "rad", sheet: "U" })).toEqual({ typ: "rad", sheet: "U", row: 17, as: "ignorera" });
    s = formsReducer(s, { type: "done", form: "rad", sheet: "U" });
    expect(s.rad.U).toBeUndefined();
    expect(toEdit(s, { form: "rad", sheet: "U" })).toEqual({ error: "Skriv radnumret med siffror, t.ex. 6." });
  });

  it("removing a mark is an edit without the form", () => {
    expect(toEdit(EMPTY_FORMS, { form: "taBortRad", sheet: "U", row: 9 })).toEqual({ typ: "rad", sheet: "U", row: 9, as: null });
  });
});

describe("alias form", () => {
  it("name and insats give an alias edit; a missing one gives its message", () => {
    expect(toEdit(run({ type: "aliasNamn", text: "Jobbcentrum" }), { form: "alias" })).toEqual({
      error: "Välj vilken insats namnet avser.",
    });
    expect(toEdit(run({ type: "aliasInsats", text: "Bryggan" }), { form: "alias" })).toEqual({
      error: "Skriv namnet som det står i arbetsboken.",
    });
    const s = run({ type: "aliasNamn", text: " Jobbcentrum " }, { type: "aliasInsats", text: "Jobbcentrum-Ung Rehab" });
    expect(toEdit(s, { form: "alias" })).toEqual({ typ: "alias", namn: "Jobbcentrum", insats: "Jobbcentrum-Ung Rehab" });
    expect(formsReducer(s, { type: "done", form: "alias" }).alias).toEqual({ namn: "", insats: "" });
    expect(toEdit(s, { form: "taBortAlias", namn: "Jobbcentrum" })).toEqual({ typ: "alias", namn: "Jobbcentrum", insats: null });
  });

  it("the reducer never changes the state it is given", () => {
    const before = run({ type: "aliasNamn", text: "A" });
    const frozen = JSON.stringify(before);
    formsReducer(before, { type: "aliasNamn", text: "B" });
    formsReducer(before, { type: "done", form: "alias" });
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
