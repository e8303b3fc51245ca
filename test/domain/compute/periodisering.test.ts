import {
  dayNumber,
  enheterIAr,
  insatsBudgetPerAr,
  periodisera,
  periodiseraArsbelopp,
  periodiseradBudget,
  periodiseringsLageFranInstallningar,
  postNyckel,
} from "../../../src/domain/compute/periodisering";
import { uppsala2024 } from "../fixtures/uppsala-2024";
import { uppsala2021 } from "../fixtures/uppsala-2021";

const hitta = (base: ReturnType<typeof uppsala2024>, namn: string) => {
  const i = base.insatser.find((x) => x.insats.startsWith(namn));
  if (!i) throw new Error(`fixture saknar ${namn}`);
  return i;
};

describe("dayNumber", () => {
  it("counts days and rejects impossible dates", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(dayNumber("2024-02-30")).toBeNaN();
    expect(dayNumber("30/6 2024")).toBeNaN();
  });
});

describe("enheterIAr", () => {
  it("counts a month when the insats is active on any day of it", () => {
    const forstudie = { from: "2024-03-15", to: "2024-06-15" };
    expect(enheterIAr(2024, [forstudie])).toBe(4);
    expect(enheterIAr(2024, [forstudie, { from: "2024-01-01", to: "2024-03-31" }])).toBe(1);
    expect(enheterIAr(2023, [forstudie])).toBe(0);
  });
  it("counts days in mode dagar (2024 is a leap year)", () => {
    expect(enheterIAr(2024, [], "dagar")).toBe(366);
    expect(enheterIAr(2024, [{ from: "2024-03-15", to: "2024-06-15" }], "dagar")).toBe(93);
  });
});

describe("periodiseradBudget", () => {
  it("Jobbcentrum 2 652 tkr for 2024, window 2024-01-01..2024-06-30 → 1 326 tkr", () => {
    const jobbcentrum = hitta(uppsala2024(), "Jobbcentrum");
    expect(periodiseradBudget(jobbcentrum, "2024-01-01", "2024-06-30")).toBe(1_326_000);
  });

  it("spreads over active months only: an insats ending 2021-06-30 has its whole budget by June", () => {
    const ungIntro = hitta(uppsala2021(), "Ung Intro");
    expect(periodiseradBudget(ungIntro, "2021-01-01", "2021-03-31")).toBeCloseTo((829_000 * 3) / 6, 6);
    expect(periodiseradBudget(ungIntro, "2021-01-01", "2021-12-31")).toBe(829_000);
    expect(periodiseradBudget(ungIntro, "2021-07-01", "2021-12-31")).toBe(0);
  });

  it("sums several budget years for a window across a year end", () => {
    const insats = { start: "2023-01-01", slut: "2024-12-31", budgetPerAr: { 2023: 1_200_000, 2024: 2_400_000 } };
    expect(periodiseradBudget(insats, "2023-07-01", "2024-06-30")).toBe(600_000 + 1_200_000);
  });

  it("in mode dagar uses days: half a leap year 2024 = 182/366", () => {
    const insats = { start: "2024-01-01", slut: "2024-12-31", budgetPerAr: { 2024: 366_000 } };
    expect(periodiseradBudget(insats, "2024-01-01", "2024-06-30", "dagar")).toBe(182_000);
  });

  it("spreads a budget for a year without active months over the whole year and marks it", () => {
    const p = periodisera({ 2025: 1_200_000 }, { from: "2024-01-01", to: "2024-12-31" }, "2025-01-01", "2025-03-31");
    expect(p.belopp).toBe(300_000);
    expect(p.delar[0].utanforAktivTid).toBe(true);
  });

  it("ignores budget years outside the window", () => {
    const p = periodisera({ 2023: 5, 2024: 1_200_000 }, { from: "2023-01-01", to: "2024-12-31" }, "2024-01-01", "2024-01-31");
    expect(p.delar.map((d) => d.ar)).toEqual([2024]);
    expect(p.belopp).toBe(100_000);
  });
});

describe("periodiseraArsbelopp", () => {
  it("is linear over the calendar year: Förvaltning 3 822 tkr → 1 911 tkr at 2024-06-30", () => {
    expect(periodiseraArsbelopp(3_822_000, 2024, "2024-01-01", "2024-06-30")).toBe(1_911_000);
    expect(periodiseraArsbelopp(3_822_000, 2024, "2024-01-01", "2024-12-31")).toBe(3_822_000);
  });
});

describe("postNyckel and insatsBudgetPerAr", () => {
  it("ignores case, diacritics, dash variants and spacing", () => {
    expect(postNyckel(" Jobbcentrum – Din  väg ")).toBe(postNyckel("jobbcentrum - din vag"));
    expect(postNyckel("Ung Framtid")).toBe(postNyckel("Ung framtid"));
    expect(postNyckel("Lokussamordnare Uppsala")).not.toBe(postNyckel("Lokussamordnare Älvkarleby"));
  });
  it("completes the insats' own budget years with Budget-sheet rows, never overriding them", () => {
    const base = uppsala2024();
    const insats = { ...hitta(base, "Bryggan"), budgetPerAr: { 2024: 1_860_000 } };
    const budget = [
      { post: "bryggan", kategori: "kostnad" as const, ar: 2025, budget: 1_000, source: { sheet: "Budget", cell: "A9" } },
      { post: "Bryggan", kategori: "kostnad" as const, ar: 2024, budget: 7, source: { sheet: "Budget", cell: "A10" } },
    ];
    expect(insatsBudgetPerAr(insats, budget)).toEqual({ 2024: 1_860_000, 2025: 1_000 });
  });
});

describe("periodiseringsLageFranInstallningar", () => {
  it("selects days only when the setting says so", () => {
    expect(periodiseringsLageFranInstallningar({ Periodisering: "Dagar" })).toBe("dagar");
    expect(periodiseringsLageFranInstallningar({ Periodisering: "Hela månader" })).toBe("manader");
    expect(periodiseringsLageFranInstallningar({})).toBe("manader");
  });
});
