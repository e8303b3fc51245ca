import { detectSheet } from "../../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../../src/domain/issues/issue";
import { sheet } from "../../detect/helpers";

describe("readMappedTable", () => {
  it("derives insatser from owner rows, kategori from headings and reads negative costs as positive", () => {
    const s = sheet("Drift", [
      ["Driftsredovisning (belopp i TSEK)"],
      [null, null, "Budget 2024", "Utfall 2024-06-30"],
      ["Intäkter"],
      ["Medlemsavgifter", null, "23 322", "11 661"],
      ["Kostnader"],
      ["Förvaltning", null, "-3 822", "-2 202"],
      ["Samverkansinsatser"],
      ["Lokussamordnare", "Uppsala kommun", "-360", "-199"],
      ["Lokussamordnare", "Älvkarleby kommun", "-160", "-81"],
      ["Summa", null, "-520", "-280"],
    ]);
    const issues: Issue[] = [];
    const r = readMappedTable(s, detectSheet(s), issues);
    expect(r.insatser.map((i) => [i.insats, i.agare, i.typ, i.datesGiven])).toEqual([
      ["Lokussamordnare Uppsala", "Uppsala kommun", "individ", false],
      ["Lokussamordnare Älvkarleby", "Älvkarleby kommun", "individ", false],
    ]);
    expect(r.budget.map((b) => [b.post, b.kategori, b.ar, b.budget])).toEqual([
      ["Medlemsavgifter", "intakt", 2024, 23_322_000],
      ["Förvaltning", "kostnad", 2024, 3_822_000],
      ["Lokussamordnare Uppsala", "kostnad", 2024, 360_000],
      ["Lokussamordnare Älvkarleby", "kostnad", 2024, 160_000],
    ]);
    expect(r.utfall.map((u) => [u.post, u.period.label, u.utfall, u.source.cell])).toEqual([
      ["Medlemsavgifter", "2024-H1", 11_661_000, "A4"],
      ["Förvaltning", "2024-H1", 2_202_000, "A6"],
      ["Lokussamordnare Uppsala", "2024-H1", 199_000, "A8"],
      ["Lokussamordnare Älvkarleby", "2024-H1", 81_000, "A9"],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["NEGATIVA_KOSTNADER"]);
  });

  it("a budget typed positive beside an utfall pasted negative: the negative column's costs are read as positive", () => {
    const s = sheet("Uppföljning", [
      ["Insats", "Budget 2024", "Utfall jan-jun 2024"],
      ["Jobbcentrum", 2_652_000, -955_000],
      ["Bryggan", 1_860_000, -871_000],
    ]);
    const issues: Issue[] = [];
    const r = readMappedTable(s, detectSheet(s), issues);
    expect(r.budget.map((b) => [b.post, b.budget])).toEqual([
      ["Jobbcentrum", 2_652_000],
      ["Bryggan", 1_860_000],
    ]);
    expect(r.utfall.map((u) => [u.post, u.utfall])).toEqual([
      ["Jobbcentrum", 955_000],
      ["Bryggan", 871_000],
    ]);
    expect(issues.filter((i) => i.code === "NEGATIVA_KOSTNADER").map((i) => i.cell)).toEqual(["C1"]);
  });

  it("costs written positive under KOSTNADER keep their sign; an unreadable figure is reported at its cell", () => {
    const s = sheet("B", [
      ["Post", "Budget 2015 (tkr)", "Utfall 2015 (tkr)"],
      ["INTÄKTER"],
      ["Medlemsavgifter", "6 000", "6 000"],
      ["KOSTNADER"],
      ["Kansli", "1 500", "?"],
    ]);
    const issues: Issue[] = [];
    const r = readMappedTable(s, detectSheet(s), issues);
    expect(r.budget.map((b) => [b.post, b.kategori, b.budget])).toEqual([
      ["Medlemsavgifter", "intakt", 6_000_000],
      ["Kansli", "kostnad", 1_500_000],
    ]);
    expect(r.utfall.map((u) => [u.post, u.utfall])).toEqual([["Medlemsavgifter", 6_000_000]]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([["OLASBART_TAL", "C5", "varning"]]);
  });

  it("an Insatser sheet in its own layout: 'Kommun, Namn' cells, typ from group rows, Till och med", () => {
    const s = sheet("Insatser 2024", [
      ["Tabell 1. Insatser"],
      [],
      ["Individinsatser", "Start", "Till och med"],
      ["Heby, Plattform för individstöd i samverkan", "2021-01-01", "2024-12-31"],
      ["Strukturinsatser"],
      ["Region Uppsala, RegExPro", "2020-10-01", "2027-12"],
    ]);
    const m = detectSheet(s);
    expect(m.kind).toBe("insatser");
    const r = readMappedTable(s, m, []);
    expect(r.insatser.map((i) => [i.insats, i.agare, i.typ, i.start, i.slut])).toEqual([
      ["Plattform för individstöd i samverkan", "Heby", "individ", "2021-01-01", "2024-12-31"],
      ["RegExPro", "Region Uppsala", "struktur", "2020-10-01", "2027-12-31"],
    ]);
  });
});
