import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";

/**
 * `finsam rapport` run again on its own output: the charts of the report sheets it replaces are drawn anew, so the
 * note that the copy lacks the input's charts is only for charts on sheets that are not replaced (the user's own).
 */
const EXEMPEL = join(__dirname, "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const LOST = /diagram, som kommandoraden inte kan föra över/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-rerun-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rapport(input: string, output: string): Promise<string> {
  const out: string[] = [];
  await main(["rapport", input, "--till", "2024-06-30", "--ut", output, "--idag", "2024-08-15"], {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
  });
  return out.join("");
}

describe("finsam rapport on a workbook with charts", () => {
  it("does not warn about charts it replaces itself, and writes them again", async () => {
    const first = join(dir, "forsta.xlsx");
    await rapport(EXEMPEL, first);
    const second = join(dir, "andra.xlsx");
    const text = await rapport(first, second);
    expect(text).not.toMatch(LOST);
    const zip = await JSZip.loadAsync(readFileSync(second));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(3);
  }, 60_000);

  it("still warns when a chart sits on a sheet it does not replace", async () => {
    const first = join(dir, "forsta2.xlsx");
    await rapport(EXEMPEL, first);
    // The user renames a report sheet: it is no longer Finsam's to replace, and its charts would be lost.
    const zip = await JSZip.loadAsync(readFileSync(first));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain('name="Beslutsutrymme 2024–2028"');
    zip.file("xl/workbook.xml", wb.replace('name="Beslutsutrymme 2024–2028"', 'name="Mitt diagram"'));
    const renamed = join(dir, "omdopt.xlsx");
    writeFileSync(renamed, await zip.generateAsync({ type: "uint8array" }));
    const text = await rapport(renamed, join(dir, "andra2.xlsx"));
    expect(text).toMatch(LOST);
  }, 60_000);
});
