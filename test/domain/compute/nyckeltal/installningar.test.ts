import {
  arsMedlemsbidrag,
  egetKapitalTakFranInstallningar,
  installningCell,
  MEDLEMSBIDRAG_SKILJER,
  OGILTIG_INSTALLNING,
} from "../../../../src/domain/compute/nyckeltal/installningar";
import type { ParsedWorkbook, RawSheet } from "../../../../src/domain/model";
import type { Issue } from "../../../../src/domain/issues";
import { uppsala2024 } from "../../fixtures/uppsala-2024";

describe("arsMedlemsbidrag", () => {
  it("Uppsala 2024 from the Budget row Medlemsavgifter: 23 322 000 kr", () => {
    expect(arsMedlemsbidrag(uppsala2024(), 2024)).toEqual({ belopp: 23_322_000, kalla: "Budget: Medlemsavgifter" });
  });

  it("Inställningar's Medlemsbidrag totalt comes first; a differing Budget row gives an info issue", () => {
    const base = uppsala2024();
    base.installningar.medlemsbidragTotalt = 23_322_000;
    const issues: Issue[] = [];
    expect(arsMedlemsbidrag(base, 2024, issues)).toEqual({ belopp: 23_322_000, kalla: "Inställningar" });
    expect(issues).toEqual([]);
    base.installningar.medlemsbidragTotalt = 23_000_000;
    expect(arsMedlemsbidrag(base, 2024, issues)?.belopp).toBe(23_000_000);
    expect(issues).toEqual([expect.objectContaining({ severity: "info", code: MEDLEMSBIDRAG_SKILJER, sheet: "Budget", cell: "A2" })]);
    expect(issues[0].message).toContain("23\u00a0322\u00a0000 kr");
  });

  it("Inställningar for another räkenskapsår is not used; statens tilldelning × 2 is the last resort", () => {
    const base: ParsedWorkbook = { ...uppsala2024(), budget: [] };
    base.installningar = { rakenskapsar: 2023, medlemsbidragTotalt: 20_000_000, statensTilldelning: 10_000_000, ovrigt: {} };
    expect(arsMedlemsbidrag(base, 2024)).toBeUndefined();
    base.installningar.rakenskapsar = 2024;
    base.installningar.medlemsbidragTotalt = undefined;
    expect(arsMedlemsbidrag(base, 2024)).toEqual({ belopp: 20_000_000, kalla: "Inställningar: statens tilldelning × 2" });
  });
});

const instSheet = (rows: (string | number | null)[][]): RawSheet => ({ name: "Inställningar", origin: { row: 2, col: 1 }, values: rows });
const baseWith = (ovrigt: ParsedWorkbook["installningar"]["ovrigt"]) => ({
  installningar: { ovrigt },
  sourceSheets: { installningar: "Inställningar" },
});

describe("egetKapitalTakFranInstallningar", () => {
  it("default 20 % including the reservfond", () => {
    expect(egetKapitalTakFranInstallningar(baseWith({}), [], [])).toEqual({ andel: 0.2, inklReservfond: true });
  });

  it('reads "25 %", 30 and 0,15 as shares and Ja/Nej for the reservfond (exkl inverts)', () => {
    const issues: Issue[] = [];
    expect(
      egetKapitalTakFranInstallningar(baseWith({ "Tak eget kapital": "25 %", "Tak eget kapital inkl. reservfond": "Nej" }), [], issues),
    ).toEqual({ andel: 0.25, inklReservfond: false });
    expect(
      egetKapitalTakFranInstallningar(baseWith({ "Tak för eget kapital": 30, "Tak eget kapital exkl. reservfond": "Ja" }), [], issues),
    ).toEqual({ andel: 0.3, inklReservfond: false });
    expect(egetKapitalTakFranInstallningar(baseWith({ "Eget kapital tak": "0,15" }), [], issues)).toEqual({
      andel: 0.15,
      inklReservfond: true,
    });
    expect(issues).toEqual([]);
  });

  it("an unreadable value is a varning at its cell and the default is kept", () => {
    const sheets = [
      instSheet([
        ["Inställning", "Värde"],
        ["Förbund", "X"],
        ["Tak eget kapital", "mycket"],
        ["Tak eget kapital inkl. reservfond", "kanske"],
      ]),
    ];
    const issues: Issue[] = [];
    const tak = egetKapitalTakFranInstallningar(
      baseWith({ "Tak eget kapital": "mycket", "Tak eget kapital inkl. reservfond": "kanske" }),
      sheets,
      issues,
    );
    expect(tak).toEqual({ andel: 0.2, inklReservfond: true });
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["varning", OGILTIG_INSTALLNING, "Inställningar", "C5"],
      ["varning", OGILTIG_INSTALLNING, "Inställningar", "C6"],
    ]);
    expect(issues[0].message).toContain('"mycket"');
  });
});

describe("installningCell", () => {
  it("the value cell right of the label, with the sheet's origin", () => {
    const sheets = [
      instSheet([
        ["Inställning", "Värde"],
        ["Ackumulerat överskott (tkr)", 6360],
      ]),
    ];
    expect(installningCell(sheets, "Inställningar", (k) => k.startsWith("ackumuleratoverskott"))).toEqual({
      sheet: "Inställningar",
      cell: "C4",
    });
    expect(installningCell(sheets, "Annat", () => true)).toBeUndefined();
    expect(installningCell(sheets, "Inställningar", (k) => k === "reservfond")).toBeUndefined();
  });
});
