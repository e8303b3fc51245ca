import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { ForbrukningskvotResultat } from "../../../src/domain/compute/forbrukningskvot";
import type { PlanCell, SheetPlan } from "../../../src/domain/model";
import { readWorkbookXlsx } from "../../../src/xlsx/read-workbook";

/**
 * Every sum row of every written report, recomputed from the rows of the WRITTEN sheet (issue 13, domain.md §3.2):
 * a row whose label starts "Summa", "Periodens resultat", "Årets resultat", "Verksamhetens kostnader/nettokostnader"
 * or "Resultat efter" and whose amount cells are =SUM(...) formulas must carry, as cached value, the sum of the cached
 * values of the cells the formula names — for every amount column (Budget, Utfall, Prognos, Budget helår) — and its
 * Avvikelse must equal Utfall − Budget of the row itself. Generic over plans: it reads the formulas, not per-report
 * hand checks. Run on the bundled example (two mistakes) and on the clean Uppsala 2024-06-30 fixture.
 */
const ROOT = join(__dirname, "..", "..", "..");
const OPTIONS = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };

const value = (c: PlanCell | undefined): number | string | undefined => {
  if (c && typeof c === "object" && "formula" in c) return c.value as number | string;
  return c as number | string | undefined;
};

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Cells named by =SUM(C7:C9) or =SUM(C10,C15): [row, col] 0-based. */
function sumRefs(formula: string): [number, number][] | null {
  const m = /^=SUM\((.*)\)$/.exec(formula);
  if (!m) return null;
  const out: [number, number][] = [];
  for (const part of m[1].split(",")) {
    const r = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(part.trim());
    if (!r) return null;
    const c = colIndex(r[1]);
    const r1 = Number(r[2]) - 1;
    const r2 = r[4] ? Number(r[4]) - 1 : r1;
    for (let i = r1; i <= r2; i++) out.push([i, c]);
  }
  return out;
}

interface Checked {
  sheet: string;
  row: number;
  col: number;
}

/** Checks every SUM cell and every Avvikelse on a sum row; returns what was checked. */
function checkSums(plan: SheetPlan): Checked[] {
  const checked: Checked[] = [];
  let avvCol = -1;
  let budgetCol = -1;
  let utfallCol = -1;
  plan.rows.forEach((row, r) => {
    // A table header (a row of ≥ 3 texts only, from row 5 on) sets the columns of the rows below it.
    const filled = row.filter((c) => c !== "" && c !== null && c !== undefined);
    if (r >= 4 && filled.length >= 3 && filled.every((c) => typeof c === "string")) {
      const find = (f: (h: string) => boolean) => row.findIndex((h) => typeof h === "string" && f(h));
      avvCol = find((h) => h.startsWith("Avvikelse"));
      budgetCol = find((h) => h.startsWith("Budget") && !h.includes("helår"));
      utfallCol = find((h) => h.startsWith("Utfall"));
    }
    let isSum = false;
    row.forEach((cell, c) => {
      if (!cell || typeof cell !== "object" || !("formula" in cell)) return;
      const refs = sumRefs(cell.formula);
      if (!refs) return;
      isSum = true;
      const expected = refs.reduce((s, [rr, cc]) => {
        const v = value(plan.rows[rr]?.[cc]);
        return s + (typeof v === "number" ? v : 0);
      }, 0);
      expect({ sheet: plan.name, cell: `${r + 1}:${c}`, value: cell.value }).toEqual({
        sheet: plan.name,
        cell: `${r + 1}:${c}`,
        value: expect.closeTo(expected, 4),
      });
      checked.push({ sheet: plan.name, row: r, col: c });
    });
    if (isSum && avvCol >= 0 && budgetCol >= 0 && utfallCol >= 0) {
      const b = value(row[budgetCol]);
      const u = value(row[utfallCol]);
      const a = value(row[avvCol]);
      if (typeof b === "number" && typeof u === "number") {
        expect({ sheet: plan.name, row: r + 1, avvikelse: a }).toEqual({
          sheet: plan.name,
          row: r + 1,
          avvikelse: expect.closeTo(u - b, 4),
        });
      }
    }
  });
  return checked;
}

describe.each([
  ["assets/exempel/finsam-exempel-2024.xlsx", true],
  ["test/fixtures/uppsala-2024-q2.xlsx", false],
])("%s", (path, medFel) => {
  let out: ReturnType<typeof runPipeline>;
  beforeAll(async () => {
    const sheets = await readWorkbookXlsx(readFileSync(join(ROOT, path)));
    out = runPipeline(sheets, OPTIONS);
  });

  it("every sum row of every report equals the sum of its written rows; avvikelse = utfall − budget", () => {
    const checked = out.plans.flatMap(checkSums);
    const sheets = new Set(checked.map((c) => c.sheet));
    expect(sheets).toEqual(expect.objectContaining({}));
    expect([...sheets]).toEqual(
      expect.arrayContaining(["Driftsredovisning 2024-06-30", "Resultat 2024-06-30", "Förbrukningskvot 2024-06-30"]),
    );
    expect(checked.length).toBeGreaterThan(40);
  });

  it("Driftsredovisning: Summa intäkter 12 050 / 12 094 / 44; the result line is Periodens resultat", () => {
    const plan = out.plans.find((p) => p.kind === "driftsredovisning")!;
    const row = plan.rows.find((r) => r[0] === "Summa intäkter")!;
    expect([2, 3, 4].map((c) => Math.round(Number(value(row[c])) / 1000))).toEqual([12050, 12094, 44]);
    const total = plan.rows.find((r) => typeof r[0] === "string" && r[0].startsWith("Periodens resultat"))!;
    expect([2, 3, 4].map((c) => Math.round(Number(value(total[c])) / 1000))).toEqual([-1480, -620, 860]);
    expect(Math.round(Number(value(total[5])) / 1000)).not.toBe(18042);
  });

  it("Prognos helår with every insats' prognos given (Ekonomisk information 2024-10-24): samverkansinsatser −19 572, resultat −1 530 tkr", () => {
    const plan = out.plans.find((p) => p.kind === "driftsredovisning")!;
    const prognos = (label: string) => Math.round(Number(value(plan.rows.find((r) => r[0] === label)![5])) / 1000);
    expect(prognos("Summa samverkansinsatser")).toBe(-19572);
    const total = plan.rows.find((r) => typeof r[0] === "string" && r[0].startsWith("Periodens resultat"))!;
    expect(Math.round(Number(value(total[5])) / 1000)).toBe(-1530);
    const resultat = out.plans.find((p) => p.kind === "resultat")!;
    const rr = resultat.rows.find((r) => typeof r[0] === "string" && r[0].startsWith("Periodens resultat"))!;
    expect(Math.round(Number(value(rr[4])) / 1000)).toBe(-1530);
  });

  it(medFel ? "every report sheet carries the banner 'Preliminär — arbetsboken har N fel'" : "no banner without fel", () => {
    const fel = out.issues.filter((i) => i.severity === "fel").length;
    const reports = out.plans.filter((p) => p.kind !== "valideringsrapport");
    for (const p of reports) {
      // The row's text: in column A, or in B on a report printed over several page widths (print-continuation.ts).
      const texts = p.rows.slice(0, 4).map((r) => String(r.find((c) => c !== null && c !== undefined && c !== "") ?? ""));
      const banner = texts.find((t) => t.startsWith("Preliminär"))?.split(" · ")[0];
      if (medFel)
        expect({ sheet: p.name, banner }).toEqual({
          sheet: p.name,
          banner: `Preliminär — arbetsboken har ${fel} fel, se Valideringsrapport`,
        });
      else expect({ sheet: p.name, banner }).toEqual({ sheet: p.name, banner: undefined });
    }
    expect(fel > 0).toBe(medFel);
  });

  it("utfall that cannot be tied to an insats is its own row in the Förbrukningskvot and the Driftsredovisning", () => {
    const kvot = out.results.forbrukningskvot as ForbrukningskvotResultat;
    const drift = out.plans.find((p) => p.kind === "driftsredovisning")!;
    const kvotPlan = out.plans.find((p) => p.kind === "forbrukningskvot")!;
    const label = "Utfall som inte kunnat knytas till en insats";
    if (medFel) {
      expect(kvot.ejKnutet?.utfall).toBe(204_654);
      expect(kvotPlan.rows.some((r) => r[0] === label)).toBe(true);
      expect(drift.rows.some((r) => r[0] === label)).toBe(true);
      // The total includes it: Σ utfall of the kvot = Σ of every insats + the row that could not be tied.
      expect(kvot.total.utfall).toBeCloseTo(kvot.rader.reduce((s, r) => s + r.utfall, 0) + 204_654, 4);
    } else {
      expect(kvot.ejKnutet).toBeUndefined();
      expect(kvotPlan.rows.some((r) => r[0] === label)).toBe(false);
    }
  });
});
