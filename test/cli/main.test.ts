import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CellValue, RawSheet } from "../../src/domain/model";
import type { Issue } from "../../src/domain/issues";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";

/**
 * `finsam` end to end, in-process, on the committed fixtures with the real pipeline: the written
 * .xlsx is read back and the published figures are checked in it (domain.md §3.1, §3.2).
 */
const ROOT = join(__dirname, "..", "..");
const Q2_2024 = join(ROOT, "test/fixtures/uppsala-2024-q2.xlsx");
const HELAR_2021 = join(ROOT, "test/fixtures/uppsala-2021-helar.xlsx");
const EXEMPEL = join(ROOT, "assets/exempel/finsam-exempel-2024.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-e2e-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string;
  err: string;
  sheets: RawSheet[];
  json: { issues: Issue[]; written: { kind: string; name: string }[] };
}

async function finsam(input: string, till: string, name: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const ut = join(dir, `${name}.xlsx`);
  const json = join(dir, `${name}.json`);
  const code = await main(["rapport", input, "--till", till, "--ut", ut, "--json", json, "--idag", "2024-10-24"], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  const sheets = await readWorkbookXlsx(readFileSync(ut), { includeOwnOutput: true });
  return { code, out: out.join(""), err: err.join(""), sheets, json: JSON.parse(readFileSync(json, "utf8")) };
}

/** A report table on a written sheet: the header on row 5 (index 4), rows found by their first cell. */
function table(sheets: RawSheet[], prefix: string) {
  const sheet = sheets.find((s) => s.name.startsWith(prefix));
  if (!sheet) throw new Error(`inget blad ${prefix}: ${sheets.map((s) => s.name).join(", ")}`);
  const header = sheet.values[4].map((v) => String(v));
  const col = (start: string) => {
    const c = header.findIndex((h) => h.startsWith(start));
    if (c < 0) throw new Error(`ingen kolumn ${start} i ${header.join(" | ")}`);
    return c;
  };
  const rowIndex = (first: RegExp) => {
    const r = sheet.values.findIndex((row, i) => i > 4 && first.test(String(row[0])));
    if (r < 0) throw new Error(`ingen rad ${first}`);
    return r;
  };
  const value = (first: RegExp, column: string): CellValue => sheet.values[rowIndex(first)][col(column)];
  const format = (first: RegExp, column: string) => sheet.numberFormats?.[rowIndex(first)][col(column)];
  return { value, format };
}

/** Whole tkr, as the `#,##0,` format shows kronor (the published tables are in whole tkr). */
const tkr = (v: CellValue) => Math.round((v as number) / 1000);
const pct = (v: CellValue) => Math.round((v as number) * 100);

describe("finsam rapport, Uppsala Q1–Q2 2024 (till 2024-06-30)", () => {
  let run: Run;
  // The first run in the file pays the cold start (module load, JIT); on a busy machine that is over jest's 5 s.
  beforeAll(async () => {
    run = await finsam(Q2_2024, "2024-06-30", "q2");
  }, 30_000);

  it("exits 0 and writes Förbrukningskvot, Driftsredovisning and Valideringsrapport", () => {
    expect(run.code).toBe(0);
    const names = run.json.written.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Förbrukningskvot 2024-06-30", "Driftsredovisning 2024-06-30"]));
    expect(names.at(-1)).toBe("Valideringsrapport");
    expect(run.sheets.at(-2)?.name).toBe("Valideringsrapport");
  });

  it("förbrukningskvot: Jobbcentrum 72 %, Framsteget 93 %, Lokussamordnare Uppsala 110 %", () => {
    const t = table(run.sheets, "Förbrukningskvot");
    expect([tkr(t.value(/^Jobbcentrum/, "Utfall")), tkr(t.value(/^Jobbcentrum/, "Periodiserad budget"))]).toEqual([955, 1326]);
    expect(pct(t.value(/^Jobbcentrum/, "Förbrukningskvot"))).toBe(72);
    expect(pct(t.value(/^Framsteget/, "Förbrukningskvot"))).toBe(93);
    const lokus = t.value(/^Lokussamordnare Uppsala/, "Förbrukningskvot") as number;
    // Utfall 198 700 kr (shown as the published 199 tkr) / 180 000 kr → the published 110 %.
    expect(lokus).toBeCloseTo(198_700 / 180_000, 12);
    expect(pct(lokus)).toBe(110);
    expect(t.format(/^Jobbcentrum/, "Förbrukningskvot")).toBe("0%");
    expect(t.format(/^Jobbcentrum/, "Utfall")).toBe("#,##0,");
  });

  it("driftsredovisning: Summa samverkansinsatser −10 329 / −9 628 / 701 and Totalt −1 480 / −620 / 860 tkr (the published 848 omits the unbudgeted 12 tkr)", () => {
    const t = table(run.sheets, "Driftsredovisning");
    const row = (r: RegExp) => [t.value(r, "Budget jan"), t.value(r, "Utfall"), t.value(r, "Avvikelse")].map(tkr);
    expect(row(/^Jobbcentrum/)).toEqual([-1326, -955, 371]);
    expect(row(/^Summa samverkansinsatser/)).toEqual([-10329, -9628, 701]);
    expect(row(/^(Totalt|Periodens resultat|Årets resultat)/)).toEqual([-1480, -620, 860]);
  });

  it("prints the issues grouped by severity and a summary", () => {
    expect(run.out).toContain("Sammanfattning:");
    expect(run.out).toContain(`Skrev ${run.json.written.length} blad till`);
    expect(run.json.issues.every((i) => i.severity !== "fel")).toBe(true);
  });
});

describe("finsam rapport, Uppsala helår 2021 (till 2021-12-31)", () => {
  it("förbrukningskvot: Enköping 91 %, Knivsta 71 %, Digital plattform 48 %, total 15 487 / 18 591 = 83 %", async () => {
    const run = await finsam(HELAR_2021, "2021-12-31", "h21");
    expect(run.code).toBe(0);
    const t = table(run.sheets, "Förbrukningskvot");
    expect(pct(t.value(/^Jobbcentrum-Ung Rehab/, "Förbrukningskvot"))).toBe(91);
    expect(pct(t.value(/^En väg in/, "Förbrukningskvot"))).toBe(71);
    expect(pct(t.value(/^Digital plattform/, "Förbrukningskvot"))).toBe(48);
    expect([tkr(t.value(/^(Totalt|Summa)/, "Utfall")), tkr(t.value(/^(Totalt|Summa)/, "Periodiserad budget"))]).toEqual([15487, 18591]);
    expect(pct(t.value(/^(Totalt|Summa)/, "Förbrukningskvot"))).toBe(83);
  });
});

describe("finsam rapport, the example workbook with its two mistakes", () => {
  let run: Run;
  beforeAll(async () => {
    run = await finsam(EXEMPEL, "2024-06-30", "exempel");
  }, 30_000);

  it("finds both mistakes, with the cell and the closest insats name", () => {
    const misspelt = run.json.issues.find((i) => i.sheet === "Utfall" && i.cell === "A37" && i.code === "OKAND_POST");
    expect(misspelt?.severity).toBe("fel");
    expect(misspelt?.message).toContain("Menade du 'Arbetsmarknadsstödjare'?");
    expect(run.json.issues.some((i) => i.sheet === "Utfall" && i.cell === "C46" && i.code === "SUMMA_STAMMER_INTE")).toBe(true);
    expect(run.out).toContain("Utfall!A37:");
    expect(run.out).toContain("Utfall!C46:");
  });

  it("still writes every report and the Valideringsrapport; exits 1 exactly when an issue is fel", () => {
    const kinds = run.json.written.map((w) => w.kind);
    expect(kinds).toEqual(expect.arrayContaining(["forbrukningskvot", "driftsredovisning"]));
    expect(kinds.at(-1)).toBe("valideringsrapport");
    expect(run.code).toBe(run.json.issues.some((i) => i.severity === "fel") ? 1 : 0);
  });
});

describe("finsam usage", () => {
  it("--help prints the Swedish usage and exits 0; a bad command exits 2 with the usage on stderr", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    expect(await main(["--help"], io)).toBe(0);
    expect(out.join("")).toContain("Användning:");
    expect(await main(["rapport", Q2_2024, "--ut", join(dir, "x.xlsx")], io)).toBe(2);
    expect(err.join("")).toContain("--till saknas");
    expect(await main(["rapport", Q2_2024, "--till", "2024-06-30", "--ut", Q2_2024], io)).toBe(2);
    expect(err.join("")).toContain("--ut får inte vara indatafilen");
  });

  it("lists the report kinds in the help and refuses an unknown --rapporter kind with exit 2", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    await main(["--help"], io);
    expect(out.join("")).toMatch(/forbrukningskvot\s+Förbrukningskvot/);
    const args = ["rapport", Q2_2024, "--till", "2024-06-30", "--ut", join(dir, "y.xlsx"), "--rapporter", "forbrukningskvot,bidragg"];
    expect(await main(args, io)).toBe(2);
    expect(err.join("")).toMatch(/okänd rapporttyp "bidragg"\. Tillgängliga: .*forbrukningskvot/);
  });

  it("--rapporter limits the reports written; the Valideringsrapport is always written", async () => {
    const ut = join(dir, "bara-kvot.xlsx");
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await main(["rapport", Q2_2024, "--till", "2024-06-30", "--ut", ut, "--rapporter", "forbrukningskvot"], io)).toBe(0);
    const input = (await readWorkbookXlsx(readFileSync(Q2_2024))).map((s) => s.name);
    const names = (await readWorkbookXlsx(readFileSync(ut), { includeOwnOutput: true })).map((s) => s.name);
    expect(names.filter((n) => !input.includes(n))).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport", "FinsamRegister"]);
  });
});
