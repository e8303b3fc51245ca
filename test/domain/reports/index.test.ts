import { reportModules } from "../../../src/domain/reports";

describe("reportModules", () => {
  it("lists förbrukningskvot and driftsredovisning with unique kinds and Swedish labels", () => {
    const kinds = reportModules.map((m) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(["forbrukningskvot", "driftsredovisning"]));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(reportModules.every((m) => m.label.length > 0 && typeof m.run === "function")).toBe(true);
  });
});
