import { applyScenario, parseScenarios, serializeScenarios, type Scenario } from "../../../src/domain/compute/what-if";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";

const tkr = (x: number) => Math.round(x / 1000);
const kvar = (s: Scenario) => applyScenario(uppsalaModel(), s).result.ar.map((a) => tkr(a.kvarvarande));
const BASE = [3401, 4830, 1331, 151, 2262, 14260];

describe("applyScenario (Uppsala 2024-10-24 as the base)", () => {
  it("an empty scenario reproduces the published beslutsutrymme and does not touch the model", () => {
    const model = uppsalaModel();
    const before = JSON.stringify(model);
    const out = applyScenario(model, { name: "Bas", levers: [{ kind: "ansokan", namn: "X", agare: "Y", belopp: { "2025": 1000 } }] });
    expect(JSON.stringify(model)).toBe(before);
    expect(out.model.poster).toHaveLength(model.poster.length + 1);
    expect(kvar({ name: "Bas", levers: [] })).toEqual(BASE);
  });

  it("ej nyttjade medel 1 300 tkr in 2025 raises 2025 and every later year by 1 300 tkr", () => {
    expect(kvar({ name: "E", levers: [{ kind: "ej-nyttjade", ar: 2025, belopp: 1300000 }] })).toEqual([
      3401, 4830, 2631, 1451, 3562, 15560,
    ]);
    // 2024 = 1 000 tkr reuses the existing post: Budget 2024 gets −1 000 (was empty), Prognos 2024 −1 000 instead of −1 300.
    const r = applyScenario(uppsalaModel(), { name: "E", levers: [{ kind: "ej-nyttjade", ar: 2024, belopp: 1000000 }] });
    expect(r.model.poster.filter((p) => p.grupp === "ej-nyttjade")).toHaveLength(1);
    expect(r.result.ar.map((a) => tkr(a.kvarvarande))).toEqual([4401, 4530, 1031, -149, 1962, 13960]);
    expect(r.result.negativa).toEqual(["Prel 2026"]);
  });

  it("medlemsavgifter per year as an amount or a percentage", () => {
    expect(kvar({ name: "M", levers: [{ kind: "medlemsavgifter", ar: 2026, belopp: 24428000 }] })).toEqual([
      3401, 4830, 1331, 1151, 3262, 15260,
    ]);
    const pct = applyScenario(uppsalaModel(), { name: "P", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.1 }] });
    expect(pct.model.poster.find((p) => p.grupp === "medlemsavgifter")?.belopp[2]).toBeCloseTo(25770800, 6);
    expect(tkr(pct.result.ar[2].kvarvarande)).toBe(1331 + 2343);
  });

  it("förvaltning growth compounds from the base year's best estimate (Prognos 2024 = 3 850 tkr)", () => {
    const r = applyScenario(uppsalaModel(), { name: "F", levers: [{ kind: "forvaltning-tillvaxt", procent: 0.03 }] });
    const forv = r.model.poster.find((p) => p.grupp === "forvaltning")!;
    expect(forv.belopp.slice(0, 2)).toEqual([3822000, 3850000]);
    expect(forv.belopp[2]).toBeCloseTo(3850000 * 1.03, 6);
    expect(forv.belopp[5]).toBeCloseTo(3850000 * 1.03 ** 4, 6);
    // 2025: 4 022 → 3 965,5 tkr lowers the costs by 56,5 tkr.
    expect(r.result.ar[2].kvarvarande).toBeCloseTo(1331000 + (4022000 - 3850000 * 1.03), 6);
  });

  it("adds a candidate ansökan and reports years outside the model", () => {
    const r = applyScenario(uppsalaModel(), {
      name: "A",
      levers: [{ kind: "ansokan", namn: "Ny insats", agare: "Heby", belopp: { "2025": 2000000, "2026": 2000000, "2031": 5 } }],
    });
    expect(r.result.ar.map((a) => tkr(a.kvarvarande))).toEqual([3401, 4830, -669, -3849, -1738, 10260]);
    expect(r.result.negativa).toEqual(["Prel 2025", "Prel 2026", "Prel 2027"]);
    expect(r.model.poster.at(-1)).toMatchObject({
      namn: "Ny insats",
      kandidat: true,
      andring: "Ny ansökan",
      belopp: [null, null, 2000000, 2000000, null, null],
    });
    expect(r.issues.map((i) => i.code)).toEqual(["WHATIF_AR_SAKNAS"]);
  });

  it("switches an insats off; two insatser of one name need the insatsägare", () => {
    expect(kvar({ name: "Av", levers: [{ kind: "insats-av", namn: "Samordnat stöd för arbete/studier" }] })).toEqual([
      3401, 4830, 4823, 7135, 9246, 21244,
    ]);
    const amb = applyScenario(uppsalaModel(), { name: "Av", levers: [{ kind: "insats-av", namn: "Lokussamordnare" }] });
    expect(amb.issues.map((i) => i.code)).toEqual(["WHATIF_INSATS_TVETYDIG"]);
    expect(amb.result.ar.map((a) => tkr(a.kvarvarande))).toEqual(BASE);
    const ok = applyScenario(uppsalaModel(), { name: "Av", levers: [{ kind: "insats-av", namn: "lokussamordnare", agare: "Älvkarleby" }] });
    expect(ok.result.ar.map((a) => tkr(a.kvarvarande))).toEqual([3562, 4991, 1652, 633, 2908, 14906]);
    const typo = applyScenario(uppsalaModel(), { name: "Av", levers: [{ kind: "insats-av", namn: "Framsteg" }] });
    expect(typo.issues[0].message).toContain('Menade du "Framsteget"?');
  });

  it("shifts an insats one year later: Prel 2025 gets Prognos 2024's amount and the last year's amount falls out", () => {
    const r = applyScenario(uppsalaModel(), { name: "S", levers: [{ kind: "insats-flytta", namn: "Framsteget", ar: 1 }] });
    const post = r.model.poster.find((p) => p.namn === "Framsteget")!;
    expect(post.belopp).toEqual([null, null, 3880000, 1809000, 1862000, 1910000]);
    expect(post.andring).toBe("Flyttad +1 år");
    expect(r.issues.map((i) => i.code)).toEqual(["WHATIF_UTANFOR_MODELLEN"]);
    expect(r.issues[0].message).toContain("1\u00a0946 tkr");
    // Costs: 2024 −3 880 (both columns), 2025 +2 071 (3 880 instead of 1 809), 2026 −53, 2027 −48, 2028 −36.
    expect(r.result.ar.map((a) => tkr(a.kvarvarande))).toEqual([7281, 8710, 3140, 2013, 4172, 16206]);
  });
});

describe("scenario JSON", () => {
  it("round-trips named scenarios and rejects malformed ones with an issue", () => {
    const s: Scenario[] = [
      {
        name: "Försiktig",
        levers: [
          { kind: "ej-nyttjade", ar: 2025, belopp: 1000000 },
          { kind: "medlemsavgifter", ar: 2026, procent: 0.02 },
        ],
      },
      { name: "Ny ansökan", levers: [{ kind: "ansokan", namn: "Bryggan 2", agare: "Östhammar", belopp: { "2026": 500000 } }] },
    ];
    expect(parseScenarios(serializeScenarios(s))).toEqual({ scenarios: s, issues: [] });
    const bad = parseScenarios(
      JSON.stringify([
        { name: "X", levers: [{ kind: "medlemsavgifter", ar: 2025 }] },
        { name: "Y", levers: [] },
      ]),
    );
    expect(bad.scenarios.map((x) => x.name)).toEqual(["Y"]);
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0].message).toMatch(/^Sparat scenario nr 1 kunde inte läsas \(ange antingen belopp eller procent\)/);
    expect(bad.issues[0].message).not.toMatch(/Invalid|expected|received/);
    const wrongShape = parseScenarios(JSON.stringify([{ name: 3, levers: [] }]));
    expect(wrongShape.issues[0].message).toBe(
      'Sparat scenario nr 1 kunde inte läsas (fältet "name" saknas eller har fel typ); det hoppas över.',
    );
    expect(parseScenarios("{oops").issues[0].code).toBe("WHATIF_SCENARIO_OLASBART");
    expect(parseScenarios("")).toEqual({ scenarios: [], issues: [] });
  });
});

describe("förvaltning growth edge cases", () => {
  it("grows from the last year before franAr, also across a gap, and warns when there is none", () => {
    const r = applyScenario(uppsalaModel(), { name: "F", levers: [{ kind: "forvaltning-tillvaxt", procent: 0.1, franAr: 2027 }] });
    const forv = r.model.poster.find((p) => p.grupp === "forvaltning")!;
    expect(forv.belopp.slice(0, 4)).toEqual([3822000, 3850000, 4022000, 4450000]);
    expect(forv.belopp[4]).toBeCloseTo(4895000, 6);
    expect(forv.belopp[5]).toBeCloseTo(5384500, 6);
    const none = applyScenario(uppsalaModel(), { name: "F", levers: [{ kind: "forvaltning-tillvaxt", procent: 0.1, franAr: 2024 }] });
    expect(none.issues.map((i) => i.code)).toEqual(["WHATIF_AR_SAKNAS"]);
  });
});
