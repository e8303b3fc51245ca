import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { parseMapping, serializeMapping } from "../../../src/domain/model/mapping-schema";
import { uppsala2024Sheets } from "../fixtures/uppsala-2024-sheets";

describe("serializeMapping / parseMapping", () => {
  const mapping = detectWorkbook(uppsala2024Sheets());

  it("round-trips a detected mapping through JSON", () => {
    const text = serializeMapping(mapping);
    expect(typeof text).toBe("string");
    expect(parseMapping(text)).toEqual({ kind: "ok", mapping: JSON.parse(text) });
    expect(parseMapping(JSON.parse(text)).kind).toBe("ok");
  });

  it("never throws: bad JSON, another version or a wrong shape give a Swedish reason", () => {
    const bad = parseMapping("{inte json");
    expect(bad).toEqual({ kind: "error", reason: expect.stringContaining("JSON") });
    expect(parseMapping(JSON.stringify({ ...mapping, version: 2 }))).toEqual({ kind: "error", reason: expect.stringContaining("version 2") });
    const broken = JSON.parse(serializeMapping(mapping));
    broken.sheets[0].kind = "okänd";
    expect(parseMapping(broken)).toEqual({ kind: "error", reason: expect.stringContaining("sheets.0.kind") });
    expect(parseMapping(null).kind).toBe("error");
  });
});
