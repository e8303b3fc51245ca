/**
 * Nothing a board member reads is clipped on paper: every report of the example workbook (four runs), page by
 * printed page (test/fixtures/print/clipping.ts says what "clipped" means).
 */
import * as fs from "fs";
import * as path from "path";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import type { SheetPlan } from "../../src/domain/model";
import { clippedTexts } from "../fixtures/print/clipping";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { LAYOUT_CORPUS } from "../fixtures/layouts/corpus";
import { runLayout } from "../fixtures/layouts/run";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");

const RUNS = [
  { fran: "2024-01-01", till: "2024-06-30" },
  { fran: "2024-01-01", till: "2024-03-31" },
  { fran: "2024-01-01", till: "2024-12-31" },
  { fran: "2024-01-01", till: "2024-06-30", publicering: { threshold: 5 } },
];

describe("every report of the example workbook prints every text whole", () => {
  let plans: { run: string; plan: SheetPlan }[] = [];
  beforeAll(async () => {
    const sheets = await readWorkbookXlsx(new Uint8Array(fs.readFileSync(EXAMPLE)));
    plans = RUNS.flatMap((o) =>
      runPipeline(sheets, { ...o, idag: "2024-08-15" }).plans.map((plan) => ({
        run: `${o.fran}–${o.till}${o.publicering ? " publicering" : ""}`,
        plan,
      })),
    );
  });

  it("a report wider than one page at 8 pt says where each page starts (column breaks), and repeats column A", () => {
    const wide = plans.filter(({ plan }) => plan.pageSetup && plan.pageSetup.fitToWidth === false);
    expect(wide.map(({ plan }) => plan.kind)).toEqual(expect.arrayContaining(["deltagare", "rekvisitionskontroll"]));
    for (const { plan } of wide) {
      expect(plan.pageSetup!.columnBreaks?.length ?? 0).toBeGreaterThan(0);
      expect(plan.pageSetup!.printTitleColumns).toBe("$A:$A");
    }
  });

  it("no text is clipped on any printed page (title rows, captions, notes, group labels, cells)", () => {
    const found = plans.flatMap(({ run, plan }) => clippedTexts(plan).map((t) => `${run}: ${t}`));
    expect(found).toEqual([]);
  });
});

describe("the layout corpus (other förbunds' figures in other layouts) prints every text whole", () => {
  it("no text is clipped on any printed page of any report", () => {
    const found: string[] = [];
    let plans = 0;
    for (const c of LAYOUT_CORPUS) {
      for (const plan of runLayout(c).result.plans) {
        plans++;
        found.push(...clippedTexts(plan).map((t) => `${c.id}: ${t}`));
      }
    }
    expect(plans).toBeGreaterThan(40);
    expect(found).toEqual([]);
  });
});
