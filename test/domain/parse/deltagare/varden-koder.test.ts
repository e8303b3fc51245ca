import { ANONYM, isAnonymId, konLegend } from "../../../../src/domain/parse/deltagare/varden";

describe("kön codes and anonymous markings (issue 19)", () => {
  it("reads the legend of a coded kön column from its header, in either order", () => {
    expect(Object.fromEntries(konLegend("Kön (1=man, 2=kvinna)") ?? [])).toEqual({ 1: "M", 2: "K" });
    expect(Object.fromEntries(konLegend("Kön (1 = Kvinna, 2 = Man)") ?? [])).toEqual({ 1: "K", 2: "M" });
    expect(Object.fromEntries(konLegend("Kön 1=K 2=M") ?? [])).toEqual({ 1: "K", 2: "M" });
    expect(konLegend("Kön")).toBeUndefined();
    expect(konLegend("K/M")).toBeUndefined();
  });

  it("reads 'Ej samtycke', 'Skyddad identitet' and 'Anonym' as anonymous, 'Samtycke' and 'Nej' as not", () => {
    for (const v of ["Ja", "Ej samtycke", "Skyddad identitet", "Anonym", "X"]) expect(ANONYM.parse(v)).toEqual({ kind: "ok", value: true });
    for (const v of ["Nej", "Samtycke", "Ej anonym"]) expect(ANONYM.parse(v)).toEqual({ kind: "ok", value: false });
  });

  it("knows anonymous markers written as the ID, and never a pseudonymised ID", () => {
    for (const id of ["Anonym", "ANONYM", "Ej samtycke", "Skyddad identitet", "Anonymt"]) expect(isAnonymId(id)).toBe(true);
    for (const id of ["FRA-0001", "1001", "Anna", "Anonym 12", "Skyddad 3"]) expect(isAnonymId(id)).toBe(false);
  });
});
