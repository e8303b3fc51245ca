import {
  checkAktiv,
  checkInkommen,
  checkSumma,
  InsatsRegister,
  sistaInkommenDag,
} from "../../../../src/domain/compute/rekvisitioner/kontroller";
import type { Rekvisition } from "../../../../src/domain/parse/rekvisitioner/rekvisitioner";
import { rekvisitionBase } from "../../../fixtures/rekvisitioner/kontroll-2024";

const claim = (over: Partial<Rekvisition>): Rekvisition => ({
  insats: "Bryggan",
  period: { from: "2024-01-01", to: "2024-03-31", label: "2024-Q1" },
  periodText: "2024-Q1",
  belopp: 465_000,
  inkommen: "2024-04-10",
  kostnadsslag: {},
  sheet: "Rekvisitioner",
  cells: { insats: "A2", period: "B2", belopp: "C2", inkommen: "D2" },
  range: "A2:D2",
  layout: "lista",
  position: 1,
  problem: [],
  ...over,
});

describe("sistaInkommenDag: one month after the period's end", () => {
  it.each([
    ["2024-03-31", "2024-04-30"],
    ["2024-06-30", "2024-07-31"],
    ["2024-12-31", "2025-01-31"],
    ["2024-01-31", "2024-02-29"],
    ["2024-06-15", "2024-07-15"],
  ])("%s → %s", (to, expected) => expect(sistaInkommenDag(to)).toBe(expected));
});

describe("checkInkommen", () => {
  const q1 = claim({}).period!;
  it("accepts the last day and warns the day after", () => {
    expect(checkInkommen(claim({ inkommen: "2024-04-30" }), q1)).toBeUndefined();
    expect(checkInkommen(claim({ inkommen: "2024-05-01" }), q1)).toMatchObject({ code: "REKV_SEN", severity: "varning", cell: "D2" });
  });
  it("notes an empty date cell but not a missing column", () => {
    expect(checkInkommen(claim({ inkommen: null }), q1)?.code).toBe("REKV_SAKNAR_INKOMMEN");
    expect(checkInkommen(claim({ inkommen: null, cells: { insats: "A2" } }), q1)).toBeUndefined();
  });
});

describe("checkSumma", () => {
  it("passes when Personal + Lokal + Övrigt = Belopp to the öre, and when no kostnadsslag is given", () => {
    expect(checkSumma(claim({ kostnadsslag: { personal: 400_000.5, lokal: 65_000 }, belopp: 465_000.5 }))).toBeUndefined();
    expect(checkSumma(claim({}))).toBeUndefined();
  });
  it("fails with the parts in words", () => {
    const i = checkSumma(claim({ kostnadsslag: { personal: 400_000, ovrigt: 60_000 } }))!;
    expect(i).toMatchObject({ code: "REKV_SUMMA_STAMMER_INTE", severity: "fel", cell: "C2" });
    expect(i.message).toContain("Personal 400\u00a0000 + Övrigt 60\u00a0000 = 460\u00a0000 kr");
    expect(i.message).toContain("skillnad 5\u00a0000 kr");
  });
  it("skips the sum when a kostnadsslag could not be read", () => {
    const unreadable = claim({
      kostnadsslag: { personal: 1 },
      cells: { belopp: "C2", lokal: "F2" },
      problem: [{ severity: "fel", code: "REKV_OLASBART_BELOPP", sheet: "Rekvisitioner", cell: "F2", message: "" }],
    });
    expect(checkSumma(unreadable)).toBeUndefined();
  });
});

describe("checkAktiv", () => {
  const forstudie = rekvisitionBase().insatser.find((i) => i.insats === "Förstudie pilotprojekt")!;
  it("accepts a period the insats is active in for part of it (start 2024-03-15)", () => {
    expect(checkAktiv(claim({}), { from: "2024-01-01", to: "2024-03-31", label: "2024-Q1" }, forstudie)).toBeUndefined();
  });
  it("fails for a period wholly outside start–slut", () => {
    const i = checkAktiv(claim({}), { from: "2024-07-01", to: "2024-09-30", label: "2024-Q3" }, forstudie)!;
    expect(i).toMatchObject({ code: "REKV_INSATS_INAKTIV", cell: "B2" });
    expect(i.message).toContain("2024-03-15–2024-06-15");
  });
});

describe("InsatsRegister", () => {
  const reg = new InsatsRegister(rekvisitionBase().insatser);
  it("finds short and long names in any spelling of case, dashes and diacritics", () => {
    expect(reg.find("jobbcentrum – din vag framat")?.insats).toBe("Jobbcentrum - Din väg framåt");
    expect(reg.find("Enköping, Jobbcentrum - Din väg framåt")?.insats).toBe("Jobbcentrum - Din väg framåt");
    expect(reg.find("Jobbcentrum")).toBeUndefined();
  });
  it("suggests the closest short name", () => {
    expect(reg.suggest("Jobbcentrum")).toBe("Jobbcentrum - Din väg framåt");
    expect(reg.suggest("Lokus-samordnare Uppsala")).toBe("Lokussamordnare Uppsala");
    expect(reg.suggest("Helt annat")).toBeUndefined();
  });
});
