import { INGET_UNDERLAG, INTERNT_FEL, RAPPORT_SAKNAR_UNDERLAG, runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { DriftsredovisningResultat } from "../../../src/domain/compute/driftsredovisning";
import type { ForbrukningskvotResultat } from "../../../src/domain/compute/forbrukningskvot";
import { type RawSheet } from "../../../src/domain/model";
import { collectIssues, issue, type IssueCode } from "../../../src/domain/issues";
import type { ReportModule } from "../../../src/domain/reports/types";
import { uppsala2024Sheets } from "../fixtures/uppsala-2024-sheets";

const options = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };

describe("runPipeline on the Uppsala 2024 template sheets", () => {
  const out = runPipeline(uppsala2024Sheets(), options);

  it("parses, computes both reports and plans their sheets with the Valideringsrapport last", () => {
    expect(out.base.insatser).toHaveLength(12);
    expect(out.plans.map((p) => p.name)).toEqual([
      "Förbrukningskvot 2024-06-30",
      "Driftsredovisning 2024-06-30",
      "Resultat 2024-06-30",
      "Valideringsrapport",
    ]);
    expect(out.plans.map((p) => p.kind)).toEqual(["forbrukningskvot", "driftsredovisning", "resultat", "valideringsrapport"]);
  });

  it("reproduces the published figures end to end", () => {
    const d = out.results.driftsredovisning as DriftsredovisningResultat;
    // Kronor at full precision; the published table shows whole tkr.
    const tkr = (v: number | undefined) => Math.round((v ?? NaN) / 1000);
    expect([d.totalt.budget, d.totalt.utfall, d.totalt.avvikelse].map(tkr)).toEqual([-1_480, -620, 860]);
    expect([d.totalt.budget, d.totalt.utfall, d.totalt.avvikelse]).toEqual([-1_480_000, -619_700, 860_300]);
    expect([d.summaSamverkansinsatser.budget, d.summaSamverkansinsatser.utfall].map(tkr)).toEqual([-10_329, -9_628]);
    expect(d.totalt.prognosHelar).toBe(-1_530_000);
    const k = out.results.forbrukningskvot as ForbrukningskvotResultat;
    const jobbcentrum = k.rader.find((r) => r.insats.startsWith("Jobbcentrum"))!;
    expect(Math.round(jobbcentrum.kvot! * 100)).toBe(72);
  });

  it("collects every module's issues, sorted, into the result and the Valideringsrapport", () => {
    const codes = out.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["KVOT_UTAN_BUDGET", "POST_UTAN_BUDGET"]));
    const order = { fel: 0, varning: 1, info: 2 };
    expect(out.issues.every((x, i) => i === 0 || order[out.issues[i - 1].severity] <= order[x.severity])).toBe(true);
    const rapport = out.plans[out.plans.length - 1];
    expect(rapport.rows.slice(5).map((r) => r[4])).toEqual(codes);
  });

  it("options.reports filters the modules by kind", () => {
    const only = runPipeline(uppsala2024Sheets(), { ...options, reports: ["driftsredovisning"] });
    expect(only.plans.map((p) => p.kind)).toEqual(["driftsredovisning", "valideringsrapport"]);
    expect(Object.keys(only.results)).toEqual(["driftsredovisning"]);
  });
});

describe("runPipeline robustness", () => {
  const boom: ReportModule<"bidrag"> = {
    kind: "bidrag",
    label: "Testrapport",
    run: () => {
      throw new Error("oväntat");
    },
  };
  const quiet: ReportModule<"deltagare"> = { kind: "deltagare", label: "Tyst rapport", run: () => null };
  const twice: ReportModule<"rekvisitionskontroll"> = {
    kind: "rekvisitionskontroll",
    label: "Dubbel",
    run: () => ({
      result: null,
      plans: [],
      issues: [issue("info", "NEGATIV_BUDGET", "Utfall", "A2", "samma"), issue("info", "NEGATIV_BUDGET", "Utfall", "A2", "samma")],
    }),
  };

  it("a module that throws becomes an INTERNT_FEL issue; the other modules still run", () => {
    const out = runPipeline(uppsala2024Sheets(), options, { modules: [boom, twice] });
    const fel = out.issues.find((i) => i.code === INTERNT_FEL)!;
    expect(fel).toMatchObject({ severity: "fel", sheet: "", cell: "" });
    expect(fel.message).toMatch(/Testrapport.*oväntat/);
    expect(out.results.rekvisitionskontroll).toBeNull();
    expect(Object.keys(out.results)).toEqual(["rekvisitionskontroll"]);
    expect(out.issues.filter((i) => i.code === "NEGATIV_BUDGET")).toHaveLength(1);
    expect(out.plans.map((p) => p.kind)).toEqual(["valideringsrapport"]);
  });

  it("a parser or validator that throws becomes an issue too", () => {
    const out = runPipeline([], options, {
      parseBase: () => {
        throw new Error("parse");
      },
      validateBase: () => {
        throw new Error("validate");
      },
      modules: [],
    });
    expect(out.issues.filter((i) => i.code === INTERNT_FEL)).toHaveLength(2);
    expect(out.base.insatser).toEqual([]);
  });

  it("a module asked for by name that lacks its sheets gets an info issue", () => {
    const out = runPipeline([], { ...options, reports: ["deltagare"] }, { modules: [quiet] });
    expect(out.issues.map((i) => i.code)).toContain(RAPPORT_SAKNAR_UNDERLAG);
    const silent = runPipeline([], options, { modules: [quiet] });
    expect(silent.issues.map((i) => i.code)).not.toContain(RAPPORT_SAKNAR_UNDERLAG);
  });

  it("an empty workbook gives only the Valideringsrapport, no crash", () => {
    const empty: RawSheet[] = [{ name: "Blad1", origin: { row: 0, col: 0 }, values: [] }];
    const out = runPipeline(empty, options);
    expect(out.plans.map((p) => p.kind)).toEqual(["valideringsrapport"]);
  });
});

describe("collectIssues", () => {
  const at = (code: IssueCode, severity: "fel" | "varning" | "info", cell: string) => issue(severity, code, "Utfall", cell, code);

  it("keeps one finding per misspelt post: OKAND_POST, not also the driftsredovisning's POST_UTAN_BUDGET at that cell", () => {
    const out = collectIssues([
      at("POST_UTAN_BUDGET", "info", "A37"),
      at("OKAND_POST", "fel", "A37"),
      at("POST_UTAN_BUDGET", "info", "A8"),
      at("OKAND_POST", "varning", "A8"),
    ]);
    expect(out.map((i) => [i.code, i.cell])).toEqual([
      ["OKAND_POST", "A37"],
      ["OKAND_POST", "A8"],
      ["POST_UTAN_BUDGET", "A8"],
    ]);
  });
});

describe("an empty or near-empty workbook", () => {
  const sheet = (name: string, values: RawSheet["values"]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values });
  const cases: [string, RawSheet[]][] = [
    ["no sheets", []],
    ["one empty sheet", [sheet("Blad1", [])]],
    ["a sheet with a few words", [sheet("Blad1", [["Anteckningar"], ["ring Anna"]])]],
    ["a Budget header without rows", [sheet("Budget", [["Post", "Kategori", "År", "Budget"]])]],
  ];
  it.each(cases)("%s: a fel that points at Skapa mallar, not a green '0 fel'", (_name, sheets) => {
    const out = runPipeline(sheets, options);
    const fel = out.issues.filter((i) => i.severity === "fel" && i.code === INGET_UNDERLAG);
    expect(fel).toHaveLength(1);
    expect(fel[0].message).toContain("Skapa mallar");
    expect(out.plans.map((p) => p.kind)).toEqual(["valideringsrapport"]);
  });
  it("the example workbook has no such fel", () => {
    expect(runPipeline(uppsala2024Sheets(), options).issues.map((i) => i.code)).not.toContain(INGET_UNDERLAG);
  });
});
