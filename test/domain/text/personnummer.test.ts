import {
  findPersonnummer,
  findPersonnummerInText,
  looksLikePersonnummer,
  luhnOk,
  maskPersonnummer,
  plausibleDate,
  safeText,
} from "../../../src/domain/text/personnummer";

describe("personnummer detection", () => {
  it("recognises the usual ways to write a personnummer (Skatteverket's test number 19121212-1212)", () => {
    for (const v of ["121212-1212", "121212+1212", "1212121212", "19121212-1212", "191212121212", "19121212 1212", " 121212-1212 "]) {
      expect([v, findPersonnummer(v)]).toEqual([v, { luhn: true }]);
    }
  });

  it("recognises numbers as Excel stores them (10 or 12 digits; 9 digits = a dropped leading zero)", () => {
    expect(findPersonnummer(191212121212)).toEqual({ luhn: true });
    expect(findPersonnummer(1212121212)).toEqual({ luhn: true });
    expect(findPersonnummer(101011234)).not.toBeNull(); // 010101-1234
    expect(findPersonnummer(12345)).toBeNull();
    expect(findPersonnummer(45473)).toBeNull(); // an Excel date serial
    expect(findPersonnummer(1212121212.5)).toBeNull();
  });

  it("accepts samordningsnummer (day + 60) and flags a wrong check digit only as lower confidence", () => {
    expect(findPersonnummer("701272-1234")).not.toBeNull();
    expect(findPersonnummer("121212-1213")).toEqual({ luhn: false });
    expect(luhnOk("1212121212")).toBe(true);
    expect(luhnOk("1212121213")).toBe(false);
  });

  it("needs a plausible date", () => {
    expect(plausibleDate("901301")).toBe(false);
    expect(plausibleDate("900230")).toBe(false);
    expect(plausibleDate("19900229")).toBe(true);
    expect(plausibleDate("17000101")).toBe(false);
    expect(findPersonnummer("901301-1234")).toBeNull();
    expect(findPersonnummer("900100-1234")).toBeNull();
  });

  it("does not take dates, pseudonymised IDs or amounts for personnummer", () => {
    for (const v of ["2024-06-30", "FRA-0001", "D-2024-0117", "12 345 678", "2021-0001", "abc", "1234-5678"])
      expect([v, looksLikePersonnummer(v)]).toEqual([v, false]);
    expect(looksLikePersonnummer(null)).toBe(false);
    expect(looksLikePersonnummer(true)).toBe(false);
  });

  it("finds a personnummer inside text, but not inside a longer run of digits", () => {
    expect(findPersonnummerInText("Anna 19121212-1212 ringde")).toEqual({ luhn: true });
    expect(findPersonnummerInText("ordernr 991212121212999")).toBeNull();
  });

  it("masks personnummer in text and quotes safe values only", () => {
    expect(maskPersonnummer("ID 121212-1212 och 19121212-1212")).toBe("ID [personnummer dolt] och [personnummer dolt]");
    expect(maskPersonnummer("Inget här 2024-06-30")).toBe("Inget här 2024-06-30");
    expect(safeText("121212-1212")).toBe("(dolt värde)");
    expect(safeText("Gymnasiet")).toBe("Gymnasiet");
    expect(safeText("x".repeat(60))).toHaveLength(40);
  });
});
