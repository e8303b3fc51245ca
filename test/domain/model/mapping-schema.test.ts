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
    expect(parseMapping(JSON.stringify({ ...mapping, version: 2 }))).toEqual({
      kind: "error",
      reason: expect.stringContaining("version 2"),
    });
    const broken = JSON.parse(serializeMapping(mapping));
    broken.sheets[0].kind = "okänd";
    expect(parseMapping(broken)).toEqual({
      kind: "error",
      reason: expect.stringContaining('fältet "sheets nr 1 › kind" har ett värde som inte är tillåtet'),
    });
    expect(parseMapping(null).kind).toBe("error");
  });

  it("never shows zod's own (English) text: every broken shape is described in Swedish", () => {
    const base = () => JSON.parse(serializeMapping(mapping));
    const breakages: ((m: ReturnType<typeof base>) => unknown)[] = [
      (m) => ((m.sheets[0].kind = "okänd"), m),
      (m) => ((m.sheets[0].headerRow = "tre"), m),
      (m) => ((m.sheets[0].headerRows = 7), m),
      (m) => ((m.sheets[0].columns[0].column = "a1"), m),
      (m) => (delete m.sheets[0].sheet, m),
      (m) => ((m.alias = [{ namn: "", insats: "X" }]), m),
      () => [1, 2, 3],
      () => '"text"',
    ];
    for (const b of breakages) {
      const r = parseMapping(b(base()));
      expect(r.kind).toBe("error");
      if (r.kind === "error") {
        expect(r.reason).toMatch(/^Den sparade mappningen (kan inte läsas|är inte)/);
        expect(r.reason).not.toMatch(/Invalid|expected|received|Too (small|big)|must|string|number|option/i);
      }
    }
  });
});
