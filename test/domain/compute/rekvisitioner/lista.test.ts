import { rekvisitionLista } from "../../../../src/domain/compute/rekvisitioner/lista";
import { computeRekvisitionskontroll } from "../../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import { readRekvisitioner } from "../../../../src/domain/reports/rekvisitioner";
import { rekvisitionBase, rekvisitionSheets } from "../../../fixtures/rekvisitioner/kontroll-2024";

describe("rekvisitionLista (task pane rows)", () => {
  const { result } = computeRekvisitionskontroll(readRekvisitioner(rekvisitionSheets()).rekvisitioner, rekvisitionBase());
  const rows = rekvisitionLista(result);

  it("lists every claim, those needing action first, then remarks, then approved", () => {
    expect(rows).toHaveLength(19);
    const order = rows.map((r) => r.verdict);
    expect(order.slice(0, 10).every((v) => v === "Åtgärd krävs")).toBe(true);
    expect(order.slice(10, 12)).toEqual(["Godkänd med anmärkning", "Godkänd med anmärkning"]);
    expect(order.slice(12).every((v) => v === "Godkänd")).toBe(true);
  });

  it("gives the sheet and cell to select and the reasons in words", () => {
    const dup = rows.find((r) => r.sheet === "Rekv Jobbcentrum Q2")!;
    expect(dup).toMatchObject({
      verdict: "Åtgärd krävs",
      insats: "Jobbcentrum - Din väg framåt",
      period: "2024-Q2",
      cell: "C2",
      range: "A2:C8",
      attBetala: 0,
    });
    expect(dup.reasons).toHaveLength(1);
    expect(dup.reasons[0]).toContain("redan rekvirerad");
    const unknown = rows.find((r) => r.cell === "A7")!;
    expect(unknown.insats).toBe("Ung Framtid Tierp");
    const badPeriod = rows.find((r) => r.cell === "A15")!;
    expect(badPeriod.period).toBe("första kvartalet");
  });

  it("leaves info notes out of the reasons", () => {
    const noDate = rows.find((r) => r.cell === "A17")!;
    expect(noDate.verdict).toBe("Godkänd");
    expect(noDate.reasons).toEqual([]);
  });
});
