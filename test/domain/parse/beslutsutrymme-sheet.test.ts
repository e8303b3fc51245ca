import { checkBeslutsutrymmeSums } from "../../../src/domain/compute/beslutsutrymme-check";
import { parseBeslutsutrymmeSheet, parseYearHeader } from "../../../src/domain/parse/beslutsutrymme-sheet";
import { ekonomiskInformationSheet } from "../../fixtures/exempel/beslutsutrymme";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { EKONOMISK_INFORMATION_TSV } from "../../fixtures/nasta-ar/uppsala-2024";

const tsvSheet = () =>
  rawSheet(
    "Ekonomisk information",
    EKONOMISK_INFORMATION_TSV.map((r) => [...r]),
  );

describe("parseBeslutsutrymmeSheet (Uppsala Ekonomisk information 2024-10-24)", () => {
  it("reads the year columns, the posts in kronor and the ingående 6 360 tkr, with every S:A row agreeing", () => {
    const sheet = tsvSheet();
    const out = parseBeslutsutrymmeSheet(sheet)!;
    checkBeslutsutrymmeSums(out.model, out.stated, sheet, out.issues);
    expect(out.issues).toEqual([]);
    const m = out.model;
    expect(m.kolumner.map((k) => `${k.typ} ${k.ar}`)).toEqual([
      "budget 2024",
      "prognos 2024",
      "prel 2025",
      "prel 2026",
      "prel 2027",
      "prel 2028",
    ]);
    expect(m.ingaende).toBe(6360000);
    expect(m.ingaendeSource).toEqual({ sheet: "Ekonomisk information", cell: "B52" });
    const insatser = m.poster.filter((p) => p.grupp === "insats");
    expect(insatser).toHaveLength(14);
    expect(insatser[0]).toMatchObject({
      namn: "Din väg framåt - Växtkraft",
      agare: "Enköping",
      belopp: [2652000, 2652000, 2753000, 2753000, 2754000, null],
      source: { cell: "A15" },
    });
    expect(insatser.filter((p) => p.namn === "Lokussamordnare").map((p) => p.agare)).toEqual(["Uppsala", "Älvkarleby"]);
    const ej = m.poster.filter((p) => p.grupp === "ej-nyttjade");
    expect(ej.map((p) => p.belopp)).toEqual([[null, -1300000, null, null, null, null]]);
    expect(m.poster.filter((p) => p.grupp === "ovriga-samverkansinsatser").map((p) => p.namn)).toEqual([
      "Ekonom projektstöd",
      "Verksamhetsutvecklare",
      "Kompetenshöjande insatser",
    ]);
    expect(m.poster.find((p) => p.grupp === "medlemsavgifter")?.belopp).toEqual([
      23322000, 23322000, 23428000, 23428000, 23428000, 23428000,
    ]);
    expect(m.poster.find((p) => p.grupp === "esf-forvaltning")?.namn).toBe("Förvaltning ESF (SMAIL+ISA)");
    expect(m.poster.filter((p) => p.grupp === "esf").map((p) => p.namn)).toEqual(["ESF medel SMAIL projektet", "ESF medel ISA"]);
  });

  it("reads the example sheet with numbers identically", () => {
    const a = parseBeslutsutrymmeSheet(tsvSheet())!.model;
    const b = parseBeslutsutrymmeSheet(rawSheet(ekonomiskInformationSheet.name, ekonomiskInformationSheet.rows))!.model;
    expect(b.poster.map((p) => p.belopp)).toEqual(a.poster.map((p) => p.belopp));
  });

  it("flags a written S:A row that disagrees with its rows, at its cell", () => {
    const rows = EKONOMISK_INFORMATION_TSV.map((r) => [...r]);
    rows[49][1] = "27 060"; // S:A KOSTNADER Budget 2024 (published 27 059)
    rows[16][2] = "?"; // Heby, Prognos 2024
    const sheet = rawSheet("Ekonomisk information", rows);
    const out = parseBeslutsutrymmeSheet(sheet)!;
    checkBeslutsutrymmeSums(out.model, out.stated, sheet, out.issues);
    const codes = out.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toContain("SUMMA_STAMMER_INTE@B50");
    expect(codes).toContain("OLASBART_TAL@C17");
    // Heby's unreadable 2 345 makes every Prognos 2024 sum that includes it disagree, and the chain after it.
    expect(codes).toEqual(
      expect.arrayContaining([
        "SUMMA_STAMMER_INTE@C11",
        "SUMMA_STAMMER_INTE@C44",
        "SUMMA_STAMMER_INTE@C50",
        "SUMMA_STAMMER_INTE@C51",
        "SUMMA_STAMMER_INTE@C53",
        "SUMMA_STAMMER_INTE@D52",
      ]),
    );
    expect(out.issues.find((i) => i.cell === "B50")?.message).toContain("27\u00a0060 tkr");
  });

  it("turns costs written as negative numbers positive and uses Inställningar's start when the sheet has none", () => {
    const out = parseBeslutsutrymmeSheet(
      rawSheet("Plan", [
        ["Flerårsplan (tkr)"],
        ["Post", "Budget 2025", "Plan 2026"],
        ["INTÄKTER"],
        ["Medlemsavgifter", 1000, 1000],
        ["KOSTNADER"],
        ["Förvaltning", -300, -320],
        ["Samverkansinsatser"],
        ["Jobbstöd", -900, -500],
        ["Summa kostnader", -1200, -820],
      ]),
      { ingaende: 500000 },
    )!;
    expect(out.model.poster.map((p) => [p.namn, p.grupp, p.belopp])).toEqual([
      ["Medlemsavgifter", "medlemsavgifter", [1000000, 1000000]],
      ["Förvaltning", "forvaltning", [300000, 320000]],
      ["Jobbstöd", "insats", [900000, 500000]],
    ]);
    expect(out.model.ingaende).toBe(500000);
    expect(out.issues.map((i) => i.code)).toEqual(["NEGATIVA_KOSTNADER"]);
  });

  it("takes a lone 'Samverkansinsatser' row (no insatser below it) as the post itself", () => {
    const out = parseBeslutsutrymmeSheet(
      rawSheet("Plan", [
        ["Belopp i tkr", "Budget 2025", "Prel 2026"],
        ["INTÄKTER"],
        ["Medlemsavgifter", 1000, 1000],
        ["KOSTNADER"],
        ["Samverkansinsatser", 800, 900],
        ["S:A KOSTNADER", 800, 900],
        ["Över- underskott från tidigare år", 100, 300],
        ["KVARVARANDE BESLUTSUTRYMME", 300, 400],
      ]),
    )!;
    expect(out.issues).toEqual([]);
    expect(out.model.poster.map((p) => [p.namn, p.grupp, p.belopp])).toEqual([
      ["Medlemsavgifter", "medlemsavgifter", [1000000, 1000000]],
      ["Samverkansinsatser", "insats", [800000, 900000]],
    ]);
  });

  it("reports a missing ingående, and returns null without year columns", () => {
    const out = parseBeslutsutrymmeSheet(rawSheet("P", [["Post", "Budget 2025", "Prel 2026"], ["INTÄKTER"], ["Medlemsavgifter", 1, 1]]))!;
    expect(out.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(["fel:BESLUTSUTRYMME_INGAENDE_SAKNAS"]);
    expect(
      parseBeslutsutrymmeSheet(
        rawSheet("P", [
          ["Post", "Budget"],
          ["A", 1],
        ]),
      ),
    ).toBeNull();
  });
});

describe("parseYearHeader", () => {
  it("reads year column headers", () => {
    expect(parseYearHeader("Budget 2024")).toEqual({ typ: "budget", ar: 2024 });
    expect(parseYearHeader("Prel 2025")).toEqual({ typ: "prel", ar: 2025 });
    expect(parseYearHeader("Preliminärt 2026")).toEqual({ typ: "prel", ar: 2026 });
    expect(parseYearHeader("Utfall 2023")).toEqual({ typ: "utfall", ar: 2023 });
    expect(parseYearHeader("2027")).toEqual({ typ: "prel", ar: 2027 });
    expect(parseYearHeader(2027)).toBeNull();
    expect(parseYearHeader("Budget")).toBeNull();
  });
});
