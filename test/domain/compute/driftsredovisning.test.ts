import { computeDriftsredovisning, RUBRIK, type DriftsBelopp } from "../../../src/domain/compute/driftsredovisning";
import { uppsala2024 } from "../fixtures/uppsala-2024";
import { uppsala2014 } from "../fixtures/uppsala-2014";

const H1 = { fran: "2024-01-01", till: "2024-06-30" };

/** [budget, utfall, avvikelse] in whole tkr, for comparison with the published table. */
const tkr = (b: DriftsBelopp) => [b.budget, b.utfall, b.avvikelse].map((v) => (v === undefined ? undefined : Math.round(v / 1000)));

describe("driftsredovisning Uppsala 2024-06-30", () => {
  const { result, issues } = computeDriftsredovisning(uppsala2024(), H1);
  const post = (namn: string) => {
    const p = result.grupper.flatMap((g) => g.poster).find((x) => x.post.startsWith(namn));
    if (!p) throw new Error(`ingen post ${namn}`);
    return p;
  };
  const grupp = (rubrik: string) => result.grupper.find((g) => g.rubrik === rubrik)!;

  it("Jobbcentrum: budget −1 326, utfall −955, avvikelse 371 (kronor, full precision)", () => {
    const p = post("Jobbcentrum");
    expect([p.budget, p.utfall, p.avvikelse]).toEqual([-1_326_000, -955_000, 371_000]);
    expect(p.agare).toBe("Enköpings kommun");
    expect(p.budgetHelar).toBe(-2_652_000);
    expect(p.prognosHelar).toBe(-2_652_000);
  });

  it("groups by Typ: Individinriktade (with the förstudie) and Strukturinriktade", () => {
    expect(result.grupperingEfter).toBe("typ");
    expect(result.grupper.map((g) => g.rubrik)).toEqual([
      RUBRIK.intakter,
      RUBRIK.administration,
      RUBRIK.individ,
      RUBRIK.struktur,
      RUBRIK.ejFordelat,
      RUBRIK.ovriga,
    ]);
    expect(grupp(RUBRIK.ejFordelat).poster.map((p) => p.post)).toEqual(["Prognostiserade ej nyttjade medel"]);
    expect(grupp(RUBRIK.individ).poster).toHaveLength(9);
    expect(grupp(RUBRIK.individ).poster.map((p) => p.post)).toContain("Förstudie pilotprojekt");
    expect(grupp(RUBRIK.struktur).poster.map((p) => p.post)).toEqual(["RegExPro", "Lokussamordnare Uppsala", "Lokussamordnare Älvkarleby"]);
  });

  it("every published row", () => {
    const rows: [string, number | undefined, number, number | undefined][] = [
      ["Medlemsavgifter", 11661, 11661, 0],
      ["Övriga rörelseintäkter", 0, 12, 12],
      ["ESF medel", 389, 421, 32],
      ["Styrelse", -400, -177, 223],
      ["Kansli och kringkostnader", -1911, -2202, -291],
      ["Kansli ESF", -400, -400, 0],
      ["Plattform", -1173, -1138, 35],
      ["Framsteget", -1940, -1804, 136],
      ["En väg in", -847, -789, 58],
      ["Ung framtid", -2171, -1993, 178],
      ["Kvinna Hälsa Arbete", -674, -618, 56],
      ["Förstudie", 0, -115, -115],
      ["Arbetsmarknadsstödjare", -385, -417, -32],
      ["Bryggan", -930, -871, 59],
      ["RegExPro", -623, -648, -25],
      ["Lokussamordnare Uppsala", -180, -199, -19],
      ["Lokussamordnare Älvkarleby", -80, -81, -1],
      ["Ekonom projektstöd", -220, -196, 24],
      ["Verksamhetsutvecklare", -220, -95, 125],
      ["Kompetenshöjande", -50, -16, 34],
    ];
    for (const [namn, ...published] of rows) expect([namn, ...tkr(post(namn))]).toEqual([namn, ...published]);
  });

  it("Summa intäkter 12 050 / 12 094 / 44 (the published 32 leaves the unbudgeted 12 tkr out); Summa kansli och styrelse −2 711 / −2 779 / −68", () => {
    expect(tkr(result.summaIntakter)).toEqual([12050, 12094, 44]);
    expect(tkr(result.summaAdministration)).toEqual([-2711, -2779, -68]);
  });

  it("Summa samverkansinsatser −10 329 / −9 628 / 701 exactly", () => {
    const s = result.summaSamverkansinsatser;
    expect([s.budget, s.utfall, s.avvikelse]).toEqual([-10_329_000, -9_627_700, 701_300]);
    expect([s.budget, s.utfall, s.avvikelse].map((v) => Math.round((v ?? NaN) / 1000))).toEqual([-10_329, -9_628, 701]);
  });

  it("Summa övriga samverkansinsatser −490 / −307 / 183", () => {
    expect(tkr(result.summaOvriga)).toEqual([-490, -307, 183]);
  });

  it("Totalt −1 480 / −620 / 860 (ej budgeterad 12 tkr counts in the avvikelse; the published 848 does not)", () => {
    const t = result.totalt;
    expect([t.budget, t.utfall, t.avvikelse]).toEqual([-1_480_000, -619_700, 860_300]);
    expect([t.budget, t.utfall, t.avvikelse].map((v) => Math.round((v ?? NaN) / 1000))).toEqual([-1_480, -620, 860]);
  });

  it("Budget helår and Prognos helår from the Ekonomisk information; förbrukad andel = utfall / årsbudget", () => {
    expect(post("Styrelse").budgetHelar).toBe(-800_000);
    expect(post("Styrelse").prognosHelar).toBe(-450_000);
    expect(Math.round(post("Styrelse").forbrukadAndel! * 100)).toBe(22); // 177 / 800
    expect(Math.round(post("Kansli och kringkostnader").forbrukadAndel! * 100)).toBe(58); // 2 202 / 3 822
    expect(post("Medlemsavgifter").prognosHelar).toBe(23_322_000);
    expect(result.summaIntakter.budgetHelar).toBe(24_100_000);
    expect(grupp(RUBRIK.individ).summa.forbrukadAndel).toBeCloseTo(
      grupp(RUBRIK.individ).summa.utfall / grupp(RUBRIK.individ).summa.budgetHelar!,
      12,
    );
  });

  it("Prognos helår reproduces the Ekonomisk information 2024: intäkter 24 122, S:a samverkansinsats −19 572, resultat −1 530", () => {
    expect(result.summaIntakter.prognosHelar).toBe(24_122_000);
    expect(result.summaAdministration.prognosHelar).toBe(-5_100_000);
    expect(result.summaSamverkansinsatser.prognosHelar).toBe(-19_572_000);
    expect(result.summaOvriga.prognosHelar).toBe(-980_000);
    expect(result.totalt.prognosHelar).toBe(-1_530_000);
    // Budget helår: −2 960 with the doubled half-year budgets of the fixture (published −2 959).
    expect(result.totalt.budgetHelar).toBe(-2_960_000);
  });

  it("explains (info) how a post with utfall but no budget row is shown, pointing at its cell", () => {
    const i = issues.find((x) => x.code === "POST_UTAN_BUDGET");
    expect(i).toMatchObject({ severity: "info", sheet: "Utfall", cell: "A10" });
    expect(i!.message).toMatch(/Övriga rörelseintäkter.*intäkt/);
  });
});

describe("driftsredovisning grouped by Inriktning (Uppsala 2014)", () => {
  const { result } = computeDriftsredovisning(uppsala2014(), { fran: "2014-01-01", till: "2014-12-31" });
  const andel = (rubrik: string) => Math.round(result.grupper.find((g) => g.rubrik === rubrik)!.summa.forbrukadAndel! * 100);

  it("follows the förbund's Inriktning and reproduces förbrukad andel per group", () => {
    expect(result.grupperingEfter).toBe("inriktning");
    expect(andel("Tidiga och samordnade insatser")).toBe(209);
    expect(andel("Sena och samordnade insatser")).toBe(87);
    expect(andel("Sociala företag")).toBe(28);
    expect(andel("Övriga utvecklingsinsatser")).toBe(44);
  });

  it("keeps budgeted-but-unallocated money under samverkansinsatser: 0 / 1 397; SUMMA 25 241 → 81 %", () => {
    const ej = result.grupper.find((g) => g.rubrik === RUBRIK.ejFordelat)!;
    expect([ej.summa.utfall, ej.summa.budgetHelar]).toEqual([0, -1_397_000]);
    expect(Object.is(ej.summa.utfall, -0)).toBe(false);
    expect(result.summaSamverkansinsatser.budgetHelar).toBe(-25_241_000);
    expect(Math.round(result.summaSamverkansinsatser.forbrukadAndel! * 100)).toBe(81);
    expect(result.summaOvriga.utfall).toBe(0);
  });
});
