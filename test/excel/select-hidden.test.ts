/** Issue 16 finding 9: showing a finding's cell on a hidden sheet says so in Swedish, through the services too. */
import { createExcelHost } from "../../src/excel";
import { createServices } from "../../src/services";
import { userWorkbook } from "./fixtures";

describe("selectCell on a hidden sheet", () => {
  it("the host answers 'Bladet är dolt' with the sheet, the cell and how to show it", async () => {
    const sim = userWorkbook(); // "Anteckningar" is hidden
    await expect(createExcelHost(sim).selectCell("Anteckningar", "B2")).rejects.toThrow(
      /^Bladet "Anteckningar" är dolt\. Visa det \(högerklicka på en bladflik › Ta fram\) för att se cell B2\.$/,
    );
    expect(sim.sheet("Anteckningar")!.visibility).toBe("Hidden");
  });

  it("the services' selectIssueCell carries that message; a visible sheet is shown", async () => {
    const host = createExcelHost(userWorkbook());
    const services = createServices(host, { now: () => new Date("2024-10-24T12:00:00Z") });
    expect(await services.selectIssueCell("Anteckningar", "B2")).toEqual({
      ok: false,
      message: expect.stringMatching(/^Bladet "Anteckningar" är dolt/),
    });
    expect(await services.selectIssueCell("Utfall", "C3")).toEqual({ ok: true });
    expect(await services.selectIssueCell("Finns inte", "A1")).toEqual({ ok: false, message: 'Bladet "Finns inte" finns inte längre.' });
  });
});
