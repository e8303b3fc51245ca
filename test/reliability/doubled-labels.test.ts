/**
 * No doubled labels anywhere in the plans of the example workbook ("Förtroendevalda (förtroendevalda)"): a text cell
 * must not repeat a word group inside brackets or after a dash. Every period type the pane offers, with and without
 * Publicering.
 */
import * as fs from "fs";
import * as path from "path";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { isFormulaCell, type SheetPlan } from "../../src/domain/model";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");

/** "X (x)", "X (X …)" where the bracket only repeats X, or "X – x": a label said twice. */
export function doubledLabel(text: string): string | null {
  const m = /(^|[\s;:,])([^()\s;:,][^();:,]*?)\s*[(–-]\s*\2\s*\)?(?=$|[\s;:,.])/iu.exec(text);
  return m ? m[0].trim() : null;
}

const RUNS = [
  { fran: "2024-01-01", till: "2024-06-30" },
  { fran: "2024-01-01", till: "2024-03-31" },
  { fran: "2024-01-01", till: "2024-12-31" },
  { fran: "2024-01-01", till: "2024-06-30", publicering: { threshold: 5 } },
];

describe("doubledLabel", () => {
  it.each([["Förtroendevalda (förtroendevalda)"], ["Kansli (Kansli)"], ["Summa: Övrigt – övrigt"]])("finds %s", (t) => {
    expect(doubledLabel(t)).not.toBeNull();
  });
  it.each([["Förtroendevalda"], ["Lokussamordnare (Älvkarleby)"], ["Budget jan–jun 2024"], ["Insats (Heby)"], ["2024–2028"]])(
    "leaves %s",
    (t) => {
      expect(doubledLabel(t)).toBeNull();
    },
  );
});

describe("the example workbook's plans", () => {
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

  it("every text cell of every plan says each label once", () => {
    expect(plans.length).toBeGreaterThan(RUNS.length * 3);
    const found: string[] = [];
    for (const { run, plan } of plans) {
      plan.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const text = typeof cell === "string" ? cell : isFormulaCell(cell) && typeof cell.value === "string" ? cell.value : "";
          const hit = text ? doubledLabel(text) : null;
          if (hit) found.push(`${run} ${plan.name} r${r + 1}c${c + 1}: ${text}`);
        }),
      );
    }
    expect(found).toEqual([]);
  });
});
