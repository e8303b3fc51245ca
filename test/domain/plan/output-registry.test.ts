import {
  isRegisterSheet,
  nextRegister,
  ownSheetNames,
  parseRegister,
  registerRows,
  replacedOutputs,
  resolveOutputs,
  type OutputEntry,
} from "../../../src/domain/plan/output-registry";

const kvot: OutputEntry = { kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" };
const valid: OutputEntry = { kind: "valideringsrapport", key: "", name: "Valideringsrapport" };

describe("register rows", () => {
  it("round-trips entries with and without ids", () => {
    const entries = [{ ...kvot, id: "{A}" }, valid];
    const rows = registerRows(entries);
    expect(rows[0]).toEqual(["Typ", "Nyckel", "Blad", "Id"]);
    expect(rows[2]).toEqual(["valideringsrapport", "", "Valideringsrapport", ""]);
    expect(parseRegister(rows)).toEqual(entries);
  });

  it("reads registers without the Id column (earlier CLI builds), columns in any order, header in any case", () => {
    expect(
      parseRegister([
        ["Typ", "Nyckel", "Blad"],
        ["forbrukningskvot", "2024-06-30", "Förbrukningskvot 2024-06-30"],
      ]),
    ).toEqual([kvot]);
    expect(
      parseRegister([
        [" blad ", "ID", "TYP", "nyckel"],
        ["Bidrag 2024", "", "bidrag", 2024],
      ]),
    ).toEqual([{ kind: "bidrag", key: "2024", name: "Bidrag 2024" }]);
  });

  it("leaves out what it cannot read, and reads nothing without a header (never guesses)", () => {
    expect(
      parseRegister([["Typ", "Nyckel", "Blad", "Id"], ["", "x", "Blad1"], ["kvot", "x", ""], [], ["kvot", "", "Blad2", null]]),
    ).toEqual([{ kind: "kvot", key: "", name: "Blad2" }]);
    expect(parseRegister([["forbrukningskvot", "2024-06-30", "Förbrukningskvot 2024-06-30"]])).toEqual([]);
    expect(
      parseRegister([
        ["Typ", "Blad"],
        ["x", "Blad1"],
      ]),
    ).toEqual([]);
    expect(parseRegister([])).toEqual([]);
    expect(parseRegister(null)).toEqual([]);
  });

  it("knows the register sheet's name case-insensitively", () => {
    expect(isRegisterSheet("FinsamRegister")).toBe(true);
    expect(isRegisterSheet("finsamregister")).toBe(true);
    expect(isRegisterSheet("FinsamRegister (2)")).toBe(false);
  });
});

describe("resolveOutputs", () => {
  it("finds a renamed report by its id", () => {
    const sheets = [
      { id: "u", name: "Utfall" },
      { id: "{A}", name: "Kvot juni" },
    ];
    expect(resolveOutputs([{ ...kvot, id: "{A}" }], sheets)).toEqual([{ entry: { ...kvot, id: "{A}" }, index: 1, byId: true }]);
  });

  it("finds entries without id by name (case-insensitive), as the CLI writes them", () => {
    const sheets = [{ id: "u", name: "Utfall" }, { id: "x", name: "förbrukningskvot 2024-06-30" }, { name: "Valideringsrapport" }];
    expect(resolveOutputs([kvot, valid], sheets).map((r) => [r.index, r.byId])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  it("finds entries by name when none of the register's ids matches (the file went through another program)", () => {
    const sheets = [
      { id: "{NEW1}", name: "Förbrukningskvot 2024-06-30" },
      { id: "{NEW2}", name: "Valideringsrapport" },
    ];
    const resolved = resolveOutputs(
      [
        { ...kvot, id: "{OLD1}" },
        { ...valid, id: "{OLD2}" },
      ],
      sheets,
    );
    expect(resolved.map((r) => r.index)).toEqual([0, 1]);
  });

  it("does not take a sheet by name for an entry whose id is gone while other ids still match (a user's copy)", () => {
    const sheets = [
      { id: "{COPY}", name: "Förbrukningskvot 2024-06-30" },
      { id: "{V}", name: "Valideringsrapport" },
    ];
    const resolved = resolveOutputs(
      [
        { ...kvot, id: "{DELETED}" },
        { ...valid, id: "{V}" },
      ],
      sheets,
    );
    expect(resolved.map((r) => r.entry.kind)).toEqual(["valideringsrapport"]);
  });

  it("prefers the id over the name: a user sheet that took a renamed report's name stays the user's", () => {
    const sheets = [
      { id: "{A}", name: "Gammal kvot" },
      { id: "{USER}", name: "Förbrukningskvot 2024-06-30" },
    ];
    expect(resolveOutputs([{ ...kvot, id: "{A}" }], sheets).map((r) => r.index)).toEqual([0]);
  });

  it("claims each sheet once and never the register sheet; deleted sheets resolve to nothing", () => {
    const sheets = [{ name: "Förbrukningskvot 2024-06-30" }, { name: "FinsamRegister" }];
    const entries = [kvot, { ...kvot }, { kind: "x", key: "", name: "FinsamRegister" }, { kind: "y", key: "", name: "Borttagen" }];
    expect(resolveOutputs(entries, sheets).map((r) => r.index)).toEqual([0]);
  });
});

describe("the register after a write", () => {
  const sheets = [
    { id: "u", name: "Utfall" },
    { id: "{A}", name: "Kvot juni" },
    { id: "{V}", name: "Valideringsrapport" },
    { name: "Bidrag 2024" },
  ];
  const entries: OutputEntry[] = [
    { ...kvot, id: "{A}" },
    { ...valid, id: "{V}" },
    { kind: "bidrag", key: "2024", name: "Bidrag 2024" },
  ];

  it("replaces the outputs of the plans' kind + key, keeps the others under their current names", () => {
    const resolved = resolveOutputs(entries, sheets);
    const replaced = replacedOutputs(resolved, [{ kind: "valideringsrapport", key: "" }]);
    expect(replaced.map((r) => sheets[r.index].name)).toEqual(["Valideringsrapport"]);
    const next = nextRegister(resolved, sheets, replaced, [{ ...valid, id: "{NEW}" }]);
    expect(next).toEqual([
      { ...kvot, name: "Kvot juni", id: "{A}" },
      { kind: "bidrag", key: "2024", name: "Bidrag 2024" },
      { ...valid, id: "{NEW}" },
    ]);
  });

  it("drops ids that matched nothing (the entry was found by name)", () => {
    const moved = [{ id: "{N1}", name: "Förbrukningskvot 2024-06-30" }];
    const resolved = resolveOutputs([{ ...kvot, id: "{OLD}" }], moved);
    expect(nextRegister(resolved, moved, [], [])).toEqual([kvot]);
  });

  it("counts the register and the resolved outputs as own sheets", () => {
    const all = [...sheets, { name: "FinsamRegister" }];
    expect(ownSheetNames(resolveOutputs(entries, all), all)).toEqual(
      new Set(["Kvot juni", "Valideringsrapport", "Bidrag 2024", "FinsamRegister"]),
    );
  });
});
