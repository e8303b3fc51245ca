import type { Issue } from "../../../../src/domain/issues/issue";
import type { PostSign } from "../../../../src/domain/parse/base/sign";
import { parseUtfall } from "../../../../src/domain/parse/base/utfall";
import { sheet } from "../sheet-helper";

const costs = new Set(["Jobbcentrum", "Framsteget", "Lokussamordnare", "Styrelse"]);
const kind = (post: string): PostSign => (costs.has(post) ? 1 : post === "Medlemsavgifter" ? -1 : 0);

function parse(rows: (string | number | null)[][]) {
  const issues: Issue[] = [];
  return { ...parseUtfall(sheet("Utfall", rows), issues, kind), issues };
}

describe("parseUtfall", () => {
  it("reads Utfall TSEK with periods in kronor (Uppsala Q1–Q2 2024: Jobbcentrum 955, Framsteget 1 804)", () => {
    const { utfall, issues } = parse([
      ["Post", "Period", "Utfall TSEK", "Kostnadsslag"],
      ["Jobbcentrum", "Q1 - Q2 2024", 955, "Personal"],
      ["Framsteget", "2024-H1", "1 804", "Lokalkostnader"],
      ["Lokussamordnare", "2024-05", "199", "Övrigt"],
    ]);
    expect(issues).toEqual([]);
    expect(utfall.map((u) => [u.post, u.period.label, u.period.from, u.period.to, u.utfall, u.kostnadsslag])).toEqual([
      ["Jobbcentrum", "2024-H1", "2024-01-01", "2024-06-30", 955000, "personal"],
      ["Framsteget", "2024-H1", "2024-01-01", "2024-06-30", 1804000, "lokal"],
      ["Lokussamordnare", "2024-05", "2024-05-01", "2024-05-31", 199000, "ovrigt"],
    ]);
    expect(utfall[0].source).toEqual({ sheet: "Utfall", cell: "A2" });
  });

  it("accepts Från and Till instead of Period, and Utfall kr", () => {
    const { utfall, issues } = parse([
      ["Insats", "Från", "Till", "Utfall kr"],
      ["Jobbcentrum", "2024-01-01", "2024-06", "955 000"],
    ]);
    expect(issues).toEqual([]);
    expect(utfall[0]).toMatchObject({ utfall: 955000, period: { from: "2024-01-01", to: "2024-06-30", label: "2024-H1" } });
  });

  it("reads Uppsala's negative costs as positive, keeps intäkter, one info", () => {
    const { utfall, issues } = parse([
      ["Post", "Period", "Utfall"],
      ["Medlemsavgifter", "2024-H1", 11661000],
      ["Jobbcentrum", "2024-H1", -955000],
      ["Styrelse", "2024-H1", "−177 000"],
      ["Okänd post", "2024-H1", -5],
    ]);
    expect(utfall.map((u) => u.utfall)).toEqual([11661000, 955000, 177000, 5]);
    expect(issues).toEqual([expect.objectContaining({ severity: "info", code: "NEGATIVA_KOSTNADER", sheet: "Utfall", cell: "C1" })]);
  });

  it("keeps a single negative cost among positives (a correction)", () => {
    const { utfall, issues } = parse([
      ["Post", "Period", "Utfall"],
      ["Jobbcentrum", "2024-Q1", 500],
      ["Jobbcentrum", "2024-Q2", -20],
    ]);
    expect(utfall.map((u) => u.utfall)).toEqual([500, -20]);
    expect(issues).toEqual([]);
  });

  it("reports unreadable periods, amounts and Excel errors and skips those rows", () => {
    const { utfall, issues } = parse([
      ["Post", "Period", "Utfall"],
      ["Jobbcentrum", "2024-Q5", 1],
      ["Jobbcentrum", "2024-Q1", "?"],
      ["Jobbcentrum", "#N/A", 3],
      ["Jobbcentrum", "2024-Q2", 4],
      [null, "2024-Q3", 5],
    ]);
    expect(utfall.map((u) => u.utfall)).toEqual([4]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["fel", "OLASBAR_PERIOD", "B2"],
      ["fel", "OLASBART_TAL", "C3"],
      ["fel", "EXCEL_FEL", "B4"],
      ["fel", "SAKNAT_VARDE", "A6"],
    ]);
  });

  it("requires Period or both Från and Till", () => {
    const { issues } = parse([
      ["Post", "Från", "Utfall"],
      ["Jobbcentrum", "2024-01-01", 1],
    ]);
    expect(issues).toEqual([expect.objectContaining({ severity: "fel", code: "SAKNAD_KOLUMN", cell: "A1" })]);
    expect(issues[0].message).toContain('"Period"');
  });

  it("checks an Uppsala-style Summa row: group headings start a block, a wrong sum is reported at its cell", () => {
    const { utfall, issues } = parse([
      ["Utfall och budget (belopp i TSEK)"],
      [],
      ["Post", "Period", "Utfall"],
      ["Individinriktade"],
      ["Jobbcentrum", "2024-H1", "-955"],
      ["Framsteget", "2024-H1", "-1 804"],
      ["Summa individinriktade", null, "-2 759"],
      ["Strukturinriktade"],
      ["Lokussamordnare", "2024-H1", "-199"],
      ["Summa strukturinriktade", null, "-198"],
      ["Totalt", null, "-2 958"],
    ]);
    expect(utfall.map((u) => u.utfall)).toEqual([955000, 1804000, 199000]);
    const sum = issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(sum).toEqual([expect.objectContaining({ severity: "fel", sheet: "Utfall", cell: "C10" })]);
    expect(sum[0].message).toContain("\u2212198 tkr");
    expect(sum[0].message).toContain("\u2212199 tkr");
  });

  it("reports OKAND_KOSTNADSSLAG as a varning and keeps the row", () => {
    const { utfall, issues } = parse([
      ["Post", "Period", "Utfall", "Kostnadsslag"],
      ["Jobbcentrum", "2024-Q1", 1, "Resor"],
    ]);
    expect(utfall).toHaveLength(1);
    expect(utfall[0].kostnadsslag).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ severity: "varning", code: "OKAND_KOSTNADSSLAG", cell: "D2" })]);
  });

  it("reads a cell shown in tkr by the scaling format #,##0, as kronor even under a tkr header", () => {
    const s = sheet("Utfall", [
      ["Post", "Period", "Utfall tkr"],
      ["Jobbcentrum", "2024-H1", 955000],
      ["Framsteget", "2024-H1", 1804],
    ]);
    s.numberFormats = [
      [null, null, null],
      [null, null, "#,##0,"],
      [null, null, "#,##0"],
    ];
    const issues: Issue[] = [];
    expect(parseUtfall(s, issues, kind).utfall.map((u) => u.utfall)).toEqual([955000, 1804000]);
    expect(issues).toEqual([]);
  });
});
