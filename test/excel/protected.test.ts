/**
 * Issue 16, finding 4: protected, busy or inactive workbooks. The simulator has structure protection
 * (`workbook.protection.protected`, InvalidOperation on adding/deleting/renaming sheets) and a modal-dialog state
 * (WriteNotSupportedWhenModalDialogOpen); every code gets a Swedish text, and the "~finsam-" clean-up advice is
 * given only when the write created sheets.
 */
import { createExcelHost } from "../../src/excel";
import { fingerprint, kvotPlan, sheetIds, userWorkbook } from "./fixtures";

describe("a workbook Excel will not let us change", () => {
  it("structure protection: says so in Swedish, changes nothing, no clean-up advice", async () => {
    const sim = userWorkbook();
    const ids = sheetIds(sim);
    const before = fingerprint(sim, ids);
    sim.state.structureProtected = true;
    const e = (await createExcelHost(sim)
      .apply([kvotPlan()])
      .catch((x: unknown) => x)) as Error;
    expect(e.message).toMatch(/^Arbetsboken är skyddad \(Granska › Skydda arbetsbok\)/);
    expect(e.message).not.toContain("~finsam-");
    expect(sheetIds(sim)).toEqual(ids);
    expect(fingerprint(sim, ids)).toBe(before);
  });

  it("a modal dialog: asks the user to close it", async () => {
    const sim = userWorkbook();
    sim.state.modalDialogOpen = true;
    await expect(createExcelHost(sim).apply([kvotPlan()])).rejects.toMatchObject({
      code: "WriteNotSupportedWhenModalDialogOpen",
      message: expect.stringContaining("en dialogruta är öppen i Excel; stäng den och försök igen"),
    });
    expect(sim.sheetNames()).toEqual(["Insatser", "Utfall", "Anteckningar"]);
  });

  it.each([
    ["InactiveWorkbook", "arbetsboken är inte längre aktiv"],
    ["ActivityLimitReached", "vänta en stund och försök igen"],
    ["GeneralException", "Excel rapporterade ett internt fel"],
  ])(
    "%s at the first sync, cleanup refused too: a Swedish text and no advice to delete sheets that were never made",
    async (code, text) => {
      const sim = userWorkbook();
      sim.failOnSync(1, { code, runs: 2 });
      const e = (await createExcelHost(sim)
        .apply([kvotPlan()])
        .catch((x: unknown) => x)) as Error;
      expect(e.message).toContain(text);
      expect((e as Error & { code: string }).code).toBe(code);
      expect(e.message).not.toContain("~finsam-");
      expect(e.message).toContain("Inga blad hann skapas");
    },
  );
});
