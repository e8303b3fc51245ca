import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  looksLikeUppfoljningstabell,
  parseUppfoljningstabell,
  tabellVarde,
} from "../../../../src/domain/parse/deltagare/uppfoljningstabell";
import { AVSLUTNINGSANLEDNINGAR_TSV, readTsvSheet, sheetFromTsv, UTFALL_TSV } from "../../../fixtures/deltagare/tsv";

const tsv = (file: string) => readFileSync(join(__dirname, "../../../fixtures/deltagare", file), "utf8");

describe("parseUppfoljningstabell: Uppsala 2021 Tabell 6 'Utfall för deltagare'", () => {
  const { tabell, issues } = parseUppfoljningstabell(readTsvSheet(UTFALL_TSV, "Tabell 6"));

  it("reads both blocks: two-row header (period above K/M/S:a), group heading, rows, Summa and Fördelning", () => {
    expect(tabell.block).toHaveLength(2);
    const [b1, b2] = tabell.block;
    expect(b1.titel).toBe("Tabell 6. Utfall för deltagare");
    expect(b1.radrubrik).toBe("Individinsatser");
    expect(b1.grupper.map((g) => [g.rubrik, g.period, g.andel])).toEqual([
      ["Inregistrerade perioden", "jan-december", false],
      ["Avslutade perioden", "jan-december", false],
      ["Avslutade under hela insatsperioden", "t.o.m. sista december", false],
      ["Pågående deltagare", "per sista december", false],
    ]);
    expect(b1.rader.map((r) => r.summa)).toEqual([false, false, false, false, false, false, false, true]);
    expect(b1.fordelning?.procent).toEqual([42, 58, 44, 56, 46, 54, 23, 77]);
    expect(b2.grupper.map((g) => [g.rubrik, g.andel, g.kolumner.length])).toEqual([
      ["Antal till arbete och eller studier", false, 3],
      ["Andel till arbete och eller studier (%)", true, 3],
      ["Andel med handlingsplan (%)", true, 1],
    ]);
    expect(tabellVarde(tabell, 0, "Framsteget Håbo", 0, "S")).toBe(73);
    expect(tabellVarde(tabell, 1, "Framsteget Håbo", 1, "K")).toBe(59);
    expect(tabellVarde(tabell, 1, "Plattform för individstöd samverkan Heby", 2, null)).toBeNull(); // "N/A"
    expect(tabellVarde(tabell, 1, "Summa:", 1, "K")).toBeNull();
    expect(tabellVarde(tabell, 0, "Finns inte", 0, "K")).toBeUndefined();
  });

  it("flags the published Summa: avslutade K 63 / M 79 (rows 186 / 223), 63 + 79 ≠ 409, and the Fördelning built on them", () => {
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["SUMMA_STAMMER_INTE", "E13"],
      ["SUMMA_STAMMER_INTE", "F13"],
      ["KM_SUMMA_STAMMER_INTE", "E13:G13"],
      ["FORDELNING_STAMMER_INTE", "A15"],
    ]);
    expect(issues[0].message).toContain("säger 63 men raderna ovanför ger 186");
    expect(issues[1].message).toContain("säger 79 men raderna ovanför ger 223");
    expect(issues[2].message).toContain("63 + 79 = 142 men S:a säger 409");
    expect(issues[3].message).toContain("44 % / 56 % men raderna ger 45 % / 55 %");
    expect(issues.every((i) => i.severity === "varning" && i.sheet === "Tabell 6")).toBe(true);
  });
});

describe("parseUppfoljningstabell: Uppsala 2021 Tabell 8 'Avslutningsanledningar'", () => {
  it("understands nested sum rows (S: a Arbete with its 'Arbetar x %' breakdown, S: a Arbete och/ eller studerande)", () => {
    const { tabell, issues } = parseUppfoljningstabell(readTsvSheet(AVSLUTNINGSANLEDNINGAR_TSV, "Tabell 8"));
    expect(issues).toEqual([]);
    expect(tabell.block[0].titel).toMatch(/^Tabell 8/);
    expect(tabellVarde(tabell, 0, "S: a Arbete och/ eller studerande", 0, "S")).toBe(186);
    expect(tabellVarde(tabell, 0, "Arbetar 40 %", 0, "K")).toBeNull();
  });

  it("flags a wrong nested sum and a wrong K + M", () => {
    const text = tsv(AVSLUTNINGSANLEDNINGAR_TSV)
      .replace("S: a Arbete\t54\t78\t132", "S: a Arbete\t55\t78\t133")
      .replace("studerande\t32\t22\t54", "studerande\t32\t22\t55");
    const { issues } = parseUppfoljningstabell(sheetFromTsv("T8", text));
    expect(issues[0].message).toContain("säger 55 men raderna ovanför ger 54");
    expect(issues[2].message).toContain("säger 186 men raderna ovanför ger 187");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["SUMMA_STAMMER_INTE", "B15"],
      ["SUMMA_STAMMER_INTE", "D15"],
      // 132 + 55: the wrong studerande total (32 + 22 ≠ 55) is seen here; the wrong S: a Arbete is not carried on
      ["SUMMA_STAMMER_INTE", "D17"],
      ["KM_SUMMA_STAMMER_INTE", "B16:D16"],
    ]);
  });
});

describe("looksLikeUppfoljningstabell", () => {
  it("is true only for sheets with a K/M header row", () => {
    expect(looksLikeUppfoljningstabell(readTsvSheet(UTFALL_TSV, "T6"))).toBe(true);
    expect(looksLikeUppfoljningstabell(sheetFromTsv("Budget", "Post\tBudget\nMedlemsavgifter\t100"))).toBe(false);
  });
});

describe("other layouts", () => {
  it("reads Kvinnor / Män / Totalt headers and checks a Totalt row", () => {
    const text = ["Deltagare 2024", "Insats\tKvinnor\tMän\tTotalt", "A\t3\t4\t7", "B\t5\t6\t11", "Totalt\t8\t10\t19"].join("\n");
    const { tabell, issues } = parseUppfoljningstabell(sheetFromTsv("Egen", text));
    expect(tabell.block[0].grupper[0].kolumner.map((k) => k.kon)).toEqual(["K", "M", "S"]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["SUMMA_STAMMER_INTE", "D5"],
      ["KM_SUMMA_STAMMER_INTE", "B5:D5"],
    ]);
  });
});
