import { formatCell, formatGeneral } from "../../src/demo/number-format";

/** Spaces of any kind as plain spaces, so expectations stay readable. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const show = (v: Parameters<typeof formatCell>[0], f: string | null) => plain(formatCell(v, f));

describe("demo number formats (sv-SE)", () => {
  it("shows kronor as tkr with the scaling format, as the reports do", () => {
    expect(show(955000, "#,##0,")).toBe("955");
    expect(show(1326000, "#,##0,")).toBe("1 326");
    expect(show(-10329000, "#,##0,")).toBe("-10 329");
    expect(show(24808700, "#,##0")).toBe("24 808 700");
  });

  it("shows percentages and decimals with a decimal comma", () => {
    expect(show(955 / 1326, "0%")).toBe("72%");
    expect(show(0.289, "0.0%")).toBe("28,9%");
    expect(show(1234.5, "#,##0.00")).toBe("1 234,50");
    expect(show(2.5, "0.##")).toBe("2,5");
  });

  it("uses the negative and zero sections and literal text", () => {
    expect(show(-1326, "#,##0;(#,##0)")).toBe("(1 326)");
    expect(show(0, '#,##0;-#,##0;"–"')).toBe("–");
    expect(show(6028000, '#,##0 "kr"')).toBe("6 028 000 kr");
    expect(show(5, "[Red]0")).toBe("5");
  });

  it("hides any value under ';;;' (Finsam's output marker) and uses the text section for text", () => {
    expect(formatCell("Finsam-rapport: forbrukningskvot | 2024-06-30", ";;;")).toBe("");
    expect(formatCell(42, ";;;")).toBe("");
    expect(formatCell("Jobbcentrum", '0;-0;0;"Insats: "@')).toBe("Insats: Jobbcentrum");
    expect(formatCell("Jobbcentrum", "#,##0")).toBe("Jobbcentrum");
  });

  it("shows dates from Excel serials", () => {
    expect(show(45473, "yyyy-mm-dd")).toBe("2024-06-30");
    expect(show(45473, "d mmmm yyyy")).toBe("30 juni 2024");
    expect(show(45473, "mmm yy")).toBe("jun 24");
  });

  it("General: up to ten significant digits, booleans in Swedish, text as is", () => {
    expect(formatGeneral(23322000)).toBe("23322000");
    expect(formatGeneral(1 / 3)).toBe("0,3333333333");
    expect(formatGeneral(Infinity)).toBe("#NUM!");
    expect(show(true, null)).toBe("SANT");
    expect(show(false, "General")).toBe("FALSKT");
    expect(show("Jobbcentrum", "#,##0")).toBe("Jobbcentrum");
    expect(show(null, "#,##0")).toBe("");
    expect(show(0, "#,##0,")).toBe("0");
  });
});
