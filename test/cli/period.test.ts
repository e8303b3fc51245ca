import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { U2021 } from "../fixtures/layouts/kvot/data";

/**
 * Issue 14 pattern 10: a 2021 workbook run for 2024 wrote empty report sheets under "0 fel" and exit 0. Now it is
 * a warning that names the workbook's year and the last day with utfall, and the CLI exits 1.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-period-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
  return { code, out: out.join("") };
}

it("no utfall in the chosen period: a warning naming the workbook's year, exit 1; the right period exits 0", async () => {
  const input = join(dir, "2021.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Utfall 2021").addRows([
    ["Utfall 2021 (TSEK)"],
    ["Insats", "Ägare", "Budget 2021", "Utfall 2021"],
    ...U2021.map((i) => [i.namn, i.agare, i.budget[0] + i.budget[1], i.utfall[0] + i.utfall[1]]),
  ]);
  writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));

  const wrong = await run(["rapport", input, "--till", "2024-06-30", "--ut", join(dir, "a.xlsx"), "--idag", "2024-10-24"]);
  expect(wrong.code).toBe(1);
  expect(wrong.out).toMatch(/har utfall för 2021 men inget för perioden 2024-01-01–2024-06-30.*till 2021-12-31/);

  const right = await run(["rapport", input, "--till", "2021-12-31", "--ut", join(dir, "b.xlsx"), "--idag", "2022-02-15"]);
  expect(right.out).not.toMatch(/inget för perioden/);
  expect(right.code).toBe(0);
}, 60_000);
