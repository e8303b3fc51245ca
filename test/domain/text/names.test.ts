import { closestName, editDistance, NameIndex, normalizeName } from "../../../src/domain/text/names";

describe("names", () => {
  it("normalizes and measures edit distance", () => {
    expect(normalizeName("Jobbcentrum – Din väg framåt")).toBe("jobbcentrum din vag framat");
    expect(normalizeName("  Reg.Ex.Pro ")).toBe("reg ex pro");
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("finds the insats the sources spell three ways", () => {
    const insatser = ["Jobbcentrum", "Framsteget", "Plattform för individstöd", "RegExPro", "Lokussamordnare Uppsala"];
    expect(closestName("Jobbcentrum - Din väg fram", insatser)).toBe("Jobbcentrum");
    expect(closestName("Jobcentrum", insatser)).toBe("Jobbcentrum");
    expect(closestName("Framsteget 2.0", insatser)).toBe("Framsteget");
    expect(closestName("Reg.Ex.Pro", insatser)).toBe("RegExPro");
    expect(closestName("Plattform för individstöd i samverkan", insatser)).toBe("Plattform för individstöd");
    expect(closestName("lokussamordnare uppsala", insatser)).toBe("Lokussamordnare Uppsala");
  });
  it("returns undefined when nothing is close", () => {
    expect(closestName("Medlemsavgifter", ["Jobbcentrum", "Framsteget"])).toBeUndefined();
    expect(closestName("", ["Jobbcentrum"])).toBeUndefined();
    expect(closestName("Indvid", ["Individ", "Struktur", "Förstudie", "Övrig"])).toBe("Individ");
  });
  it("indexes names for exact lookup after normalization", () => {
    const idx = new NameIndex(["Jobbcentrum", "Förvaltning"]);
    idx.add("Jobbcentrum", "Jobbcentrum – Din väg framåt");
    expect(idx.find("FÖRVALTNING ")).toBe("Förvaltning");
    expect(idx.find("jobbcentrum - din väg framåt")).toBe("Jobbcentrum");
    expect(idx.find("Framsteget")).toBeUndefined();
    expect(idx.closest("Forvaltningen")).toBe("Förvaltning");
  });
  it("finds a name written with its owner in parentheses after it, when nothing is registered under the whole text", () => {
    const idx = new NameIndex(["Framsteget", "Lokussamordnare Uppsala", "Lokussamordnare Älvkarleby", "Bryggan (fas 2)"]);
    expect(idx.find("Framsteget (Håbo, AF)")).toBe("Framsteget");
    expect(idx.find("Lokussamordnare (Älvkarleby)")).toBe("Lokussamordnare Älvkarleby");
    expect(idx.find("Bryggan (fas 2)")).toBe("Bryggan (fas 2)");
    expect(idx.find("Bryggan (Östhammar)")).toBeUndefined();
    expect(idx.find("Okänd (Heby)")).toBeUndefined();
    expect(idx.find("Framsteget (avslutad)")).toBeUndefined();
  });
});
