import { computeBidragsfordelning } from "../../../src/domain/compute/bidragsfordelning";
import type { Medlem, MedlemTyp } from "../../../src/domain/parse/medlemmar";
import { parseMedlemmar } from "../../../src/domain/parse/medlemmar";
import { medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { MEDLEMSAVGIFTER_TSV, tsvNumber } from "../../fixtures/nasta-ar/uppsala-2024";

const uppsala = (): Medlem[] => parseMedlemmar(rawSheet(medlemmarSheet.name, medlemmarSheet.rows))!.medlemmar;

function medlem(medlem: string, typ: MedlemTyp, extra: Partial<Medlem> = {}, row = 2): Medlem {
  return {
    medlem,
    typ,
    source: { sheet: "Medlemmar", cell: `A${row}` },
    cells: { invanare: `C${row}`, andel: `D${row}`, fakturerat: `E${row}` },
    ...extra,
  };
}

describe("computeBidragsfordelning", () => {
  it("reproduces Uppsala 2024: 23 322 000 → FK/AF 11 661 000, Region 5 830 500, kommuner 5 830 500 and every published kommun figure", () => {
    const { result, issues } = computeBidragsfordelning(uppsala(), { total: 23322000 });
    expect(result.grupper.stat.helar).toBe(11661000);
    expect(result.grupper.region.helar).toBe(5830500);
    expect(result.grupper.kommun.helar).toBe(5830500);
    const published = MEDLEMSAVGIFTER_TSV.slice(1, 11).map((r) => [r[1], tsvNumber(r[4])]);
    for (const [name, amount] of published) {
      expect([name, result.rader.find((r) => r.medlem === name)?.helar]).toEqual([name, amount]);
    }
    expect(result.rader.reduce((a, r) => a + r.helar, 0)).toBe(23322000);
    // The Beslutat column holds the published helår: no deviation.
    expect(issues.filter((i) => i.code === "BIDRAG_BESLUTAT_AVVIKER")).toEqual([]);
    expect(result.rader[2].andel).toBeCloseTo(695314 / 23322000, 12);
  });

  it("reproduces Mölndal 2016: 16 692 tkr → 8 346 / 4 173 / 4 173 tkr", () => {
    const m = [
      medlem("Försäkringskassan/Arbetsförmedlingen", "stat"),
      medlem("Västra Götalandsregionen", "region"),
      medlem("Mölndals stad", "kommun", { invanare: 64000 }),
      medlem("Partille kommun", "kommun", { invanare: 38000 }),
      medlem("Härryda kommun", "kommun", { invanare: 38000 }),
      medlem("Lerums kommun", "kommun", { invanare: 43000 }),
      medlem("Alingsås kommun", "kommun", { invanare: 41000 }),
    ];
    const { result, issues } = computeBidragsfordelning(m, { total: 16692000 });
    expect([result.grupper.stat.helar, result.grupper.region.helar, result.grupper.kommun.helar]).toEqual([8346000, 4173000, 4173000]);
    expect(result.rader.filter((r) => r.typ === "kommun").reduce((a, r) => a + r.helar, 0)).toBe(4173000);
    expect(issues).toEqual([]);
  });

  it("delår 6 månader: D = 11 661 000 split by helår with largest remainder; the invoiced H1 column is within 1 kr", () => {
    const { result, issues } = computeBidragsfordelning(uppsala(), { total: 23322000, manader: 6 });
    expect(result.delarTotal).toBe(11661000);
    expect(result.rader.reduce((a, r) => a + r.delar, 0)).toBe(11661000);
    expect(result.grupper.kommun.delar).toBe(2915250);
    const tierp = result.rader.find((r) => r.medlem === "Tierps kommun")!;
    const upp = result.rader.find((r) => r.medlem === "Uppsala kommun")!;
    // 152 773,5 and 1 769 568,5: one krona left, the tie goes to the larger member.
    expect([tierp.delar, upp.delar]).toEqual([152773, 1769569]);
    expect([tierp.avvikelseFakturerat, upp.avvikelseFakturerat]).toEqual([1, 0]);
    expect(issues.filter((i) => i.code === "BIDRAG_FAKTURERAT_AVVIKER")).toEqual([]);
    // With a stricter tolerance Tierp's invoice is flagged at its cell.
    const strict = computeBidragsfordelning(uppsala(), { total: 23322000, manader: 6, tolerans: 0.5 });
    expect(strict.issues.filter((i) => i.code === "BIDRAG_FAKTURERAT_AVVIKER").map((i) => i.cell)).toEqual(["E8"]);
  });

  it("warns for every member when Not 1's two half-year columns are read as the invoices of the whole year", () => {
    const m = uppsala().map((x, i) => {
      const row = MEDLEMSAVGIFTER_TSV.find((r) => r[1] === x.medlem)!;
      return {
        ...x,
        fakturerat: (tsvNumber(row[2]) as number) + (tsvNumber(row[3]) as number),
        cells: { ...x.cells, fakturerat: `E${i + 2}` },
      };
    });
    const { result, issues } = computeBidragsfordelning(m, { total: 23322000 });
    const warn = issues.filter((i) => i.code === "BIDRAG_FAKTURERAT_AVVIKER");
    expect(warn).toHaveLength(10);
    expect(result.rader.find((r) => r.medlem === "Enköpings kommun")?.avvikelseFakturerat).toBe(347657 + 343824 - 695314);
    expect(warn.find((i) => i.message.startsWith("Enköpings kommun"))?.message).toContain("−3\u00a0833 kr");
  });

  it("flags missing invånare, a missing member type and beslutat amounts that differ", () => {
    const m = [medlem("FK", "stat"), medlem("A kommun", "kommun", { invanare: 100, beslutat: 10 }, 3), medlem("B kommun", "kommun", {}, 4)];
    const { result, issues } = computeBidragsfordelning(m, { total: 1000, sheet: "Medlemmar" });
    const codes = issues.map((i) => `${i.severity}:${i.code}@${i.cell}`);
    expect(codes).toContain("fel:BIDRAG_MEDLEMSTYP_SAKNAS@");
    expect(codes).toContain("fel:BIDRAG_INVANARE_SAKNAS@C4");
    expect(result.rader.map((r) => r.helar)).toEqual([667, 333, 0]);
    expect(issues.find((i) => i.code === "BIDRAG_BESLUTAT_AVVIKER")?.message).toContain("A kommun");
  });

  it("uses fixed andelar when every member has one and warns when they are not 50/25/25", () => {
    const m = [
      medlem("FK", "stat", { andel: 0.4 }),
      medlem("Region", "region", { andel: 0.3 }),
      medlem("A kommun", "kommun", { andel: 0.3 }),
    ];
    const { result, issues } = computeBidragsfordelning(m, { total: 1000 });
    expect(result.rader.map((r) => r.helar)).toEqual([400, 300, 300]);
    expect(issues.filter((i) => i.code === "BIDRAG_ANDELAR").map((i) => i.cell)).toEqual(["D2", "D2", "D2"]);
    const bad = computeBidragsfordelning(
      [medlem("FK", "stat", { andel: 0.5 }), medlem("Region", "region", { andel: 0.25 }), medlem("A kommun", "kommun", { andel: 0.2 })],
      { total: 1000 },
    );
    expect(bad.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["BIDRAG_ANDELAR_SUMMA", "BIDRAG_ANDELAR"]));
    expect(bad.result.rader.reduce((a, r) => a + r.helar, 0)).toBe(1000);
  });

  it("checks partial andelar against the standard split", () => {
    const m = [
      medlem("FK", "stat", { andel: 0.5 }),
      medlem("Region", "region"),
      medlem("A kommun", "kommun", { invanare: 1, andel: 0.2 }),
      medlem("B kommun", "kommun", { invanare: 1 }),
    ];
    const { issues } = computeBidragsfordelning(m, { total: 1000 });
    expect(issues.map((i) => i.code)).toEqual(["BIDRAG_ANDEL_OFULLSTANDIG", "BIDRAG_ANDEL_AVVIKER"]);
  });

  it("gives Försäkringskassan the whole state half and Arbetsförmedlingen 0 when they are separate rows (5 § Finsamlagen)", () => {
    const m = [
      medlem("Försäkringskassan", "stat"),
      medlem("Arbetsförmedlingen", "stat"),
      medlem("Region", "region"),
      medlem("A kommun", "kommun", { invanare: 5 }),
    ];
    const { result, issues } = computeBidragsfordelning(m, { total: 1001 });
    expect(result.rader.map((r) => r.helar)).toEqual([501, 0, 250, 250]);
    expect(issues.map((i) => `${i.severity}:${i.code}`)).toEqual(["info:BIDRAG_AF_BETALAR_INTE"]);
  });

  it("splits several regions by invånare or Andel, and never equally without them", () => {
    const base = [medlem("Försäkringskassan", "stat"), medlem("A kommun", "kommun", { invanare: 5 })];
    const byInv = computeBidragsfordelning(
      [...base, medlem("Region A", "region", { invanare: 3 }), medlem("Region B", "region", { invanare: 1 })],
      { total: 1000 },
    );
    expect(byInv.result.rader.map((r) => r.helar)).toEqual([500, 250, 188, 62]);
    const byAndel = computeBidragsfordelning(
      [...base, medlem("Region A", "region", { andel: 0.15 }), medlem("Region B", "region", { andel: 0.1 })],
      { total: 1000 },
    );
    expect(byAndel.result.rader.map((r) => r.helar)).toEqual([500, 250, 150, 100]);
    expect(byAndel.issues).toEqual([]);
    const none = computeBidragsfordelning([...base, medlem("Region A", "region"), medlem("Region B", "region")], { total: 1000 });
    expect(none.result.rader.map((r) => r.helar)).toEqual([500, 250, 0, 0]);
    expect(none.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(["fel:BIDRAG_REGIONER_UTAN_FORDELNING"]);
  });

  it("says that a state share that is not half is not half", () => {
    const m = [
      medlem("FK", "stat", { andel: 0.4 }),
      medlem("Region", "region", { andel: 0.3 }),
      medlem("A kommun", "kommun", { andel: 0.3 }),
    ];
    const { issues } = computeBidragsfordelning(m, { total: 1000 });
    expect(issues.find((i) => i.message.startsWith("Statens andel"))?.message).toContain("40,00 % och inte hälften");
  });
});
