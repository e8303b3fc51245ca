import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { fingerprint, kvotPlan, registerId, registryOf, sheetIds, tags, userWorkbook, validationPlan } from "./fixtures";

describe("apply: a small workbook", () => {
  it("writes all plans in 2 syncs with screen updating suspended", async () => {
    const sim = userWorkbook();
    const before = fingerprint(sim, sheetIds(sim));
    const host = createExcelHost(sim, { runTag: tags() });
    const report = await host.apply([kvotPlan(), validationPlan()]);
    expect(report).toEqual({
      written: [
        { kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" },
        { kind: "valideringsrapport", key: "", name: "Valideringsrapport" },
      ],
      replaced: [],
      syncs: 2,
    });
    expect(sim.lastRun?.syncs).toBe(2);
    // once per run (issue 16, finding 9), not once per sync
    expect(sim.lastRun?.screenUpdatingSuspendedSyncs).toBe(1);
    expect(sim.lastRun?.delayForCellEdit).toBe(true);
    expect(sim.sheetNames()).toEqual([
      "Insatser",
      "Utfall",
      "Anteckningar",
      "Förbrukningskvot 2024-06-30",
      "Valideringsrapport",
      "FinsamRegister",
    ]);
    expect(fingerprint(sim, JSON.parse(JSON.stringify(sheetIds(sim).slice(0, 3))))).toBe(before);
    expect(sim.snapshot().activeSheet).toBe("Förbrukningskvot 2024-06-30");
  });

  it("writes values, formulas (computed by Excel) and number formats", async () => {
    const sim = userWorkbook();
    await createExcelHost(sim).apply([kvotPlan()]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    expect(s.values[0][0]).toBe("Förbrukningskvot – Samordningsförbundet Uppsala län");
    expect(s.values[4]).toEqual(["Insats", "Utfall", "Periodbudget", "Kvot", ""]);
    // Finsam's marker right of the widest row, shown as nothing (";;;") in a 2-point column (output-marker.ts)
    expect(s.values[0][4]).toBe("Finsam-rapport: forbrukningskvot | 2024-06-30");
    expect(s.numberFormats[0][4]).toBe(";;;");
    expect(s.values[5].slice(0, 3)).toEqual(["Jobbcentrum", 955000, 1326000]);
    expect(Math.round((s.values[5][3] as number) * 100)).toBe(72);
    expect(Math.round((s.values[6][3] as number) * 100)).toBe(93);
    expect(Math.round((s.values[7][3] as number) * 100)).toBe(111);
    expect(s.values[8].slice(1, 3)).toEqual([2958000, 3446000]);
    expect(s.formulas[8][1]).toBe("=SUM(B6:B8)");
    expect(s.formulas[5][3]).toBe('=IF(C6=0,"",B6/C6)');
    expect(s.numberFormats[5].slice(1, 4)).toEqual(["#,##0,", "#,##0,", "0%"]);
    expect(s.values[1][0]).toBe("Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Utfall");
  });

  it("writes styles, table, conditional formats, chart, validation, freeze, widths and page setup", async () => {
    const sim = userWorkbook();
    await createExcelHost(sim).apply([kvotPlan()]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    expect(s.styles).toEqual(
      expect.arrayContaining([
        { range: "A1", props: { bold: true } },
        { range: "A1", props: { fontSize: 14 } },
        { range: "A5:D5", props: { fill: "#DDEBF7" } },
        { range: "D6:D9", props: { horizontalAlignment: "Right" } },
        { range: "A6:D9", props: { verticalAlignment: "Top" } },
        { range: "A9:D9", props: { border: { side: "EdgeTop", style: "Continuous" } } },
      ]),
    );
    expect(s.tables).toEqual([
      { name: "Forbrukningskvot", range: "A5:D8", style: "TableStyleMedium2", showHeaders: true, showTotals: false },
    ]);
    expect(s.conditionalFormats.map((c) => [c.range, c.rule, c.fill, c.fontColor])).toEqual([
      ["D6:D8", { formula1: "=1", operator: "GreaterThan" }, "#FFC7CE", "#9C0006"],
      ["D6:D8", { formula1: "=4/5", operator: "LessThan" }, "#FFEB9C", null],
    ]);
    expect(s.charts).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "'Förbrukningskvot 2024-06-30'!A5:A8",
        seriesBy: "Columns",
        title: "Förbrukningskvot per insats",
        anchor: "F5",
        width: 420,
        height: 216,
      },
    ]);
    expect(s.dataValidations).toEqual([
      {
        range: "E6:E8",
        rule: { list: { inCellDropDown: true, source: "Ja,Nej" } },
        errorAlert: { message: "Välj Ja eller Nej.", showAlert: true, style: "Stop", title: "Ogiltigt värde" },
      },
    ]);
    expect(s.freeze).toEqual({ rows: 5, columns: 1 });
    expect(s.columnWidths).toEqual({ A: 180, B: 90, C: 90, D: 60, E: 2 });
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "5:5",
      zoom: { horizontalFitToPages: 1 },
    });
  });

  it("writes the plan's page breaks: before its rows and columns (horizontal and vertical page breaks)", async () => {
    const sim = userWorkbook();
    const plan = kvotPlan();
    await createExcelHost(sim).apply([
      { ...plan, pageSetup: { ...plan.pageSetup!, fitToWidth: false, scale: 80, rowBreaks: [6], columnBreaks: [2, 3] } },
    ]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    expect(s.pageLayout.rowBreaks).toEqual([6]);
    expect(s.pageLayout.columnBreaks).toEqual([2, 3]);
  });

  it("writes the plan's margins (inches → points) and footer, so a report printed from Excel has förbund, period and Sida x av y", async () => {
    const sim = userWorkbook();
    const plan = kvotPlan();
    const footer = { left: '&8&"Arial,Regular"Samordningsförbundet Uppsala län · 2024-01-01 – 2024-06-30', right: "&8Sida &P av &N" };
    const margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };
    await createExcelHost(sim).apply([{ ...plan, pageSetup: { ...plan.pageSetup!, margins, footer } }]);
    const s = sim.sheet("Förbrukningskvot 2024-06-30")!;
    expect(s.pageLayout.footer).toEqual({ ...footer, center: "" });
    expect(s.pageLayout.margins.left).toBeCloseTo(36);
    expect(s.pageLayout.margins.bottom).toBeCloseTo(50.4);
    expect(s.pageLayout.margins.footer).toBeCloseTo(21.6);
  });

  it("registers the output sheets by id in the very hidden register sheet, keys as text", async () => {
    const sim = userWorkbook();
    await createExcelHost(sim).apply([kvotPlan(), validationPlan()]);
    const ids = sheetIds(sim);
    expect(registryOf(sim)).toEqual([
      { id: ids[3], kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" },
      { id: ids[4], kind: "valideringsrapport", key: "", name: "Valideringsrapport" },
    ]);
    const register = sim.sheet("FinsamRegister")!;
    expect(register.visibility).toBe("VeryHidden");
    expect(register.values[0]).toEqual(["Typ", "Nyckel", "Blad", "Id"]);
    expect(register.values[1][1]).toBe("2024-06-30");
    expect(sim.snapshot().settings).toEqual({});
  });

  it("keeps the register very hidden and in its place when later output is added", async () => {
    const sim = userWorkbook();
    const host = createExcelHost(sim);
    await host.apply([kvotPlan()]);
    const register = registerId(sim);
    const report = await host.apply([validationPlan()]);
    expect(report.syncs).toBe(2);
    expect(sim.sheetNames()).toEqual([
      "Insatser",
      "Utfall",
      "Anteckningar",
      "Förbrukningskvot 2024-06-30",
      "FinsamRegister",
      "Valideringsrapport",
    ]);
    expect(registerId(sim)).toBe(register);
    expect(sim.sheet("FinsamRegister")?.visibility).toBe("VeryHidden");
    expect(registryOf(sim).map((e) => e.kind)).toEqual(["forbrukningskvot", "valideringsrapport"]);
    expect(sim.snapshot().activeSheet).toBe("Valideringsrapport");
  });

  it("never gives a report the register's name", async () => {
    const sim = userWorkbook();
    const report = await createExcelHost(sim).apply([validationPlan({ name: "FinsamRegister" })]);
    expect(report.written[0].name).toBe("FinsamRegister (2)");
    expect(registryOf(sim).map((e) => e.name)).toEqual(["FinsamRegister (2)"]);
  });

  it("keeps a user's sheet that has the desired name and picks Name (2)", async () => {
    const sim = userWorkbook([{ name: "förbrukningskvot 2024-06-30", values: [["Mina egna siffror"]] }]);
    const before = fingerprint(sim, sheetIds(sim));
    const report = await createExcelHost(sim).apply([kvotPlan()]);
    expect(report.written[0].name).toBe("Förbrukningskvot 2024-06-30 (2)");
    expect(fingerprint(sim, JSON.parse(JSON.stringify(sheetIds(sim).slice(0, 4))))).toBe(before);
    expect(sim.sheet("förbrukningskvot 2024-06-30")?.values).toEqual([["Mina egna siffror"]]);
  });

  it("does nothing for no plans", async () => {
    const sim = new ExcelSim();
    const host = createExcelHost(sim);
    expect(await host.apply([])).toEqual({ written: [], replaced: [], syncs: 0 });
    expect(sim.syncCount).toBe(0);
  });
});
