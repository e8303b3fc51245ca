import { nextRegistry, parseRegistry, replacedSheetIds, serializeRegistry } from "../../src/excel/registry";

const e = (id: string, kind = "forbrukningskvot", key = "2024-06-30") => ({ id, kind, key, name: `Blad ${id}` });

describe("output registry", () => {
  it("round-trips through JSON text", () => {
    const entries = [e("{A}"), e("{B}", "bidrag", "2024")];
    expect(parseRegistry(serializeRegistry(entries))).toEqual(entries);
  });

  it("treats unreadable or foreign data as no entries (never deletes on a guess)", () => {
    expect(parseRegistry(null)).toEqual([]);
    expect(parseRegistry("inte json")).toEqual([]);
    expect(parseRegistry('{"id":"x"}')).toEqual([]);
    expect(parseRegistry('[{"id":"x"},{"id":"","kind":"k","key":"","name":"n"}, 5]')).toEqual([]);
    expect(parseRegistry([e("{A}")])).toEqual([e("{A}")]);
  });

  it("replaces only existing sheets of the same kind and key", () => {
    const reg = [e("{A}"), e("{B}", "bidrag", "2024"), e("{C}"), e("{GONE}")];
    const existing = new Set(["{A}", "{B}", "{C}", "{USER}"]);
    const replaced = replacedSheetIds(reg, existing, [{ kind: "forbrukningskvot", key: "2024-06-30" }]);
    expect(replaced).toEqual(new Set(["{A}", "{C}"]));
    expect(nextRegistry(reg, existing, replaced, [e("{NEW}")]).map((x) => x.id)).toEqual(["{B}", "{NEW}"]);
  });
});
