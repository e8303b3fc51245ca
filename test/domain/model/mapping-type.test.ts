import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import type { WorkbookMapping } from "../../../src/domain/model/mapping";
import { parseMapping, workbookMappingSchema } from "../../../src/domain/model/mapping-schema";

/** The saved mapping's zod schema is the ONE source of its type (model/mapping-schema.ts). */
describe("the mapping type comes from its schema", () => {
  it("no source file writes the mapping's types by hand", () => {
    const root = join(__dirname, "../../..");
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : [],
      );
    const handWritten = /\binterface (WorkbookMapping|SheetMapping|ColumnMapping|Fingerprint|Alias)\b|\btype (Measure|UnitSource) = "/;
    const offenders = walk(join(root, "src"))
      .filter((f) => handWritten.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f).replace(/\\/g, "/"));
    expect(offenders).toEqual([]);
  });

  it("what the schema accepts is a WorkbookMapping and round-trips through parseMapping", () => {
    const saved: z.infer<typeof workbookMappingSchema> = {
      version: 1,
      sheets: [
        {
          version: 1,
          sheet: "Utfall 2024",
          kind: "utfall",
          confidence: 0.9,
          use: true,
          headerRow: 3,
          headerRows: 1,
          layout: "lang",
          columns: [
            { column: "C", header: "Utfall TSEK", role: "belopp", measure: "utfall", factor: 1000, unitSource: "rubrik", confidence: 1 },
          ],
          fingerprint: { cells: [{ cell: "C3", text: "Utfall TSEK" }] },
        },
      ],
      alias: [{ namn: "Jobcentrum", insats: "Jobbcentrum" }],
    };
    // Compile-time: the inferred type is the code's type (tsc checks this line).
    const mapping: WorkbookMapping = saved;
    expect(parseMapping(JSON.stringify(mapping))).toEqual({ kind: "ok", mapping: saved });
  });
});
