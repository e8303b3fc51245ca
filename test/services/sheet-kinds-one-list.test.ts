import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { mappingFileText } from "../../src/cli/run-mappning";
import { SHEET_KINDS } from "../../src/domain/model/mapping";
import { workbookMappingSchema } from "../../src/domain/model/mapping-schema";
import { BLADTYPER } from "../../src/services/mapping-view";
import { BLAD_TYPER } from "../../src/services/sheet-kinds";
import { strings } from "../../src/taskpane/strings";

/** The kinds a sheet can be read as: ONE list, src/domain/model/sheet-kinds.ts; everything else is derived from it. */
describe("one sheet-kind list", () => {
  it("the saved mapping's schema accepts exactly the domain's kinds", () => {
    const kind = workbookMappingSchema.shape.sheets.element.shape.kind;
    expect([...kind.options]).toEqual([...SHEET_KINDS]);
  });

  it("the pane's mapping editor offers exactly the domain's kinds, in its order", () => {
    expect(BLADTYPER.map((b) => b.value)).toEqual([...SHEET_KINDS]);
  });

  it("the pane's sheet overview names every kind a read sheet can be taken as: the domain's kinds that are read, plus the pane's own two", () => {
    expect(BLAD_TYPER).toEqual([...SHEET_KINDS.filter((k) => k !== "annat"), "flerarsprognos", "rapport"]);
    expect(Object.keys(strings.bladTyp).sort()).toEqual([...BLAD_TYPER].sort());
  });

  it("the CLI's mapping file explains exactly the domain's kinds", () => {
    const text = mappingFileText({ version: 1, sheets: [], alias: [] } as unknown as Parameters<typeof mappingFileText>[0]);
    const line = (JSON.parse(text) as { kommentar: string[] }).kommentar.find((l) => l.startsWith("sheets[].kind:"))!;
    const listed = line
      .replace(/^sheets\[\]\.kind: /, "")
      .replace(/ \(läses inte\)\..*$/, "")
      .split(/, | eller /);
    expect(listed).toEqual([...SHEET_KINDS]);
  });

  it("no other source file spells the list out again", () => {
    // A copy of the list: seven or more kinds in a row as a union, array or enum ("insatser" | "budget" | …,
    // ["insatser", "budget", …]) or as an identity map (insatser: "insatser", budget: "budget", …).
    const k = SHEET_KINDS.join("|");
    const sequence = new RegExp(`("(${k})"\\s*[,|]\\s*){6,}"(${k})"`);
    const identity = new RegExp(`(\\b(${k}): "\\2",\\s*){7,}`);
    const root = join(__dirname, "../..");
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : [],
      );
    const copies = walk(join(root, "src"))
      .map((f) => ({ path: relative(root, f).replace(/\\/g, "/"), text: readFileSync(f, "utf8") }))
      .filter((f) => sequence.test(f.text) || identity.test(f.text))
      .map((f) => f.path);
    expect(copies).toEqual(["src/domain/model/sheet-kinds.ts"]);
  });
});
