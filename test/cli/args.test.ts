import { isIsoDate, parseArgs, todayIso, USAGE } from "../../src/cli/args";

const TODAY = "2024-10-24";

describe("parseArgs", () => {
  it("parses a full rapport command", () => {
    const r = parseArgs(
      [
        "rapport",
        "in.xlsx",
        "--fran",
        "2024-04-01",
        "--till",
        "2024-06-30",
        "--ut",
        "ut.xlsx",
        "--json",
        "ut.json",
        "--rapporter",
        "forbrukningskvot, driftsredovisning",
        "--idag",
        "2024-07-01",
      ],
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      command: {
        kind: "rapport",
        input: "in.xlsx",
        output: "ut.xlsx",
        fran: "2024-04-01",
        till: "2024-06-30",
        idag: "2024-07-01",
        json: "ut.json",
        rapporter: ["forbrukningskvot", "driftsredovisning"],
      },
    });
  });

  it("defaults --fran to 1 January of the --till year and --idag to today; accepts --flag=value and --från", () => {
    const r = parseArgs(["rapport", "--till=2021-12-31", "in.xlsx", "--ut=ut.xlsx"], TODAY);
    expect(r).toEqual({
      ok: true,
      command: { kind: "rapport", input: "in.xlsx", output: "ut.xlsx", fran: "2021-01-01", till: "2021-12-31", idag: TODAY },
    });
    const f = parseArgs(["rapport", "in.xlsx", "--från", "2021-07-01", "--till", "2021-12-31", "--ut", "u.xlsx"], TODAY);
    expect(f.ok && f.command.kind === "rapport" && f.command.fran).toBe("2021-07-01");
  });

  it("returns help for --help, -h and help inside rapport", () => {
    expect(parseArgs(["--help"], TODAY)).toEqual({ ok: true, command: { kind: "help" } });
    expect(parseArgs(["-h"], TODAY)).toEqual({ ok: true, command: { kind: "help" } });
    expect(parseArgs(["rapport", "--help"], TODAY)).toEqual({ ok: true, command: { kind: "help" } });
  });

  it.each([
    [[], "Ange ett kommando"],
    [["exportera"], 'Okänt kommando "exportera"'],
    [["rapport", "--till", "2024-06-30", "--ut", "u.xlsx"], "Ange arbetsboken"],
    [["rapport", "a.xlsx", "b.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx"], "En indatafil åt gången"],
    [["rapport", "in.xlsx", "--ut", "u.xlsx"], "--till saknas"],
    [["rapport", "in.xlsx", "--till", "2024-06-30"], "--ut saknas"],
    [["rapport", "in.xlsx", "--till", "2024-02-30", "--ut", "u.xlsx"], "--till 2024-02-30 är inget giltigt datum"],
    [["rapport", "in.xlsx", "--till", "30/6 2024", "--ut", "u.xlsx"], "inget giltigt datum"],
    [["rapport", "in.xlsx", "--till", "2024-06-30", "--fran", "2024-07-01", "--ut", "u.xlsx"], "ligger efter"],
    [["rapport", "in.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx", "--idag", "igår"], "--idag igår"],
    [["rapport", "in.xlsx", "--till"], "--till saknar värde"],
    [["rapport", "in.xlsx", "--till", "--ut", "u.xlsx"], "--till saknar värde"],
    [["rapport", "in.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx", "--till", "2024-03-31"], "två gånger"],
    [["rapport", "in.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx", "--format", "pdf"], "Okänd flagga --format"],
    [["rapport", "in.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx", "--rapporter", " , "], "--rapporter är tom"],
  ])("%j → usage error containing %s", (argv, text) => {
    const r = parseArgs(argv as string[], TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(text);
  });
});

describe("helpers", () => {
  it("isIsoDate accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-6-30")).toBe(false);
  });

  it("todayIso gives the local date", () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe("2024-01-05");
  });

  it("the usage text is Swedish and names every flag", () => {
    for (const flag of ["--till", "--fran", "--ut", "--json", "--rapporter", "--idag", "--help"]) expect(USAGE).toContain(flag);
    expect(USAGE).toContain("Användning");
  });
});
