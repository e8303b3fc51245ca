import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CellValue } from "../../src/domain/model/raw";
import { parseMapping } from "../../src/domain/model/mapping-schema";
import type { WorkbookMapping } from "../../src/domain/model/mapping";
import { U2024 } from "../fixtures/layouts/kvot/data";

/**
 * `finsam mappning IN.xlsx --ut mappning.json` and `finsam rapport … --mappning mappning.json` (issue 14, the way
 * out): a month follow-up whose sheet says nothing about its date ("Ack utfall | Helårsbudget", no title) cannot
 * be read without help — rapport exits 1 with "Ange perioden i mappningen". The user writes the mapping, sets
 * the period of the Ack column (1 January – 30 June 2024) and the year of the Helårsbudget as its summary lists, and the same command gives the
 * published kvoter (Jobbcentrum 955 / 1 326 = 72 %, Framsteget 1 804 / 1 940 = 93 %).
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-mappning-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeBook(file: string, name: string, rows: CellValue[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(name).addRows(rows as ExcelJS.CellValue[][]);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
}

const rows: CellValue[][] = [
  ["Insats", "Helårsbudget tkr", "Ack utfall tkr"],
  ...U2024.map((i) => [i.namn, (i.budget[0] + i.budget[1]) * 1, i.utfall[0]]),
];

it("writes the detected mapping as readable JSON with confidence per item, and rapport --mappning uses the edited one", async () => {
  const input = join(dir, "uppfoljning.xlsx");
  await writeBook(input, "Uppföljning", rows);

  const before = await run([
    "rapport",
    input,
    "--till",
    "2024-06-30",
    "--ut",
    join(dir, "ut1.xlsx"),
    "--json",
    join(dir, "ut1.json"),
    "--idag",
    "2024-10-24",
  ]);
  expect(before.code).toBe(1);
  expect(before.out).toMatch(/Ange perioden i mappningen/);

  const file = join(dir, "mappning.json");
  const m = await run(["mappning", input, "--ut", file]);
  expect(m.code).toBe(0);
  expect(m.out).toMatch(/Mappningen skrevs till/);
  expect(m.out).toMatch(/Kontrollera/);
  const text = readFileSync(file, "utf8");
  expect(text.split("\n").length).toBeGreaterThan(20);
  const json = JSON.parse(text) as WorkbookMapping & { kommentar: string[] };
  expect(json.kommentar.join(" ")).toMatch(/--mappning/);
  const parsed = parseMapping(text);
  expect(parsed.kind).toBe("ok");
  const sheet = json.sheets.find((s) => s.sheet === "Uppföljning")!;
  for (const c of sheet.columns) expect(typeof c.confidence).toBe("number");

  expect(m.out).toMatch(/"Ack utfall tkr": utfall utan period/);
  expect(m.out).toMatch(/"Helårsbudget tkr": budget utan period/);
  // The user's edits, as listed: the Ack column is 1 January – 30 June 2024, the Helårsbudget is 2024's.
  const ack = sheet.columns.find((c) => c.header.startsWith("Ack"))!;
  ack.period = { from: "2024-01-01", to: "2024-06-30", label: "2024-H1" };
  sheet.columns.find((c) => c.header.startsWith("Helår"))!.year = 2024;
  writeFileSync(file, JSON.stringify(json, null, 2));

  const jsonOut = join(dir, "ut2.json");
  const after = await run([
    "rapport",
    input,
    "--till",
    "2024-06-30",
    "--ut",
    join(dir, "ut2.xlsx"),
    "--json",
    jsonOut,
    "--idag",
    "2024-10-24",
    "--mappning",
    file,
  ]);
  expect(after.err).toBe("");
  expect(after.code).toBe(0);
  const res = JSON.parse(readFileSync(jsonOut, "utf8")) as {
    results: { forbrukningskvot: { rader: { insats: string; kvot?: number }[] } };
  };
  const kvot = (n: string) => Math.round(res.results.forbrukningskvot.rader.find((r) => r.insats.startsWith(n))!.kvot! * 100);
  expect(kvot("Jobbcentrum")).toBe(72);
  expect(kvot("Framsteget")).toBe(93);
});

it("a mapping file that cannot be read stops with a Swedish message naming the file (exit 2)", async () => {
  const input = join(dir, "b.xlsx");
  await writeBook(input, "Uppföljning", rows);
  const bad = join(dir, "trasig.json");
  writeFileSync(bad, '{"version": 1, "sheets": [{"sheet": 3}]}');
  const r = await run(["rapport", input, "--till", "2024-06-30", "--ut", join(dir, "b-ut.xlsx"), "--mappning", bad]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/mappningsfilen .*trasig\.json/);
  const missing = await run([
    "rapport",
    input,
    "--till",
    "2024-06-30",
    "--ut",
    join(dir, "b-ut.xlsx"),
    "--mappning",
    join(dir, "finns-inte.json"),
  ]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/hittar inte mappningsfilen/);
});

it("mappning needs --ut and one workbook", async () => {
  expect((await run(["mappning", "a.xlsx"])).code).toBe(2);
  expect((await run(["mappning", "--ut", "m.json"])).code).toBe(2);
});
