import { nameHint, namedKind } from "../../../src/domain/template/spec-kinds";

describe("namedKind", () => {
  it("reads the kind from a sheet name that states it, also with a suffix, in any case and with diacritics", () => {
    expect(namedKind("Insatser")).toBe("insatser");
    expect(namedKind("BUDGET")).toBe("budget");
    expect(namedKind("Budget 2024")).toBe("budget");
    expect(namedKind("Utfall jan-jun 2024")).toBe("utfall");
    expect(namedKind("Rekvisitioner inkomna")).toBe("rekvisitioner");
    expect(namedKind("Deltagare 2021")).toBe("deltagare");
    expect(namedKind("Medlemmar")).toBe("medlemmar");
    expect(namedKind("Inställningar")).toBe("installningar");
    expect(namedKind("Installningar")).toBe("installningar");
  });

  it("takes a singular only as the whole name", () => {
    expect(namedKind("Insats")).toBe("insatser");
    expect(namedKind("Rekvisition")).toBe("rekvisitioner");
    expect(namedKind("Insats Bryggan")).toBeUndefined();
  });

  it("gives no kind when the first word is another word", () => {
    expect(namedKind("Budgetuppföljning 2015")).toBeUndefined();
    expect(namedKind("Medlemsavgifter")).toBeUndefined();
    expect(namedKind("Beviljade insatser")).toBeUndefined();
    expect(namedKind("Tabell 4")).toBeUndefined();
    expect(namedKind("2024 Budget")).toBeUndefined();
  });
});

describe("nameHint", () => {
  it("is 'start' for a name beginning with the hint and 'inside' for one containing it", () => {
    expect(nameHint("rekvbrygganq2", "rekvisitioner")).toBe("start");
    expect(nameHint("beviljadeinsatser", "insatser")).toBe("inside");
    expect(nameHint("tabell4", "utfall")).toBeNull();
  });
});
