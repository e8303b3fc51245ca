import { isFormulaCell, type CellValue, type RawSheet, type SheetPlan } from "../../src/domain/model";
import { findPersonnummer, findPersonnummerInText } from "../../src/domain/text/personnummer";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import type { PipelineOptions } from "../../src/domain/reports/types";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { generateDeltagare, generateUppsala2021 } from "../fixtures/deltagare/generate";
import { exempelSheets } from "../fuzz/exempel";
import { personnummerLeaks } from "../fuzz/invariants";
import { ALL_MODULES } from "../fuzz/workbooks";

/**
 * Privacy of participant data. (1) Personnummer-like values — put into every kind of input cell of the example
 * workbook: Deltagar-ID (as text and as 12-digit numbers), insats names, owners, comments, sheet cells that become
 * titles — are never copied to any output: not to a plan, not to a written sheet, not to an issue message, not to
 * the JSON result. (2) With Publicering every table meant for publication hides counts 1–(t−1), never leaves a hidden
 * count derivable from the other cells of its row (K + M = S:a) or column (rows + Totalt), and hides every share built
 * on a hidden count.
 */

const PNR_TEXT = ["19121212-1212", "121212-1212", "Anna 191212121212", "121212+1212"];
const PNR_NUMBERS = [191212121212, 1212121212];
const OPTIONS: PipelineOptions = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-11-24" };

/** The example workbook with personnummer in: every 3rd text cell below row 4, every Deltagar-ID, every insats name. */
function withPersonnummer(): RawSheet[] {
  let k = 0;
  return exempelSheets(true).map((s) => {
    const insatsCol = s.values
      .slice(0, 6)
      .map((r) => r.findIndex((v) => v === "Insats"))
      .find((c) => c >= 0);
    const values = s.values.map((row, r) =>
      row.map((v, c): CellValue => {
        if (r < 4) return v;
        if (s.name.startsWith("Deltagare") && c === 0 && typeof v === "string")
          return k++ % 2 ? PNR_NUMBERS[k % 2] : PNR_TEXT[k % PNR_TEXT.length];
        if (c === insatsCol && typeof v === "string" && v !== "") return `${v} ${PNR_TEXT[0]}`;
        if (typeof v === "string" && v !== "" && ++k % 3 === 0) return `${v} ${PNR_TEXT[k % PNR_TEXT.length]}`;
        return v;
      }),
    );
    return { ...s, values };
  });
}

/** Every number of a plan that equals an injected personnummer number (a copied ID). */
function copiedNumbers(plans: readonly SheetPlan[]): string[] {
  const out: string[] = [];
  for (const p of plans)
    p.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const v = isFormulaCell(cell) ? cell.value : cell;
        if (typeof v === "number" && PNR_NUMBERS.includes(v)) out.push(`${p.name} r${r}c${c}`);
      }),
    );
  return out;
}

describe("personnummer never reach an output", () => {
  for (const publicering of [null, { threshold: 5 }]) {
    it(`in plans, messages, results and the written sheets (publicering ${publicering ? "on" : "off"})`, async () => {
      const sheets = withPersonnummer();
      expect(sheets.some((s) => s.values.some((row) => row.some((v) => findPersonnummer(v))))).toBe(true);
      const r = runPipeline(sheets, { ...OPTIONS, publicering }, { modules: ALL_MODULES });
      expect(r.plans.length).toBeGreaterThanOrEqual(6);
      expect(personnummerLeaks(r.plans, r.issues)).toEqual([]);
      expect(copiedNumbers(r.plans)).toEqual([]);
      expect(findPersonnummerInText(JSON.stringify(r.results))).toBeNull();
      expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["DELT_PERSONNUMMER", "PERSONNUMMER_DOLT"]));

      const sim = ExcelSim.fromSheets(
        sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, numberFormats: s.numberFormats })),
      );
      const userIds = new Set(sim.snapshot().sheets.map((s) => s.id));
      await createExcelHost(sim).apply(r.plans);
      const written = sim.snapshot().sheets.filter((s) => !userIds.has(s.id));
      expect(written.length).toBe(r.plans.length + 1); // + the register
      const leaks = written
        .flatMap((s) => s.values.flatMap((row, i) => row.map((v, j) => [s.name, i, j, v] as const)))
        .filter(([, , , v]) => findPersonnummer(v) && !(typeof v === "number"));
      expect(leaks).toEqual([]);
    });
  }
});

type Grid = (CellValue | undefined)[][];

/** The shown grid of a plan (formulas by their value). */
const grid = (p: SheetPlan): Grid => p.rows.map((row) => row.map((c) => (isFormulaCell(c) ? c.value : c)));
const hidden = (v: CellValue | undefined) => typeof v === "string" && (/^<\d+$/.test(v) || v === "x");
const range = (a1: string) => {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r1: Number(m[2]) - 1, c1: col(m[1]), r2: Number(m[4]) - 1, c2: col(m[3]) };
};

/** Column indexes of a plan whose number format (from the plan's styles) is `format`. */
function columnsWithFormat(p: SheetPlan, format: string, r1: number, r2: number): Set<number> {
  const out = new Set<number>();
  for (const st of p.styles ?? []) {
    if (st.numberFormat !== format || !/^[A-Z]+\d+:[A-Z]+\d+$/.test(st.range)) continue;
    const x = range(st.range);
    if (x.r2 < r1 || x.r1 > r2) continue;
    for (let c = x.c1; c <= x.c2; c++) out.add(c);
  }
  return out;
}

/**
 * Every violation of the publication rules in the tables of one publication plan, found the way a reader would:
 * a count of 1…t−1 that is shown, or that can be DERIVED from what is shown — by K + M = S:a on a row, by the
 * rows of a column adding up to its Totalt, and (table "Till arbete och/eller studier") by a shown share times
 * its shown denominator — applying the relations again and again until nothing more can be derived.
 */
function publicationLeaks(p: SheetPlan, t: number): string[] {
  const g = grid(p);
  const out: string[] = [];
  for (const table of p.tables ?? []) {
    if (/Snittid/.test(table.name)) continue; // days, not counts
    const { r1, c1, r2, c2 } = range(table.range);
    const header = g[r1].map((v) => String(v ?? ""));
    const counts = [...columnsWithFormat(p, "#,##0", r1 + 1, r2)].filter((c) => c > c1 && c <= c2);
    const known = new Map<string, number>();
    const cell = (r: number, c: number) => `${r},${c}`;
    for (let r = r1 + 1; r <= r2; r++) for (const c of counts) if (typeof g[r][c] === "number") known.set(cell(r, c), g[r][c] as number);
    for (let r = r1 + 1; r <= r2; r++)
      for (const c of counts) {
        const v = g[r][c];
        if (typeof v === "number" && v >= 1 && v < t) out.push(`${table.name} ${header[c]} row ${r + 1}: ${v} is shown`);
      }
    /** Linear relations Σ coef·cell = 0 over count cells. */
    const relations: [number, number, number][][] = [];
    const col = (name: string) => header.findIndex((h) => h === name);
    for (let r = r1 + 1; r <= r2; r++)
      for (let c = c1; c + 2 <= c2; c++)
        if (/(^| )K$/.test(header[c]) && /(^| )M$/.test(header[c + 1]) && /S:a$|Totalt$/.test(header[c + 2]))
          relations.push([
            [r, c, 1],
            [r, c + 1, 1],
            [r, c + 2, -1],
          ]);
    const totalRow = /^(Totalt|Summa|S:a)/.test(String(g[r2][c1])) ? r2 : -1;
    if (totalRow > 0)
      for (const c of counts)
        relations.push([...Array.from({ length: r2 - r1 - 1 }, (_, i): [number, number, number] => [r1 + 1 + i, c, 1]), [r2, c, -1]]);
    for (let changed = true; changed;) {
      changed = false;
      for (const rel of relations) {
        const unknown = rel.filter(([r, c]) => !known.has(cell(r, c)));
        if (unknown.length !== 1 || !hidden(g[unknown[0][0]][unknown[0][1]])) continue;
        const [ur, uc, uk] = unknown[0];
        const rest = rel.reduce((sum, [r, c, k]) => (r === ur && c === uc ? sum : sum + k * (known.get(cell(r, c)) as number)), 0);
        known.set(cell(ur, uc), -rest / uk);
        changed = true;
      }
      // shares: "Andel X" = "Arbete/studier X" / "Avslutade X"; "Andel inkl. X" = "Inkl. sökande X" / "Avslutade X"
      for (let r = r1 + 1; r <= r2; r++)
        for (const kon of ["K", "M", "S:a"])
          for (const [share, num] of [
            [`Andel ${kon}`, `Arbete/studier ${kon}`],
            [`Andel inkl. ${kon}`, `Inkl. sökande ${kon}`],
          ]) {
            const [cs, cn, cd] = [col(share), col(num), col(`Avslutade ${kon}`)];
            const a = g[r][cs];
            if (cs < 0 || cn < 0 || cd < 0 || typeof a !== "number") continue;
            const [kn, kd] = [known.has(cell(r, cn)), known.has(cell(r, cd))];
            if (kd && !kn) known.set(cell(r, cn), Math.round(a * (known.get(cell(r, cd)) as number)));
            else if (kn && !kd && a > 0) known.set(cell(r, cd), Math.round((known.get(cell(r, cn)) as number) / a));
            else continue;
            changed = true;
          }
    }
    for (const [key, v] of known) {
      const [r, c] = key.split(",").map(Number);
      if (hidden(g[r][c]) && v >= 1 && v < t)
        out.push(`${table.name} ${header[c]} row ${r + 1}: the hidden ${g[r][c]} can be derived as ${v}`);
    }
  }
  return out;
}

describe("Publicering is applied to every table meant for publication", () => {
  const cases: [string, () => { sheets: RawSheet[]; fran: string; till: string }][] = [
    ["Uppsala 2021 (Bryggan 4/3 …)", generateUppsala2021],
    ["300 generated participants", () => generateDeltagare(300, 3)],
    ["120 generated participants", () => generateDeltagare(120, 11)],
  ];
  for (const [name, make] of cases) {
    for (const threshold of [5, 3]) {
      it(`${name}, threshold ${threshold}`, () => {
        const g = make();
        const r = runPipeline(
          g.sheets,
          { fran: g.fran, till: g.till, idag: "2024-11-24", publicering: { threshold } },
          { modules: ALL_MODULES },
        );
        const plan = r.plans.find((p) => p.kind === "deltagare");
        expect(plan).toBeDefined();
        expect(plan!.tables!.length).toBeGreaterThanOrEqual(6);
        expect(plan!.rows.flat().some((c) => hidden(c as CellValue))).toBe(true);
        expect(publicationLeaks(plan!, threshold)).toEqual([]);
        const json = JSON.stringify(r.results.deltagare);
        expect(json).toContain(`"<${threshold}"`);
        for (const t of (r.results.deltagare as { tabeller: { kolumner: string[]; rader: unknown[][] }[] }).tabeller) {
          t.rader.forEach((row) =>
            row.forEach((v, c) => {
              if (
                /( K| M| S:a|Totalt)$|^(K|M|Totalt)$/.test(t.kolumner[c]) &&
                !/^Andel/.test(t.kolumner[c]) &&
                typeof v === "number" &&
                Number.isInteger(v)
              )
                expect([t.kolumner[c], v >= 1 && v < threshold]).toEqual([t.kolumner[c], false]);
            }),
          );
        }
      });
    }
  }

  it("on 40 random small participant sets (30–200 rows, thresholds 5 and 3) no small count is shown or derivable", () => {
    const leaks: string[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const g = generateDeltagare(30 + ((seed * 37) % 170), 100 + seed);
      for (const threshold of [5, 3]) {
        const r = runPipeline(
          g.sheets,
          { fran: g.fran, till: g.till, idag: "2024-11-24", publicering: { threshold } },
          { modules: ALL_MODULES },
        );
        leaks.push(
          ...publicationLeaks(
            r.plans.find((p) => p.kind === "deltagare")!,
            threshold,
          ).map((l) => `seed ${seed}, t ${threshold}: ${l}`),
        );
      }
    }
    expect(leaks).toEqual([]);
  });

  it("the checker itself finds a leak: a shown 3 and a lone hidden cell are reported", () => {
    const g = generateUppsala2021();
    const plan = runPipeline(
      g.sheets,
      { fran: g.fran, till: g.till, idag: "2024-11-24", publicering: { threshold: 5 } },
      { modules: ALL_MODULES },
    ).plans.find((p) => p.kind === "deltagare")!;
    const broken: SheetPlan = { ...plan, rows: plan.rows.map((row) => row.map((c) => (c === "<5" ? 3 : c))) };
    expect(publicationLeaks(broken, 5).length).toBeGreaterThan(0);
  });
});
