import { checkAvvikelse } from "../../../../src/domain/parse/mapped/avvikelse";
import type { ColumnMapping } from "../../../../src/domain/model/mapping";
import type { Issue } from "../../../../src/domain/issues/issue";
import { CellReader } from "../../../../src/domain/parse/base/cell-read";
import { sheet } from "../../detect/helpers";

const col = (measure: ColumnMapping["measure"]): ColumnMapping => ({
  column: "B",
  header: measure!,
  role: "belopp",
  measure,
  confidence: 1,
});
const amounts = [
  { c: 1, col: col("budget"), factor: 1000 },
  { c: 2, col: col("utfall"), factor: 1000 },
  { c: 3, col: col("avvikelse"), factor: 1000 },
];

describe("checkAvvikelse", () => {
  it("infers Utfall − Budget (Uppsala: −955 − (−1 326) = 371) and flags the row that follows neither", () => {
    const issues: Issue[] = [];
    const s = sheet("D", [
      ["Jobbcentrum", "-1 326", "-955", "371"],
      ["Framsteget", "-1 940", "-1 804", "136"],
      ["Bryggan", "-930", "-871", "65"],
    ]);
    checkAvvikelse(new CellReader(s, issues), [0, 1, 2], amounts);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["AVVIKELSE_STAMMER_INTE", "D3"]]);
  });

  it("infers Budget − Utfall when costs are positive", () => {
    const issues: Issue[] = [];
    const s = sheet("D", [
      ["Kansli", "1 500", "1 420", "80"],
      ["Styrelse", "250", "198", "52"],
      ["Medlemsavgifter", "6 000", "6 085", "-85"],
    ]);
    checkAvvikelse(new CellReader(s, issues), [0, 1, 2], amounts);
    expect(issues).toEqual([]);
  });
});
