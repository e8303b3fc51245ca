import { parseMedlemmar, parseMedlemTyp, typFromName } from "../../../src/domain/parse/medlemmar";
import { medlemmarSheet, UPPSALA_INVANARE } from "../../fixtures/exempel/medlemmar";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { MEDLEMSAVGIFTER_TSV } from "../../fixtures/nasta-ar/uppsala-2024";

describe("parseMedlemmar", () => {
  it("reads the example Medlemmar sheet: typ, invånare, beslutat and fakturerat", () => {
    const out = parseMedlemmar(rawSheet(medlemmarSheet.name, medlemmarSheet.rows));
    expect(out).not.toBeNull();
    expect(out!.issues).toEqual([]);
    expect(out!.medlemmar).toHaveLength(10);
    const fk = out!.medlemmar[0];
    expect(fk).toMatchObject({ medlem: "Försäkringskassan/Arbetsförmedlingen", typ: "stat", beslutat: 11661000, fakturerat: 5830500 });
    expect(fk.invanare).toBeUndefined();
    const enk = out!.medlemmar.find((m) => m.medlem === "Enköpings kommun")!;
    expect(enk).toMatchObject({ typ: "kommun", invanare: UPPSALA_INVANARE["Enköpings kommun"], beslutat: 695314 });
    expect(enk.source).toEqual({ sheet: "Medlemmar", cell: "A4" });
    expect(enk.cells).toMatchObject({ invanare: "C4", beslutat: "D4", fakturerat: "E4" });
  });

  it("reads the published Not 1 layout: typ from the name, Helår as beslutat, and finds the Summa row's 1 kr error", () => {
    const rows = MEDLEMSAVGIFTER_TSV.map((r) => [...r]);
    rows[0][2] = "Fakturerat 2024-06-30";
    const out = parseMedlemmar(rawSheet("Not 1", rows))!;
    expect(out.medlemmar.map((m) => m.typ)).toEqual([
      "kommun",
      "kommun",
      "kommun",
      "kommun",
      "kommun",
      "kommun",
      "kommun",
      "kommun",
      "region",
      "stat",
    ]);
    expect(out.medlemmar[5]).toMatchObject({
      medlem: "Uppsala kommun",
      beslutat: 3539137,
      fakturerat: 1769569,
      source: { sheet: "Not 1", cell: "B7" },
    });
    const sum = out.issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(sum).toHaveLength(1);
    expect(sum[0]).toMatchObject({ severity: "varning", cell: "C12" });
    expect(sum[0].message).toContain("11\u00a0661\u00a0000");
    expect(sum[0].message).toContain("11\u00a0661\u00a0001");
    expect(out.issues.some((i) => i.code === "MEDLEM_TYP_HARLEDD")).toBe(true);
    // No Invånare column and no Andel: the kommun split cannot be made.
    expect(out.issues.find((i) => i.code === "SAKNAD_KOLUMN")?.severity).toBe("fel");
  });

  it("reports unreadable and negative numbers with their cell, and scales tkr columns", () => {
    const out = parseMedlemmar(
      rawSheet("Medlemmar", [
        ["Medlemmar 2016 (belopp i tkr)"],
        [],
        ["Medlem", "Typ", "Invånare", "Beslutat"],
        ["Mölndals stad", "Kommun", "?", "1 200"],
        ["Partille kommun", "Kommun", "#REF!", "-5"],
        ["Västra Götalandsregionen", "Region", null, "4 173"],
        ["", "Kommun", 10, 5],
        ["Okänd", "Förening", 10, 5],
      ]),
    )!;
    expect(out.medlemmar.map((m) => [m.medlem, m.typ, m.beslutat])).toEqual([
      ["Mölndals stad", "kommun", 1200000],
      ["Partille kommun", "kommun", undefined],
      ["Västra Götalandsregionen", "region", 4173000],
    ]);
    const codes = out.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toEqual(
      expect.arrayContaining(["OLASBART_TAL@C4", "EXCEL_FEL@C5", "NEGATIVT_BELOPP@D5", "MEDLEM_NAMN_SAKNAS@A7", "MEDLEM_OKAND_TYP@B8"]),
    );
  });

  it("returns null for a sheet without a Medlem column", () => {
    expect(
      parseMedlemmar(
        rawSheet("Blad1", [
          ["Insats", "Budget"],
          ["A", 1],
        ]),
      ),
    ).toBeNull();
  });

  it("takes the sheet origin into account and reads Andel in percent", () => {
    const out = parseMedlemmar(
      rawSheet(
        "M",
        [
          ["Medlem", "Typ", "Andel"],
          ["FK", "Stat", "50 %"],
          ["Region X", "Region", 25],
          ["X kommun", "Kommun", 0.25],
        ],
        { row: 3, col: 1 },
      ),
    )!;
    expect(out.medlemmar.map((m) => m.andel)).toEqual([0.5, 0.25, 0.25]);
    expect(out.medlemmar[0].source.cell).toBe("B5");
  });
});

describe("medlem typ", () => {
  it("reads typ words and names", () => {
    expect(parseMedlemTyp("Staten")).toBe("stat");
    expect(parseMedlemTyp("FK/AF")).toBe("stat");
    expect(parseMedlemTyp("Landsting")).toBe("region");
    expect(parseMedlemTyp("kommun")).toBe("kommun");
    expect(parseMedlemTyp("annat")).toBeUndefined();
    expect(typFromName("Arbetsförmedlingen")).toBe("stat");
    expect(typFromName("Västra Götalandsregionen")).toBe("region");
    expect(typFromName("Heby kommun")).toBe("kommun");
    expect(typFromName("Mölndals stad")).toBe("kommun");
    expect(typFromName("Samordningsförbundet")).toBeUndefined();
  });
});

describe("parseMedlemmar on an SCB population table (issue 19)", () => {
  it("reads 'Kommun | Folkmängd 31 dec 2015' with SCB codes, and FK, AF and the region added below without population", () => {
    const out = parseMedlemmar(
      rawSheet("Medlemmar", [
        ["Folkmängd 31 december 2015"],
        ["Medlemsbidrag 2016:", "16 692 tkr"],
        ["Kommun", "Folkmängd 31 dec 2015"],
        ["1481 Mölndal", 63558],
        ["1402 Partille", "37 592"],
        ["Regioner"],
        ["Västra Götalandsregionen", null],
        ["Försäkringskassan", null],
        ["Arbetsförmedlingen", null],
      ]),
    )!;
    expect(out.medlemmar.map((m) => [m.medlem, m.typ, m.invanare])).toEqual([
      ["Mölndal", "kommun", 63558],
      ["Partille", "kommun", 37592],
      ["Västra Götalandsregionen", "region", undefined],
      ["Försäkringskassan", "stat", undefined],
      ["Arbetsförmedlingen", "stat", undefined],
    ]);
    expect(out.total).toEqual({ value: 16_692_000, cell: "B2", label: "Medlemsbidrag 2016" });
  });

  it("reads 'Statens tilldelning' above the table as half the total", () => {
    const out = parseMedlemmar(
      rawSheet("Medlemmar", [["Statens tilldelning: 11 661 000 kr"], ["Medlem", "Typ", "Invånare"], ["Försäkringskassan", "Stat", null]]),
    )!;
    expect(out.total?.value).toBe(23_322_000);
  });
});
