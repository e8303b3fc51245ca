import type { CellValue, RawSheet } from "../../../src/domain/model/raw";
import type { ParsedWorkbook } from "../../../src/domain/model/records";
import { findPersonnummer, findPersonnummerInText } from "../../../src/domain/text/personnummer";
import { tabellVarde, parseUppfoljningstabell } from "../../../src/domain/parse/deltagare/uppfoljningstabell";
import type { PipelineOptions } from "../../../src/domain/reports/types";
import { deltagareModule, publiceringThreshold } from "../../../src/domain/reports/deltagare";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { generateDeltagare, generateUppsala2021 } from "../../fixtures/deltagare/generate";
import { shown } from "../../fixtures/deltagare/plan-eval";
import { AVSLUTNINGSANLEDNINGAR_TSV, readTsvSheet, UTFALL_TSV } from "../../fixtures/deltagare/tsv";
import { MAL_2021 } from "../../fixtures/deltagare/uppsala-2021";

const base = (insatser: ParsedWorkbook["insatser"]): ParsedWorkbook => ({
  insatser,
  budget: [],
  utfall: [],
  installningar: { forbund: "Samordningsförbundet Uppsala län", ovrigt: {} },
  sourceSheets: { insatser: "Insatser" },
});
const rawSheetOf = (name: string, values: CellValue[][]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values });
const options = (fran: string, till: string, publicering: PipelineOptions["publicering"] = null): PipelineOptions => ({
  fran,
  till,
  idag: "2022-02-15",
  publicering,
});

describe("report module 'deltagare'", () => {
  const g = generateUppsala2021();

  it("returns null without a Deltagare sheet", () => {
    expect(deltagareModule.kind).toBe("deltagare");
    expect(deltagareModule.run({ sheets: [g.sheets[0]], base: base(g.insatser), options: options(g.fran, g.till) })).toBeNull();
  });

  it("writes every cell of the published Tabell 6 (both blocks) from the participant rows, and checks the published table when given", () => {
    const published = readTsvSheet(UTFALL_TSV, "Tabell 6 publicerad");
    const out = deltagareModule.run({ sheets: [...g.sheets, published], base: base(g.insatser), options: options(g.fran, g.till) });
    const plan = out?.plans[0];
    expect(plan?.name).toBe("Uppföljning deltagare 2021");
    const t6 = parseUppfoljningstabell(published).tabell;
    const header = plan?.rows.findIndex((r) => r[0] === "Insats") ?? -1;
    for (const m of MAL_2021) {
      const row = plan?.rows.slice(header).find((r) => r[0] === m.insats) ?? [];
      const ours = row.slice(1, 13).map(shown);
      const theirs = [0, 1, 2, 3].flatMap((grupp) => (["K", "M", "S"] as const).map((k) => tabellVarde(t6, 0, m.publicerad, grupp, k)));
      expect([m.publicerad, ...ours]).toEqual([m.publicerad, ...theirs]);
    }
    // block 2: till arbete och/eller studier (antal) and andel in whole percent; Heby's 0 avslutade → empty
    const header2 = plan?.rows.findIndex((r, i) => i > header && r[0] === "Insats") ?? -1;
    for (const m of MAL_2021) {
      const row = plan?.rows.slice(header2).find((r) => r[0] === m.insats) ?? [];
      const antal = row.slice(4, 7).map(shown);
      const andel = row
        .slice(7, 10)
        .map((c) => shown(c))
        .map((v) => (typeof v === "number" ? Math.round(v * 100) : v));
      expect([m.publicerad, ...antal]).toEqual([
        m.publicerad,
        ...(["K", "M", "S"] as const).map((k) => tabellVarde(t6, 1, m.publicerad, 0, k)),
      ]);
      const published = (["K", "M", "S"] as const).map((k) => tabellVarde(t6, 1, m.publicerad, 1, k));
      expect([m.publicerad, ...andel]).toEqual([m.publicerad, ...(m.avslutade[0] === 0 ? ["", "", ""] : published)]);
    }
    const codes = out?.issues.map((i) => [i.code, i.sheet, i.cell]);
    expect(codes).toEqual([
      ["SUMMA_STAMMER_INTE", "Tabell 6 publicerad", "E13"],
      ["SUMMA_STAMMER_INTE", "Tabell 6 publicerad", "F13"],
      ["KM_SUMMA_STAMMER_INTE", "Tabell 6 publicerad", "E13:G13"],
      ["FORDELNING_STAMMER_INTE", "Tabell 6 publicerad", "A15"],
    ]);
  });

  it("writes every row of the published Tabell 8 (Avslutningsanledningar)", () => {
    const out = deltagareModule.run({ sheets: g.sheets, base: base(g.insatser), options: options(g.fran, g.till) });
    const rows = out?.plans[0].rows ?? [];
    const t8 = parseUppfoljningstabell(readTsvSheet(AVSLUTNINGSANLEDNINGAR_TSV, "Tabell 8")).tabell;
    const labels: [string, string][] = [
      ["subventionerat arbete", "Subventionerat arbete"],
      ["ej subventionerat arbete", "Ej subventionerat arbete"],
      ["eget företag", "Eget företag"],
      ["Arbetar 25 %", "varav arbetar 25–39 %"],
      ["Arbetar 40 %", "varav arbetar 40–49 %"],
      ["Arbetar 50 %", "varav arbetar 50–59 %"],
      ["Arbetar 60-69 %", "varav arbetar 60–69 %"],
      ["Arbetar 70 %", "varav arbetar 70–74 %"],
      ["Arbetar 75 %", "varav arbetar 75–79 %"],
      ["Arbetar 80 %", "varav arbetar 80–99 %"],
      ["Arbetar 100 %", "varav arbetar 100 %"],
      ["S: a Arbete", "S:a arbete"],
      ["studerande", "Studier"],
      ["S: a Arbete och/ eller studerande", "S:a arbete och/eller studier"],
      ["Aktivt arbetsökande", "Aktivt arbetssökande"],
    ];
    for (const [theirs, ours] of labels) {
      const row = rows.find((r) => r[0] === ours) ?? [];
      const published = (["K", "M", "S"] as const).map((k) => tabellVarde(t8, 0, theirs, 0, k));
      expect(published).not.toContain(undefined);
      expect([ours, ...row.slice(1, 4).map(shown)]).toEqual([ours, ...published.map((v) => v ?? 0)]); // empty = 0
    }
  });

  it("Publicering: honours the threshold; the JSON result holds the published tables only", () => {
    const out = deltagareModule.run({ sheets: g.sheets, base: base(g.insatser), options: options(g.fran, g.till, { threshold: 3 }) });
    const result = out?.result as { publicering: { threshold: number }; tabeller: { rubrik: string; rader: unknown[][] }[] };
    expect(result.publicering).toEqual({ threshold: 3 });
    const utfall = result.tabeller[0];
    expect(utfall.rader.find((r) => r[0] === "Ung Intro")?.slice(1, 3)).toEqual(["<3", "x"]);
    expect(JSON.stringify(result)).not.toContain('"inregistrerade"');
    expect(out?.plans[0].name).toBe("Publicering deltagare 2021");
    expect(publiceringThreshold({ threshold: 0 })).toBe(5);
    expect(publiceringThreshold({ threshold: 3.2 })).toBe(3);
    expect(publiceringThreshold(null)).toBeNull();
  });

  it("never copies a personnummer-like value to any plan cell, result or issue message", () => {
    const values: CellValue[][] = [
      [
        "Deltagar-ID",
        "Insats",
        "Kön",
        "Inskriven",
        "Utskriven",
        "Avslutningsorsak",
        "Kommun",
        "Försörjning vid inskrivning",
        "Utbildning",
        "Anteckning",
      ],
      ["19121212-1212", "Framsteget", "K", "2021-02-01", "2021-05-01", "121212-1212", "Håbo", "Försörjningsstöd", "Gymnasium", null],
      ["A-2", "121212-1212", "M", "2021-02-01", null, null, "121212-1212", "121212+1212", "121212-1212", "pnr 191212121212"],
      ["A-3", "Framsteget", "M", 191212121212, null, null, "Håbo", "", "Gymnasium", 1212121212],
      ["A-4", "Framsteget", "K", "2021-03-01", null, null, "Håbo", "", "701272-1234", null],
    ];
    const sheet: RawSheet = { name: "Deltagare", origin: { row: 0, col: 0 }, values };
    for (const publicering of [null, { threshold: 5 }]) {
      const out = deltagareModule.run({
        sheets: [g.sheets[0], sheet],
        base: base(g.insatser),
        options: options(g.fran, g.till, publicering),
      });
      expect(out).not.toBeNull();
      const pnrIssues = out?.issues.filter((i) => i.code === "DELT_PERSONNUMMER") ?? [];
      expect(pnrIssues.map((i) => i.cell)).toEqual(["A2", "F2", "B3", "G3", "H3", "I3", "J3", "D4", "J4", "I5"]);
      for (const plan of out?.plans ?? []) for (const row of plan.rows) for (const c of row) expect(findPersonnummer(shown(c))).toBeNull();
      if (!publicering) expect((out?.result as { raknade: number }).raknade).toBe(2); // insats or inskriven unusable: not counted
      const json = JSON.stringify(out);
      expect(findPersonnummerInText(json)).toBeNull();
      for (const digits of ["1212121212", "121212", "701272"]) expect(json).not.toContain(digits);
    }
  });

  it("20 000 rows through parse, validate, compute, publicering and plan: one plan, no finding", () => {
    // The time is measured by `npm run bench` (section 1), not asserted in a unit test on a shared machine.
    const big = generateDeltagare(20000, 5);
    const out = deltagareModule.run({
      sheets: big.sheets,
      base: base(big.insatser),
      options: options(big.fran, big.till, { threshold: 5 }),
    });
    expect(out?.issues).toEqual([]);
    expect(out?.plans).toHaveLength(1);
  });
});

describe("report module 'deltagare' through the mapping and the aliases", () => {
  const insatser = () => [
    ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (tkr)"],
    ["Individsamverkansteam", "Individ", "Enköpings kommun", "2022-01-01", "2024-12-31", 1000],
  ];
  const deltagare = (name = "Deltagare") =>
    rawSheetOf(name, [
      ["Deltagar-ID", "Insats", "Kön", "Inskriven"],
      ["D1", "Individ -samverkansteam", "K", "2024-02-01"],
      ["D2", "Individsamverkansteam", "M", "2024-03-01"],
    ]);
  const alias = () =>
    rawSheetOf("Alias", [
      ["Namn", "Insats"],
      ["Individ -samverkansteam", "Individsamverkansteam"],
    ]);
  const run = (sheets: RawSheet[]) =>
    runPipeline(sheets, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15", reports: ["deltagare"] });

  it("a row written as an alias of the insats counts for the insats", () => {
    const r = run([rawSheetOf("Insatser", insatser()), deltagare(), alias()]);
    expect(r.issues.map((i) => i.code)).not.toContain("DELT_OKAND_INSATS");
    expect((r.results.deltagare as { raknade: number }).raknade).toBe(2);
    const utan = run([rawSheetOf("Insatser", insatser()), deltagare()]);
    expect(utan.issues.filter((i) => i.code === "DELT_OKAND_INSATS").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Deltagare!B2"]);
    expect((utan.results.deltagare as { raknade: number }).raknade).toBe(1);
  });

  it("finds participant sheets of other names through the mapping and reads every one of them", () => {
    const r = run([rawSheetOf("Insatser", insatser()), deltagare("Export mars"), deltagare("Export april"), alias()]);
    expect((r.results.deltagare as { raknade: number }).raknade).toBe(4);
    expect(r.issues.filter((i) => i.code === "BLAD_LASES_INTE").map((i) => i.sheet)).toEqual([]);
  });

  it("checks a published table even when the workbook has no Deltagare sheet", () => {
    const published = readTsvSheet(UTFALL_TSV, "Tabell 6");
    const out = deltagareModule.run({ sheets: [published], base: base([]), options: options("2021-01-01", "2021-12-31") })!;
    expect(out.result).toBeNull();
    expect(out.plans).toEqual([]);
    expect(out.issues.filter((i) => i.code === "SUMMA_STAMMER_INTE").map((i) => i.cell)).toEqual(expect.arrayContaining(["E13", "F13"]));
  });
});
