import { cellStyles, ruleHolds, styleKey } from "../../src/demo/cell-styles";

describe("demo cell styles", () => {
  it("applies format layers to every cell of their range", () => {
    const styles = cellStyles(
      {
        values: [
          ["Insats", "Kvot"],
          ["Jobbcentrum", 0.72],
        ],
        styles: [
          { range: "A1:B1", props: { bold: true, fill: "#DDEBF7" } },
          { range: "B2", props: { horizontalAlignment: "Right", italic: true, fontColor: "#C00000" } },
          { range: "A2:B2", props: { border: { side: "EdgeTop" }, wrapText: true } },
        ],
      },
      10,
      10,
    );
    expect(styles.get(styleKey(0, 1))).toEqual({ fontWeight: 700, backgroundColor: "#DDEBF7" });
    expect(styles.get(styleKey(1, 1))).toMatchObject({
      textAlign: "right",
      fontStyle: "italic",
      color: "#C00000",
      borderTop: "1px solid #444",
      whiteSpace: "normal",
    });
    expect(styles.has(styleKey(2, 0))).toBe(false);
  });

  it("colours cells whose value meets a conditional format's rule (flagged kvoter)", () => {
    const styles = cellStyles(
      {
        values: [[1.1], [0.95], [0.72], ["text"]],
        conditionalFormats: [
          { range: "A1:A4", type: "CellValue", rule: { formula1: "=1", operator: "GreaterThan" }, fill: "#FFC7CE", fontColor: null },
          { range: "A1:A4", type: "CellValue", rule: { formula1: "0.8", operator: "LessThan" }, fill: "#FFEB9C", fontColor: "#9C5700" },
        ],
      },
      10,
      10,
    );
    expect(styles.get(styleKey(0, 0))).toEqual({ backgroundColor: "#FFC7CE" });
    expect(styles.has(styleKey(1, 0))).toBe(false);
    expect(styles.get(styleKey(2, 0))).toEqual({ backgroundColor: "#FFEB9C", color: "#9C5700" });
    expect(styles.has(styleKey(3, 0))).toBe(false);
  });

  it("keeps to the shown rows and columns and to sheet-qualified ranges", () => {
    const styles = cellStyles({ values: [], styles: [{ range: "'Blad 1'!A1:Z100", props: { bold: true } }] }, 2, 3);
    expect(styles.size).toBe(6);
  });

  it("evaluates every cell-value operator", () => {
    const r = (operator: string, formula1: string, formula2?: string) => ({ operator, formula1, formula2 });
    expect(ruleHolds(5, r("Between", "1", "10"))).toBe(true);
    expect(ruleHolds(5, r("Between", "10", "1"))).toBe(true);
    expect(ruleHolds(5, r("NotBetween", "1", "10"))).toBe(false);
    expect(ruleHolds(5, r("EqualTo", "5"))).toBe(true);
    expect(ruleHolds(5, r("GreaterThanOrEqual", "5"))).toBe(true);
    expect(ruleHolds(5, r("LessThanOrEqual", "4"))).toBe(false);
    expect(ruleHolds(5, r("GreaterThan", "=A1"))).toBe(false);
    expect(ruleHolds(5, r("Okänd", "1"))).toBe(false);
    expect(ruleHolds("5", r("EqualTo", "5"))).toBe(false);
  });
});
