import { compareFingerprint, fingerprintOf } from "../../../src/domain/detect/fingerprint";
import { sheet } from "./helpers";

describe("fingerprint", () => {
  it("records the header cells with their addresses (origin taken into account) and finds changes", () => {
    const s = sheet("U", [["Post", "Period", "Utfall"]], { row: 2, col: 1 });
    const f = fingerprintOf(s, [0]);
    expect(f.cells).toEqual([
      { cell: "B3", text: "Post" },
      { cell: "C3", text: "Period" },
      { cell: "D3", text: "Utfall" },
    ]);
    expect(compareFingerprint(s, { fingerprint: f })).toBeNull();
    expect(compareFingerprint(sheet("U", [["post ", "PERIOD", "utfall"]], { row: 2, col: 1 }), { fingerprint: f })).toBeNull();
    const moved = sheet("U", [[], ["Post", "Period", "Utfall"]], { row: 2, col: 1 });
    expect(compareFingerprint(moved, { fingerprint: f })?.changed.map((c) => c.cell)).toEqual(["B3", "C3", "D3"]);
  });
});
