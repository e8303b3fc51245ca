import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseArgs } from "../../src/cli/args";

const FIX = path.join(__dirname, "../fixtures/ledger");

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, env: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), today: () => "2024-08-15" } };
}

describe("finsam bokslut", () => {
  it("parses its arguments and --sie on rapport", () => {
    expect(parseArgs(["bokslut", "a.se", "--till", "2024-06-30", "--ut", "u.xlsx"], "2024-08-15")).toEqual({
      ok: true,
      command: { kind: "bokslut", sie: "a.se", output: "u.xlsx", fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" },
    });
    const r = parseArgs(["rapport", "b.xlsx", "--till", "2024-06-30", "--ut", "u.xlsx", "--sie", "a.se"], "2024-08-15");
    expect(r.ok && r.command.kind === "rapport" && r.command.sie).toBe("a.se");
    expect(parseArgs(["bokslut", "a.se", "--ut", "u.xlsx"]).ok).toBe(false);
  });

  it("writes the five bokslut sheets with the published figures (Skellefteå 2014)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bokslut-"));
    const ut = path.join(dir, "ut.xlsx");
    const { out, env } = io();
    const code = await main(["bokslut", path.join(FIX, "skelleftea-2014.se"), "--till", "2014-12-31", "--ut", ut], env);
    expect(code).toBe(0);
    expect(out.join("")).toContain("Balansräkning 2014-12-31");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(ut) as unknown as ArrayBuffer);
    const br = wb.getWorksheet("Balansräkning 2014-12-31");
    const rr = wb.getWorksheet("Resultaträkning 2014-12-31");
    expect(br && rr).toBeTruthy();
    const value = (ws: ExcelJS.Worksheet, label: string): unknown => {
      let v: unknown;
      ws.eachRow((row) => {
        if (row.getCell(1).value === label) {
          const c = row.getCell(2).value as { result?: unknown } | number;
          v = typeof c === "object" && c !== null ? c.result : c;
        }
      });
      return v;
    };
    expect(value(br!, "SUMMA TILLGÅNGAR")).toBe(3_496_916);
    expect(value(br!, "Summa eget kapital")).toBe(2_192_261);
    expect(value(rr!, "Årets resultat")).toBe(-1_566_998);
  });

  it("with --in, the workbook's Budget sheet gives the resultaträkning's Prognos and Budget columns (Uppsala 2024-06-30)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bokslut-"));
    const ut = path.join(dir, "ut.xlsx");
    const { env } = io();
    const args = ["bokslut", path.join(FIX, "uppsala-2024-06-30.se"), "--till", "2024-06-30", "--ut", ut];
    await main([...args, "--in", path.join(__dirname, "../fixtures/uppsala-2024-q2.xlsx")], env);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(ut) as unknown as ArrayBuffer);
    const rr = wb.getWorksheet("Resultaträkning 2024-06-30")!;
    expect((rr.getRow(5).values as unknown[]).slice(1)).toEqual([
      "Post",
      "2024-01-01 – 2024-06-30",
      "Prognos helår 2024",
      "Budget 2024-01-01 – 2024-06-30",
    ]);
    expect(String(rr.getCell("A4").value)).toContain("Budget: bladen Budget och Insatser");
    const num = (c: ExcelJS.CellValue): unknown => (typeof c === "object" && c !== null && "result" in c ? c.result : c);
    expect(rr.getCell("A6").value).toBe("Verksamhetens intäkter");
    expect(num(rr.getCell("B6").value)).toBe(12_093_929);
    expect(num(rr.getCell("D6").value)).toBe(12_050_000);
    expect(num(rr.getCell("C6").value)).toBe(24_122_000);
  });

  it("a file that is not SIE is a finding with exit 1, never a crash, and no bokslut of zeros is written", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bokslut-"));
    const { out, env } = io();
    const ut = path.join(dir, "u.xlsx");
    const code = await main(["bokslut", path.join(__dirname, "../fixtures/uppsala-2024-q2.xlsx"), "--till", "2024-06-30", "--ut", ut], env);
    expect(code).toBe(1);
    expect(out.join("")).toContain("Filen är en Excel-arbetsbok (.xlsx)");
    expect(existsSync(ut)).toBe(false);
  });
});
