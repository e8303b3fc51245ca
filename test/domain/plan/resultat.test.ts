import { computeDriftsredovisning } from "../../../src/domain/compute/driftsredovisning";
import { computeResultatNyckeltal } from "../../../src/domain/compute/nyckeltal/resultat";
import { computeResultatrakning } from "../../../src/domain/compute/resultatrakning";
import { isFormulaCell, parseA1, type CellValue, type ParsedWorkbook, type PlanCell, type SheetPlan } from "../../../src/domain/model";
import { PROCENT_EN_DECIMAL, planResultat } from "../../../src/domain/plan/resultat";
import { budget, utfall } from "../fixtures/build";
import { molndal2016 } from "../fixtures/molndal-2016";
import { uppsala2024 } from "../fixtures/uppsala-2024";

function planFor(base: ParsedWorkbook, fran: string, till: string): SheetPlan {
  const drift = computeDriftsredovisning(base, { fran, till }).result;
  const rr = computeResultatrakning(drift);
  const nk = computeResultatNyckeltal({ base, sheets: [], drift, rr }).result;
  return planResultat(rr, nk, base, { idag: "2024-10-24" });
}

function uppsala(): ParsedWorkbook {
  const base = uppsala2024();
  base.installningar.ackumuleratOverskott = 6_360_000;
  base.installningar.reservfond = 1_000_000;
  return base;
}

/** Evaluates the formula forms this sheet writes: =SUM(A1:A3), =SUM(A1,A2), =IF(C1=0,"",B1/C1), =A1-B1, =A1, =-A1, =A1*0.2. */
function evaluate(plan: SheetPlan, formula: string): CellValue {
  const cell = (ref: string): number => {
    const p = parseA1(ref)!;
    const c: PlanCell = plan.rows[p.row]?.[p.col] ?? "";
    const v = isFormulaCell(c) ? evaluate(plan, c.formula) : c;
    return typeof v === "number" ? v : 0;
  };
  let m = /^=SUM\(([A-Z]+)(\d+):[A-Z]+(\d+)\)$/.exec(formula);
  if (m) {
    let s = 0;
    for (let r = Number(m[2]); r <= Number(m[3]); r++) s += cell(`${m[1]}${r}`);
    return s;
  }
  if ((m = /^=SUM\(([A-Z0-9,]+)\)$/.exec(formula))) return m[1].split(",").reduce((s, r) => s + cell(r), 0);
  if ((m = /^=IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)\/([A-Z]+\d+)\)$/.exec(formula))) return cell(m[1]) === 0 ? "" : cell(m[2]) / cell(m[3]);
  if ((m = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(formula))) return cell(m[1]) - cell(m[2]);
  if ((m = /^=([A-Z]+\d+)\+([A-Z]+\d+)-([A-Z]+\d+)$/.exec(formula))) return cell(m[1]) + cell(m[2]) - cell(m[3]);
  if ((m = /^=([A-Z]+\d+)\*([0-9.]+)$/.exec(formula))) return cell(m[1]) * Number(m[2]);
  if ((m = /^=-([A-Z]+\d+)$/.exec(formula))) return -cell(m[1]);
  if ((m = /^=([A-Z]+\d+)$/.exec(formula))) return cell(m[1]);
  throw new Error(`formula not understood: ${formula}`);
}

function mismatches(plan: SheetPlan): string[] {
  const out: string[] = [];
  plan.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!isFormulaCell(c)) return;
      const v = evaluate(plan, c.formula);
      const same = typeof v === "number" && typeof c.value === "number" ? Math.abs(v - c.value) < 1e-6 : v === c.value;
      if (!same) out.push(`${String.fromCharCode(65 + col)}${r + 1}: ${c.formula} = ${String(v)}, cached ${String(c.value)}`);
    }),
  );
  return out;
}

const rowIndex = (p: SheetPlan, label: string): number => {
  const i = p.rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`ingen rad ${label}`);
  return i;
};
const value = (c: PlanCell): CellValue => (isFormulaCell(c) ? c.value : c);
const tkr = (p: SheetPlan, label: string) => p.rows[rowIndex(p, label)].slice(1, 4).map((c) => Math.round(Number(value(c)) / 1000));
const pct1 = (c: PlanCell) => Math.round(Number(value(c)) * 1000) / 10;

describe("plan Resultat (Uppsala 2024-06-30)", () => {
  const plan = planFor(uppsala(), "2024-01-01", "2024-06-30");

  it("name, kind, key, title rows and the header of the resultaträkning on row 5", () => {
    expect(plan).toMatchObject({ kind: "resultat", key: "2024-06-30", name: "Resultat 2024-06-30" });
    expect(plan.rows[0]).toEqual(["Resultaträkning och nyckeltal – Samordningsförbundet Uppsala län"]);
    expect(plan.rows[1]).toEqual(["Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Budget, Utfall, Inställningar"]);
    expect(String(plan.rows[3][0])).toContain("Eget kapital = ackumulerat överskott (exkl. reservfond) + reservfond + årets resultat");
    expect(plan.rows[4]).toEqual([
      "Resultaträkning",
      "Budget jan–jun 2024 (TSEK)",
      "Utfall jan–jun 2024 (TSEK)",
      "Avvikelse (TSEK)",
      "Prognos helår 2024 (TSEK)",
      "Budget helår 2024 (TSEK)",
    ]);
  });

  it("the resultaträkning in LKBR order reproduces the published Totalt −1 480 / −620 / 860", () => {
    expect(plan.rows.slice(5, 12).map((r) => r[0])).toEqual([
      "Verksamhetens intäkter",
      "Verksamhetens kostnader",
      "varav förtroendevalda",
      "varav förvaltning",
      "varav samverkansinsatser",
      "Verksamhetens nettokostnader",
      "Periodens resultat 2024-06-30",
    ]);
    expect(tkr(plan, "Verksamhetens intäkter")).toEqual([12050, 12094, 44]);
    expect(tkr(plan, "Verksamhetens kostnader")).toEqual([-13530, -12714, 816]);
    expect(tkr(plan, "Periodens resultat 2024-06-30")).toEqual([-1480, -620, 860]);
    expect(plan.rows[6][1]).toEqual({ formula: "=SUM(B8:B10)", value: -13_530_000 });
    expect(plan.rows[10][2]).toEqual({ formula: "=SUM(C6,C7)", value: expect.closeTo(-619_700, 6) });
    expect(plan.rows[11][2]).toEqual({ formula: "=C11", value: -619_700 });
  });

  it("eget kapital 6 740 tkr: 28,9 % and 24,6 % of 23 322 tkr, as formulas over the sheet's cells", () => {
    const ek = rowIndex(plan, "Eget kapital 2024-06-30");
    expect(plan.rows[ek][1]).toEqual({ formula: `=SUM(B${ek - 2},B${ek - 1},B${ek})`, value: 6_740_300 });
    expect(plan.rows[ek - 1][1]).toEqual({ formula: "=C12", value: -619_700 });
    const med = plan.rows[rowIndex(plan, "Eget kapital i % av årets medlemsbidrag (inkl. reservfond)")];
    const utan = plan.rows[rowIndex(plan, "Eget kapital exkl. reservfond i % av årets medlemsbidrag")];
    expect(pct1(med[3])).toBe(28.9);
    expect(pct1(utan[3])).toBe(24.6);
    // At a delår the period-end ratios are information; the tak is judged on the year-end prognos (domain.md §3.2).
    expect(med.slice(4)).toEqual([0.2, "Över taket (upplysning)"]);
    expect(utan.slice(4)).toEqual([0.2, "Över taket (upplysning)"]);
    const arMed = plan.rows[rowIndex(plan, "Eget kapital vid årets slut i % av årets medlemsbidrag (inkl. reservfond)")];
    const arUtan = plan.rows[rowIndex(plan, "Eget kapital vid årets slut exkl. reservfond i % av årets medlemsbidrag")];
    expect(value(arMed[1])).toBe(5_830_000);
    expect([pct1(arMed[3]), pct1(arUtan[3])]).toEqual([25.0, 20.7]);
    expect(arMed.slice(4)).toEqual([0.2, "Över taket"]);
    expect(arUtan.slice(4)).toEqual([0.2, "Över taket (upplysning)"]);
    expect(
      plan.rows.some(
        (r) =>
          r[0] ===
          "Taket gäller eget kapital vid årets slut, inklusive den bundna reservfonden; periodens eget kapital visas som upplysning.",
      ),
    ).toBe(true);
    const tak = plan.rows[rowIndex(plan, "Tak för eget kapital (20,0 % av årets medlemsbidrag)")][1];
    expect(tak).toEqual({ formula: `=B${ek + 2}*0.2`, value: expect.closeTo(4_664_400, 6) });
  });

  it("utfall mot årsbudget 22 % and 58 %; förbrukning i förhållande till medlemsbidraget refers to the varav rows", () => {
    expect(Math.round(Number(value(plan.rows[rowIndex(plan, "Styrelse (förtroendevalda)")][3])) * 100)).toBe(22);
    expect(Math.round(Number(value(plan.rows[rowIndex(plan, "Kansli och kringkostnader (förvaltning)")][3])) * 100)).toBe(58);
    expect(plan.rows[rowIndex(plan, "Förtroendevalda")][1]).toEqual({ formula: "=-C8", value: 177_000 });
    expect(plan.rows[rowIndex(plan, "Samverkansinsatser")][1]).toEqual({ formula: "=-C10", value: 9_934_700 });
  });

  it("förbrukad andel per group, with Summa samverkansinsatser as a SUM of the groups", () => {
    const s = rowIndex(plan, "Summa samverkansinsatser");
    const ind = rowIndex(plan, "Individinriktade") + 1;
    expect(plan.rows[s][1]).toEqual({ formula: `=SUM(B${ind},B${ind + 1},B${ind + 2})`, value: 9_627_700 });
    expect(Math.round(Number(value(plan.rows[s][3])) * 100)).toBe(47);
  });

  it("every cached value equals its formula", () => {
    const formulas = plan.rows.flat().filter((c) => isFormulaCell(c)).length;
    expect(formulas).toBeGreaterThan(40);
    expect(mismatches(plan)).toEqual([]);
  });

  it("formats: tkr for amounts, 0.0% for the nyckeltal's andelar; two tables; the tak as conditional format", () => {
    const hdr = rowIndex(plan, "Nyckeltal");
    const last = plan.rows.length;
    expect(plan.styles).toEqual(
      expect.arrayContaining([
        { range: "B6:F12", numberFormat: "#,##0," },
        { range: `B${hdr + 2}:C${last}`, numberFormat: "#,##0," },
        { range: `D${hdr + 2}:E${last}`, numberFormat: "0.0%" },
      ]),
    );
    expect(PROCENT_EN_DECIMAL).toBe("0.0%");
    expect(plan.tables).toEqual([
      { name: "Resultatrakning_2024_06_30", range: "A5:F12", style: "TableStyleLight9" },
      { name: "Nyckeltal_2024_06_30", range: `A${hdr + 1}:F${last}`, style: "TableStyleLight9" },
    ]);
    const med = rowIndex(plan, "Eget kapital i % av årets medlemsbidrag (inkl. reservfond)") + 1;
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ range: `D${med}:D${med + 5}`, operator: "GreaterThan", formula1: "0.2" }),
    ]);
    expect(plan.summary).toBe(
      "Periodens resultat 2024-06-30: utfall −620 TSEK (budget −1\u00a0480 TSEK). Eget kapital 6\u00a0740 TSEK = 28,9 % av årets medlemsbidrag; " +
        "vid årets slut enligt prognos 5\u00a0830 TSEK = 25,0 % (över taket 20,0 %).",
    );
  });
  it("every nyckeltal section names its number columns on its own row (page 2 prints without the table header)", () => {
    const hdr = rowIndex(plan, "Nyckeltal");
    const sectionFill = (r: number) =>
      (plan.styles ?? []).some((st) => st.fill !== undefined && st.range === `A${r + 1}:F${r + 1}` && st.bold === true);
    const sections = plan.rows.map((_, r) => r).filter((r) => r > hdr && sectionFill(r));
    expect(sections.map((r) => plan.rows[r][0])).toEqual([
      "Eget kapital och årets medlemsbidrag",
      "Max överskott och lägsta förbrukning",
      "Förbrukning i förhållande till årets medlemsbidrag",
      "Utfall mot årsbudget – förtroendevalda och förvaltning",
      "Förbrukad andel av årsbudget per grupp",
    ]);
    const headings = sections.map((start, i) => {
      const end = i + 1 < sections.length ? sections[i + 1] : plan.rows.length;
      // The first section sits right under the table's header row; every other one has its own headings.
      const labels = i === 0 ? plan.rows[hdr] : plan.rows[start];
      const numberCols = [1, 2, 3, 4, 5].filter((c) =>
        plan.rows.slice(start + 1, end).some((row) => typeof value(row[c] ?? "") === "number"),
      );
      return numberCols.map((c) => String(labels[c] ?? ""));
    });
    expect(headings).toEqual([
      ["Belopp (TSEK)", "Jämfört med (TSEK)", "Andel", "Tak"],
      ["Belopp (TSEK)", "Medlemsbidrag (TSEK)"],
      ["Utfall (TSEK)", "Medlemsbidrag (TSEK)", "Andel"],
      ["Utfall (TSEK)", "Årsbudget (TSEK)", "Förbrukad andel"],
      ["Utfall (TSEK)", "Årsbudget (TSEK)", "Andel av årsbudget"],
    ]);
    // The headings are right-aligned over their numbers and wrap within their column.
    for (const r of sections.slice(1))
      expect(plan.styles).toEqual(expect.arrayContaining([{ range: `B${r + 1}:E${r + 1}`, horizontalAlignment: "Right", wrap: true }]));
  });
});

describe("plan Resultat, other workbooks", () => {
  it("Mölndal 2016-08-31: 17,1 % inom taket", () => {
    const plan = planFor(molndal2016(), "2016-01-01", "2016-08-31");
    const med = plan.rows[rowIndex(plan, "Eget kapital i % av årets medlemsbidrag (inkl. reservfond)")];
    expect(pct1(med[3])).toBe(17.1);
    expect(med[5]).toBe("Inom taket (upplysning)"); // period end at a delår: information
    expect(mismatches(plan)).toEqual([]);
  });

  it("financial posts add Finansiella intäkter/kostnader and Resultat efter finansiella poster", () => {
    const base = uppsala();
    base.budget.push(...budget([["Ränteintäkter", "intakt", 2024, 50]]));
    base.utfall.push(...utfall([["Ränteintäkter", "2024-01-01", "2024-06-30", "2024-H1", 30]]));
    const plan = planFor(base, "2024-01-01", "2024-06-30");
    expect(plan.rows.slice(10, 15).map((r) => r[0])).toEqual([
      "Verksamhetens nettokostnader",
      "Finansiella intäkter",
      "Finansiella kostnader",
      "Resultat efter finansiella poster",
      "Periodens resultat 2024-06-30",
    ]);
    expect(plan.rows[13][2]).toEqual({ formula: "=SUM(C11,C12,C13)", value: expect.closeTo(-589_700, 6) });
    expect(plan.rows[14][2]).toEqual({ formula: "=C14", value: expect.closeTo(-589_700, 6) });
    expect(mismatches(plan)).toEqual([]);
  });

  it("without Ackumulerat överskott the eget kapital rows are replaced by a note; a later period gives årets resultat as a value", () => {
    const plan = planFor(uppsala2024(), "2024-01-01", "2024-06-30");
    expect(plan.rows.some((r) => r[0] === "Eget kapital beräknas inte: Ackumulerat överskott saknas i Inställningar.")).toBe(true);
    expect(plan.conditionalFormats).toEqual([]);
    expect(mismatches(plan)).toEqual([]);
    const q2 = planFor(uppsala(), "2024-04-01", "2024-06-30");
    expect(value(q2.rows[rowIndex(q2, "Periodens resultat 2024-01-01 – 2024-06-30")][1])).toBeCloseTo(-619_700, 6);
    expect(isFormulaCell(q2.rows[rowIndex(q2, "Periodens resultat 2024-01-01 – 2024-06-30")][1])).toBe(false);
    expect(mismatches(q2)).toEqual([]);
  });
});
