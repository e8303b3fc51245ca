import { defaultChoices, parseChoices } from "../../src/services/choices";

describe("remembered choices", () => {
  const good = { period: { typ: "kvartal", ar: 2024, nr: 2 }, avvalda: ["bidrag"], publicering: 3 };

  it("reads back what was saved, as an object or as JSON text", () => {
    expect(parseChoices(good)).toEqual(good);
    expect(parseChoices(JSON.stringify(good))).toEqual(good);
    expect(parseChoices({ ...good, publicering: undefined })).toEqual({ ...good, publicering: null });
    expect(parseChoices({ ...good, avvalda: ["a", "a"] })?.avvalda).toEqual(["a"]);
    expect(parseChoices({ ...good, period: { typ: "datum", fran: "2024-01-01", till: "2024-09-30" } })?.period).toEqual({
      typ: "datum",
      fran: "2024-01-01",
      till: "2024-09-30",
    });
  });

  it("refuses damaged values in any part instead of half-remembering", () => {
    expect(parseChoices(null)).toBeNull();
    expect(parseChoices("{inte json")).toBeNull();
    expect(parseChoices({ ...good, period: { typ: "kvartal", ar: 2024, nr: 5 } })).toBeNull();
    expect(parseChoices({ ...good, period: { typ: "halvar", ar: 1899, nr: 1 } })).toBeNull();
    expect(parseChoices({ ...good, period: { typ: "datum", fran: "2024-02-30", till: "2024-06-30" } })).toBeNull();
    expect(parseChoices({ ...good, period: { typ: "vecka", ar: 2024 } })).toBeNull();
    expect(parseChoices({ ...good, avvalda: [1] })).toBeNull();
    expect(parseChoices({ ...good, publicering: 4 })).toBeNull();
  });

  it("starts from the example's period end or the last completed quarter, every report, no Publicering", () => {
    expect(defaultChoices("2024-11-24", "2024-06-30")).toEqual({
      period: { typ: "halvar", ar: 2024, nr: 1 },
      avvalda: [],
      publicering: null,
    });
    expect(defaultChoices("2025-02-10")).toEqual({ period: { typ: "helar", ar: 2024 }, avvalda: [], publicering: null });
    expect(defaultChoices("2024-11-24", "inte ett datum").period).toEqual({ typ: "datum", fran: "2024-01-01", till: "2024-09-30" });
  });
});
