import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";

/** Issue 14 pattern 11: an utfall cell that cannot be read is not an utfall of 0 (no kvot 0 % "låg"). */
describe("förbrukningskvot with an unreadable utfall cell", () => {
  const rows = (cell: string) => [
    ["Uppföljning 2014 (tkr)"],
    ["Insats", "Budget 2014", "Utfall 2014"],
    ["Navigatorcentrum", "1 200", "1 150"],
    ["Unga vuxna", "800", cell],
    ["Arbetsträning", "600", "540"],
  ];
  const run = (cell: string) =>
    runPipeline([rawSheet("Uppföljning", rows(cell))], { fran: "2014-01-01", till: "2014-12-31", idag: "2015-02-01" });
  const rad = (r: ReturnType<typeof run>, insats: string) =>
    (r.results.forbrukningskvot as { rader: { insats: string; kvot?: number; flagga?: string; not?: string }[] }).rader.find(
      (x) => x.insats === insats,
    );

  it.each(["#REF!", "#VALUE!", "saknas", "12,3,4"])("%s: the kvot is empty with the cell named, never 0 %% låg", (cell) => {
    const r = run(cell);
    const unga = rad(r, "Unga vuxna");
    expect(unga?.kvot).toBeUndefined();
    expect(unga?.flagga).toBeUndefined();
    expect(unga?.not).toContain("Uppföljning!C4");
    expect(r.issues.some((i) => i.code === "KVOT_UTFALL_OLASBART" && i.message.includes("Uppföljning!C4"))).toBe(true);
    expect(Math.round((rad(r, "Navigatorcentrum")?.kvot ?? 0) * 100)).toBe(96);
    expect(Math.round((rad(r, "Arbetsträning")?.kvot ?? 0) * 100)).toBe(90);
  });

  it("an empty utfall cell is still 0 utfall (nothing spent yet), with a kvot of 0 %", () => {
    const unga = rad(run(""), "Unga vuxna");
    expect(unga?.kvot).toBe(0);
  });
});
