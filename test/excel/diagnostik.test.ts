import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelSim } from "../../src/excel-sim";
import { diagnostikText, kravsetText, runDiagnostik } from "../../src/services/diagnostik";
import { fingerprint, sheetIds, userWorkbook } from "./fixtures";

const miljo = { plattform: "Simulerad Excel", version: "test", kravset: ["ExcelApi 1.1", "ExcelApi 1.2", "ExcelApi 1.3"] };

describe("Diagnostik against the simulated Excel", () => {
  it("passes every check and leaves the workbook as it was", async () => {
    const sim = userWorkbook();
    const ids = sheetIds(sim);
    const before = fingerprint(sim, ids);
    const rapport = await runDiagnostik(sim, miljo, () => new Date("2026-12-07T05:00:00Z"));
    expect(rapport.resultat.filter((r) => r.status !== "ok")).toEqual([]);
    expect(rapport.resultat).toHaveLength(8);
    expect(sheetIds(sim)).toEqual(ids);
    expect(fingerprint(sim, ids)).toBe(before);
    expect(sim.snapshot().settings).toEqual({});
    expect(rapport.text).toContain("Plattform: Simulerad Excel");
    expect(rapport.text).toContain("Kravset som stöds: ExcelApi 1.1–1.3");
    expect(rapport.text).toContain("Alla 8 kontroller gick igenom.");
    expect(rapport.text).toContain('läser tillbaka "=4/5"');
  });

  it("reports a refused check in Swedish with Excel's code, runs the others and still removes its sheets", async () => {
    const sim = userWorkbook();
    const names = sim.sheetNames();
    let runs = 0;
    const api = {
      run: (...args: unknown[]): Promise<unknown> => {
        if (++runs === 3) sim.failOnSync(1, { code: "AccessDenied" }); // the second check
        return (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    } as unknown as ExcelSim;
    const rapport = await runDiagnostik(api, miljo);
    expect(rapport.resultat.map((r) => r.status)).toEqual(["ok", "fel", "ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(rapport.resultat[1].detalj).toMatch(/^Excel svarade AccessDenied/);
    expect(rapport.text).toContain("1 av 8 kontroller avvek");
    expect(sim.sheetNames()).toEqual(names);
  });

  it("writes the requirement sets as a range only when they have no gap", () => {
    expect(kravsetText(["ExcelApi 1.1", "ExcelApi 1.3"])).toBe("ExcelApi 1.1, ExcelApi 1.3");
    expect(kravsetText([])).toBe("inga");
    expect(diagnostikText(miljo, [{ namn: "X", status: "fel", detalj: "d" }], new Date(0))).toContain("1 av 1 kontroller avvek");
  });
});

it("keeps ExcelSim importable for the demo", () => expect(typeof ExcelSim).toBe("function"));

describe("Diagnostik as a Script Lab snippet (docs/diagnostik-scriptlab.yaml)", () => {
  it("runs the same checks as the pane, with the same names and thresholds", async () => {
    const snippet = readFileSync(join(__dirname, "../../docs/diagnostik-scriptlab.yaml"), "utf8");
    const rapport = await runDiagnostik(userWorkbook(), miljo, () => new Date("2026-12-07T05:00:00Z"));
    for (const r of rapport.resultat) expect(snippet).toContain(`namn: "${r.namn}"`);
    expect(snippet.match(/namn: "/g)).toHaveLength(rapport.resultat.length);
    expect(snippet).toContain('formula1: "=4/5"');
    expect(snippet).toMatch(/^host: EXCEL$/m);
  });
});
