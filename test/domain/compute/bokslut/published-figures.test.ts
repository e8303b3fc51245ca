import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../../../src/domain/compute/bokslut";
import { readSie, sieEncoding } from "../../../../src/domain/ledger/sie-read";
import { generateSie, SIE_FIXTURES } from "../../../fixtures/ledger/generate-sie";

/** The SIE fixtures (test/fixtures/ledger) reproduce every published bokslut figure of domain.md §3.7. */

const dir = path.join(__dirname, "../../../fixtures/ledger");

function bokslutOf(file: keyof typeof SIE_FIXTURES, sheets: Parameters<typeof computeBokslut>[2]["sheets"] = []) {
  const bytes = readFileSync(path.join(dir, file));
  const text = iconv.decode(bytes, sieEncoding(bytes));
  const read = readSie(text, file);
  const b = computeBokslut(read.ledger, read.issues, { kontoplan: [], sheets });
  return { read, ...b };
}

describe("SIE fixtures → published figures", () => {
  it.each(Object.keys(SIE_FIXTURES) as (keyof typeof SIE_FIXTURES)[])("%s on disk is what the generator writes", (file) => {
    const bytes = readFileSync(path.join(dir, file));
    expect(iconv.decode(bytes, "cp437")).toBe(generateSie(SIE_FIXTURES[file]));
  });

  it("Uppsala 2024-06-30: RR, BR, kassaflöde, soliditet, Periodens resultat", () => {
    const { read, result, issues } = bokslutOf("uppsala-2024-06-30.se");
    expect(read.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const rr = result.resultatrakning;
    expect(rr.intakter.period).toBe(12_093_929);
    expect(rr.kostnader.period).toBe(-12_937_142);
    expect(rr.verksamhetensResultat.period).toBe(-843_213);
    expect(rr.finansiellaIntakter.period).toBe(227_517);
    expect(rr.finansiellaKostnader.period).toBe(-4_137);
    expect(rr.aretsResultat.period).toBe(-619_833);
    expect(rr.resultatRubrik).toBe("Periodens resultat");
    const br = result.balansrakning;
    expect(br.summaTillgangar.ub).toBe(18_692_021);
    expect(br.summaEgetKapital.ub).toBe(6_739_931);
    expect(br.summaSkulder.ub).toBe(11_952_090);
    expect(br.summaEgetKapitalOchSkulder.ub).toBe(18_692_021);
    const kf = result.kassaflode;
    expect(kf.lopandeVerksamhet).toBe(5_210_174);
    expect(kf.likvidaMedelIb).toBe(13_163_897);
    expect(kf.likvidaMedelUb).toBe(18_374_071);
    expect(Math.round((result.nyckeltal.soliditet ?? 0) * 1000) / 10).toBe(36.1);
    expect(issues).toEqual([]);
    expect(result.kontroller.every((k) => k.skillnad === undefined || k.skillnad === 0)).toBe(true);
    // The Underlag a board member checks with a calculator: whole kronor, a negative term written as a minus.
    const ek = result.kontroller.find((k) => k.namn.startsWith("Eget kapital UB"));
    expect(ek?.beskrivning).toBe("6\u00a0739\u00a0931 − (7\u00a0359\u00a0764 − 619\u00a0833) kr.");
    expect(result.kontroller.map((k) => k.beskrivning).join(" ")).not.toMatch(/[+−] −|,00\b/);
    expect(result.utfallPerInsats.find((u) => u.insats === "Jobbcentrum")?.utfall).toBe(-955_000);
    expect(result.utfallPerInsats.find((u) => u.insats === "Lokussamordnare Uppsala")?.utfall).toBe(-198_400);
  });

  it("Uppsala 2024-06-30 with a typed nyckeltal sheet stating 40 %: flagged on that cell", () => {
    const sheet = {
      name: "Nyckeltal",
      origin: { row: 0, col: 0 },
      values: [
        ["Nyckeltal", "2024-06-30"],
        ["Soliditet", "40 %"],
      ],
    };
    const { issues } = bokslutOf("uppsala-2024-06-30.se", [sheet]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "SOLIDITET_SKILJER", sheet: "Nyckeltal", cell: "B2" });
    expect(issues[0].message).toContain("40 %");
    expect(issues[0].message).toContain("36,1 %");
  });

  it("Uppsala 2014: årets resultat, BR, EK, kassaflöde", () => {
    const { result, issues } = bokslutOf("uppsala-2014.se");
    expect(result.resultatrakning.aretsResultat.period).toBe(-3_566_125);
    expect(result.resultatrakning.resultatRubrik).toBe("Årets resultat");
    expect(result.balansrakning.summaTillgangar.ub).toBe(20_769_220);
    expect(result.balansrakning.summaEgetKapital.ub).toBe(13_266_391);
    expect(result.kassaflode.aretsKassaflode).toBe(-5_028_778);
    expect(issues).toEqual([]);
  });

  it("Skellefteå 2014: RR, BR, kassaflöde, soliditet 62,7 %", () => {
    const { result, issues } = bokslutOf("skelleftea-2014.se");
    const rr = result.resultatrakning;
    expect([
      rr.intakter.period,
      rr.kostnader.period,
      rr.verksamhetensResultat.period,
      rr.finansiellaIntakter.period,
      rr.aretsResultat.period,
    ]).toEqual([6_139_306, -7_724_247, -1_584_941, 17_943, -1_566_998]);
    const br = result.balansrakning;
    expect([br.fordringar.ub, br.kassaBank.ub, br.summaTillgangar.ub, br.summaEgetKapital.ub, br.summaSkulder.ub]).toEqual([
      500_922, 2_995_994, 3_496_916, 2_192_261, 1_304_655,
    ]);
    expect([result.kassaflode.aretsKassaflode, result.kassaflode.likvidaMedelIb, result.kassaflode.likvidaMedelUb]).toEqual([
      -1_973_745, 4_969_739, 2_995_994,
    ]);
    expect(Math.round((result.nyckeltal.soliditet ?? 0) * 1000) / 10).toBe(62.7);
    expect(issues).toEqual([]);
  });

  it("the same Skellefteå file cut at 2014-06-30 is a delår computed from the transactions", () => {
    const bytes = readFileSync(path.join(dir, "skelleftea-2014.se"));
    const read = readSie(iconv.decode(bytes, "cp437"), "s.se");
    const { result } = computeBokslut(read.ledger, read.issues, { kontoplan: [], till: "2014-06-30" });
    expect(result.saldon.kalla).toBe("transaktioner");
    expect(result.resultatrakning.resultatRubrik).toBe("Periodens resultat");
    expect(result.balansrakning.summaTillgangar.ub).toBe(result.balansrakning.summaEgetKapitalOchSkulder.ub);
    expect(result.kassaflode.likvidaMedelIb + result.kassaflode.aretsKassaflode).toBeCloseTo(result.kassaflode.likvidaMedelUb, 6);
  });
});
