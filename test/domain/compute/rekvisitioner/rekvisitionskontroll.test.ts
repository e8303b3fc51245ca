import { computeRekvisitionskontroll, type RekvisitionKontroll } from "../../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import type { ParsedWorkbook } from "../../../../src/domain/model";
import { readRekvisitioner } from "../../../../src/domain/reports/rekvisitioner";
import { EXPECTED, rawSheet, rekvisitionBase, rekvisitionSheets } from "../../../fixtures/rekvisitioner/kontroll-2024";

function run(sheets = rekvisitionSheets(), base: ParsedWorkbook = rekvisitionBase()) {
  const read = readRekvisitioner(sheets);
  return computeRekvisitionskontroll(read.rekvisitioner, base);
}

const failed = (r: RekvisitionKontroll) => r.anmarkningar.filter((a) => a.severity !== "info").map((a) => a.code);
const find = (rader: RekvisitionKontroll[], sheet: string, cell: string) => {
  const r = rader.find((x) => x.sheet === sheet && x.cell === cell);
  if (!r) throw new Error(`no claim at ${sheet}!${cell}`);
  return r;
};

describe("Rekvisitionskontroll on the 19-claim fixture", () => {
  const { result, issues } = run();

  it("checks every claim, in workbook order", () => {
    expect(result.rader.map((r) => `${r.sheet}!${r.cell}`)).toEqual(EXPECTED.map((e) => `${e.sheet}!${e.cell}`));
  });

  it.each(EXPECTED.map((e) => [`${e.sheet}!${e.cell}`, e] as const))("%s gets its verdict, failed checks and amount to pay", (_, e) => {
    const r = find(result.rader, e.sheet, e.cell);
    expect(r.bedomning).toBe(e.bedomning);
    expect(failed(r)).toEqual(e.koder);
    expect(r.attBetala).toBe(e.attBetala);
  });

  it("covers every check both passing and failing", () => {
    const codes = new Set(EXPECTED.flatMap((e) => e.koder));
    for (const c of [
      "REKV_OKAND_INSATS",
      "REKV_INSATS_INAKTIV",
      "REKV_DUBBLETT",
      "REKV_SUMMA_STAMMER_INTE",
      "REKV_OVER_BUDGET",
      "REKV_SEN",
      "REKV_OLASBART_BELOPP",
    ]) {
      expect(codes).toContain(c);
    }
    expect(result.antal).toEqual({ Godkänd: 7, "Godkänd med anmärkning": 2, "Åtgärd krävs": 10 });
  });

  it("sums the claimed amounts and the amounts to pay", () => {
    expect(result.summaBelopp).toBe(6_359_000 + 1_085_000 + 663_000);
    expect(result.summaAttBetala).toBe(663_000 * 2 + 465_000 + 90_000 + 270_000 + 75_000 + 423_750 + 161_000 + 1_085_000);
    expect(result.kallor).toEqual(["Rekvisitioner", "Ung framtid Q1", "Rekv Jobbcentrum Q2"]);
  });

  it("suggests the closest insats for an unknown name", () => {
    const r = find(result.rader, "Rekvisitioner", "A7");
    expect(r.anmarkningar[0].message).toContain('Menade du "Ung framtid"?');
    expect(r.anmarkningar[0].cell).toBe("A7");
  });

  it("accepts a name written with another dash and a form's name for the same insats", () => {
    expect(find(result.rader, "Rekvisitioner", "A5").insatsId).toBe("Jobbcentrum - Din väg framåt");
    expect(find(result.rader, "Rekv Jobbcentrum Q2", "C2").insatsId).toBe("Jobbcentrum - Din väg framåt");
  });

  it("points the duplicate at the claim that was first, across sheets", () => {
    const dup = find(result.rader, "Rekv Jobbcentrum Q2", "C2");
    expect(dup.dubblettAv).toEqual({ sheet: "Rekvisitioner", cell: "A5" });
    const d = dup.anmarkningar.find((a) => a.code === "REKV_DUBBLETT")!;
    expect(d.cell).toBe("C3");
    expect(d.message).toContain("Rekvisitioner!A5, inkommen 2024-07-10");
    expect(find(result.rader, "Rekvisitioner", "A9").dubblettAv).toEqual({ sheet: "Rekvisitioner", cell: "A8" });
  });

  it("pays at most the budget left and says so (Lokussamordnare Uppsala: 360 000 − 90 000)", () => {
    const q2 = find(result.rader, "Rekvisitioner", "A11");
    expect(q2.budgetAr).toBe(360_000);
    expect(q2.ackumulerat).toBe(90_000);
    expect(q2.hogstAttBetala).toBe(270_000);
    expect(q2.anmarkningar[0].message).toContain("Betala högst 270\u00a0000 kr");
    expect(q2.kvotEfter).toBeCloseTo(390_000 / 180_000, 10);
    expect(q2.flagga).toBe("hög");
  });

  it("flags förbrukningskvot after the claim (Förstudie: 75 000 / 115 000 over Mar–Jun → låg)", () => {
    const r = find(result.rader, "Rekvisitioner", "A12");
    expect(r.periodiseradBudget).toBe(115_000);
    expect(r.kvotEfter).toBeCloseTo(75 / 115, 10);
    expect(r.flagga).toBe("låg");
    const jc = find(result.rader, "Rekvisitioner", "A5");
    expect(jc.ackumulerat).toBe(663_000);
    expect(jc.kvotEfter).toBe(1);
    expect(jc.flagga).toBeNull();
    expect(find(result.rader, "Rekvisitioner", "A16").kvotEfter).toBeNull();
  });

  it("reads the form in tkr", () => {
    const r = find(result.rader, "Ung framtid Q1", "B3");
    expect(r.belopp).toBe(1_085_000);
    expect(r.kostnadsslagSumma).toBe(1_085_000);
    expect(r.inkommen).toBe("2024-04-15");
  });

  it("returns each claim's issues, with sheet and cell, and an info for a missing inkommen date", () => {
    expect(issues.filter((i) => i.severity !== "info")).toHaveLength(EXPECTED.reduce((n, e) => n + e.koder.length, 0));
    const info = issues.find((i) => i.code === "REKV_SAKNAR_INKOMMEN")!;
    expect(info).toMatchObject({ sheet: "Rekvisitioner", cell: "D17", severity: "info" });
    expect(issues.find((i) => i.code === "REKV_SEN")).toMatchObject({ sheet: "Rekvisitioner", cell: "D8", severity: "varning" });
    expect(issues.find((i) => i.code === "REKV_SUMMA_STAMMER_INTE")?.message).toContain("975\u00a0000");
  });
});

describe("ackumulerat and ordering rules", () => {
  const base = rekvisitionBase();
  const header = ["Insats", "Period", "Belopp", "Inkommen"];

  it("counts only earlier (by period), approved claims: Jobbcentrum Q1 + Q2 then a Q3 of 1 400 000", () => {
    const rows = [
      header,
      ["Jobbcentrum - Din väg framåt", "2024-Q3", 1_400_000, "2024-10-05"],
      ["Jobbcentrum - Din väg framåt", "2024-Q2", 663_000, "2024-07-05"],
      ["Jobbcentrum - Din väg framåt", "2024-Q1", 663_000, "2024-04-05"],
    ];
    const { result } = run([rawSheet("Rekvisitioner", rows)], base);
    const [q3, q2, q1] = result.rader;
    expect([q1.ackumulerat, q2.ackumulerat, q3.ackumulerat]).toEqual([0, 663_000, 1_326_000]);
    expect(q3.hogstAttBetala).toBe(1_326_000);
    expect(q3.bedomning).toBe("Godkänd med anmärkning");
    expect(q3.attBetala).toBe(1_326_000);
  });

  it("does not count a claim that needs action", () => {
    const rows = [
      header.concat(["Personal"]),
      ["Lokussamordnare Uppsala", "2024-Q1", 200_000, "2024-04-05", 1],
      ["Lokussamordnare Uppsala", "2024-Q2", 200_000, "2024-07-05"],
    ];
    const { result } = run([rawSheet("Rekvisitioner", rows)], base);
    expect(result.rader[0].bedomning).toBe("Åtgärd krävs");
    expect(result.rader[1].ackumulerat).toBe(0);
    expect(result.rader[1].bedomning).toBe("Godkänd");
  });

  it("keeps budgets per year apart", () => {
    const b: ParsedWorkbook = {
      ...base,
      insatser: base.insatser.map((i) => (i.insats === "Bryggan" ? { ...i, budgetPerAr: { 2024: 100_000, 2025: 100_000 } } : i)),
    };
    const rows = [header, ["Bryggan", "2024-H2", 100_000, "2025-01-10"], ["Bryggan", "2025-H1", 100_000, "2025-07-10"]];
    const { result } = run([rawSheet("Rekvisitioner", rows)], b);
    expect(result.rader.map((r) => r.bedomning)).toEqual(["Godkänd", "Godkänd"]);
    expect(result.rader[1].ackumulerat).toBe(0);
  });

  it("takes the earlier inkommen date as the original even when it stands lower in the sheet", () => {
    const rows = [header, ["Bryggan", "2024-Q2", 465_000, "2024-07-20"], ["Bryggan", "2024-Q2", 465_000, "2024-07-02"]];
    const { result } = run([rawSheet("Rekvisitioner", rows)], base);
    expect(result.rader.map((r) => r.bedomning)).toEqual(["Åtgärd krävs", "Godkänd"]);
    expect(result.rader[0].dubblettAv).toEqual({ sheet: "Rekvisitioner", cell: "A3" });
  });

  it("falls back on position when dates are equal or missing, and counts an undated claim as later", () => {
    const same = run(
      [rawSheet("Rekvisitioner", [header, ["Bryggan", "2024-Q2", 1, "2024-07-02"], ["Bryggan", "2024-Q2", 1, "2024-07-02"]])],
      base,
    );
    expect(same.result.rader.map((r) => r.dubblettAv === null)).toEqual([true, false]);
    const undated = run(
      [rawSheet("Rekvisitioner", [header, ["Bryggan", "2024-Q2", 1, null], ["Bryggan", "2024-Q2", 1, "2024-07-30"]])],
      base,
    );
    expect(undated.result.rader.map((r) => r.dubblettAv === null)).toEqual([false, true]);
  });

  it("treats a halvår overlapping a claimed kvartal as already claimed", () => {
    const { result } = run(
      [rawSheet("Rekvisitioner", [header, ["Bryggan", "2024-Q1", 465_000, "2024-04-10"], ["Bryggan", "2024-H1", 930_000, "2024-07-10"]])],
      base,
    );
    expect(result.rader[1].anmarkningar[0]).toMatchObject({ code: "REKV_DUBBLETT", cell: "B3" });
    expect(result.rader[1].anmarkningar[0].message).toContain("överlappar 2024-Q1");
  });

  it("rejects a period over a year end and a claim without insats", () => {
    const rows = [header, ["Bryggan", "2024-12-01 - 2025-02-28", 300_000, "2025-03-10"], [null, "2024-Q1", 1000, "2024-04-01"]];
    const { result } = run([rawSheet("Rekvisitioner", rows)], base);
    expect(failed(result.rader[0])).toEqual(["REKV_PERIOD_OVER_ARSSKIFTE"]);
    expect(failed(result.rader[1])).toEqual(["REKV_SAKNAR_INSATS"]);
    expect(result.rader.every((r) => r.bedomning === "Åtgärd krävs")).toBe(true);
  });

  it("uses the Budget sheet when the insats has no budget of its own for the year", () => {
    const b: ParsedWorkbook = {
      ...base,
      budget: [{ post: "Kvinna Hälsa Arbete", kategori: "kostnad", ar: 2025, budget: 800_000, source: { sheet: "Budget", cell: "A2" } }],
    };
    const { result } = run([rawSheet("Rekvisitioner", [header, ["Kvinna Hälsa Arbete", "2025-Q1", 337_000, "2025-04-10"]])], b);
    expect(result.rader[0].budgetAr).toBe(800_000);
    expect(result.rader[0].bedomning).toBe("Godkänd");
  });

  it("reads flag thresholds from Inställningar", () => {
    const b: ParsedWorkbook = { ...base, installningar: { ...base.installningar, kvotHog: 1.2, kvotLag: 0.5 } };
    const { result } = run(undefined, b);
    expect(result.kvotHog).toBe(1.2);
    expect(find(result.rader, "Rekvisitioner", "A12").flagga).toBeNull();
  });
});

describe("duplicates and the budget", () => {
  it("gives a duplicate no budget remark but shows the original as already paid", () => {
    const rows = [
      ["Insats", "Period", "Belopp", "Inkommen"],
      ["Lokussamordnare Älvkarleby", "2024-H1", 161_000, "2024-07-05"],
      ["Lokussamordnare Älvkarleby", "2024-H1", 161_000, "2024-07-09"],
    ];
    const { result } = computeRekvisitionskontroll(readRekvisitioner([rawSheet("Rekvisitioner", rows)]).rekvisitioner, rekvisitionBase());
    const dup = result.rader[1];
    expect(failed(dup)).toEqual(["REKV_DUBBLETT"]);
    expect(dup.ackumulerat).toBe(161_000);
    expect(dup.hogstAttBetala).toBe(0);
    expect(dup.attBetala).toBe(0);
    expect(dup.kvotEfter).toBeNull();
    expect(result.rader[0].kvotEfter).toBeCloseTo(161_000 / 80_500, 10);
  });
});
