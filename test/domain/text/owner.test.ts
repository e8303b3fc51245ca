import { isOwnerLike, ownerScore, ownerShort, splitOwnerName } from "../../../src/domain/text/owner";

describe("owner heuristics", () => {
  it.each(["Enköpings kommun", "Region Uppsala", "Håbo, AF", "Enköping , AF", "Älvkarleby", "Uppsala, Region Ua", "FK"])(
    "%s is an owner",
    (t) => {
      expect(isOwnerLike(t)).toBe(true);
    },
  );
  it.each(["Lokussamordnare", "Jobbcentrum – Din väg framåt", "Framsteget Håbo", "Bryggan", ""])("%s is not", (t) => {
    expect(isOwnerLike(t)).toBe(false);
  });

  it("scores owner columns above name columns (Uppsala 2021)", () => {
    const owners = [
      "Enköping , AF",
      "Heby",
      "Håbo, AF",
      "Knivsta",
      "Tierp",
      "Uppsala",
      "Region Uppsala",
      "Region Uppsala",
      "Uppsala",
      "Älvkarleby",
    ];
    const names = [
      "Jobbcentrum-Ung Rehab",
      "Plattform för individstöd",
      "Framsteget",
      "En väg in - flera vägar ut",
      "Växtverket",
      "Lokussamordnare",
      "Reg.Ex.Pro",
      "REKO",
      "Digital plattform för stöd",
      "Lokussamordnare",
    ];
    expect(ownerScore(owners)).toBeGreaterThan(ownerScore(names) + 0.2);
  });

  it("shortens owners and splits 'Kommun, Insats' cells", () => {
    expect(ownerShort("Östhammars kommun")).toBe("Östhammar");
    expect(ownerShort("Uppsala kommun")).toBe("Uppsala");
    expect(ownerShort("Region Uppsala")).toBe("Region Uppsala");
    expect(splitOwnerName("Heby, Plattform för individstöd i samverkan")).toEqual({
      agare: "Heby",
      namn: "Plattform för individstöd i samverkan",
    });
    expect(splitOwnerName("Region Uppsala, RegExPro")).toEqual({ agare: "Region Uppsala", namn: "RegExPro" });
    expect(splitOwnerName("Arbete, studier och hälsa")).toBeUndefined();
  });
});
