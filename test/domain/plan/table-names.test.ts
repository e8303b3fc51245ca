import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { toTableName, uniqueTableName } from "../../../src/domain/plan/table-names";
import { tableNameProblem } from "../../../src/excel-sim/names";

/** Names a förbund's sheet, report or table may carry, chosen to break a naive sanitiser. */
const HOSTILE = [
  "2024",
  "2024-06-30 Förbrukningskvot",
  "Förbrukningskvot 2024-06-30",
  "Uppföljning deltagare K/M",
  "åäö ÅÄÖ",
  "Mål & medel (tkr)",
  "R2C3",
  "r1c1",
  "R",
  "c",
  "RC",
  "A1",
  "AB12",
  "XFD1048576",
  "   ",
  "!!!",
  "___",
  "Ære, ørn og ß",
  "Budget\tUtfall\nPrognos",
  "Rad.1",
  ".punkt först",
  "x".repeat(300),
  `${"Förbrukningskvot ".repeat(20)}2024`,
];

describe("toTableName: one Excel table-name sanitiser", () => {
  it.each(HOSTILE)("gives a name the strict simulated Excel accepts for %j", (desired) => {
    const name = toTableName(desired);
    expect(tableNameProblem(name)).toBeNull();
    expect(name.length).toBeLessThanOrEqual(255);
  });

  it("keeps what it can read: diacritics dropped, separators to _, digits first prefixed, references prefixed", () => {
    expect(toTableName("Förbrukningskvot 2024-06-30")).toBe("Forbrukningskvot_2024_06_30");
    expect(toTableName("Uppföljning deltagare K/M")).toBe("Uppfoljning_deltagare_K_M");
    expect(toTableName("åäö ÅÄÖ")).toBe("aao_AAO");
    expect(toTableName("2024")).toBe("T_2024");
    expect(toTableName("R2C3")).toBe("T_R2C3");
    expect(toTableName("A1")).toBe("T_A1");
    expect(toTableName("AB12")).toBe("T_AB12");
    expect(toTableName("Rad.1")).toBe("Rad.1");
    expect(toTableName("!!!")).toBe("Tabell");
    expect(toTableName("")).toBe("Tabell");
  });

  it("joins parts with _ (the report plans' names)", () => {
    expect(toTableName("Deltagare", "t1", "2024-06-30")).toBe("Deltagare_t1_2024_06_30");
  });
});

describe("uniqueTableName", () => {
  it("adds _2, _3 … case-insensitively and stays valid and within 255 characters", () => {
    expect(uniqueTableName("Utfall", ["utfall", "UTFALL_2"])).toBe("Utfall_3");
    const long = "Förbrukningskvot".repeat(20);
    const taken: string[] = [];
    for (let i = 0; i < 12; i++) taken.push(uniqueTableName(long, taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(12);
    for (const t of taken) {
      expect(tableNameProblem(t)).toBeNull();
      expect(t.length).toBeLessThanOrEqual(255);
    }
    expect(taken[11].endsWith("_12")).toBe(true);
  });

  it("gives duplicates of hostile names distinct valid names", () => {
    const taken: string[] = [];
    for (const d of [...HOSTILE, ...HOSTILE]) taken.push(uniqueTableName(d, taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(taken.length);
    for (const t of taken) expect(tableNameProblem(t)).toBeNull();
  });
});

describe("one sanitiser in the source", () => {
  it("no other file strips diacritics to make a table name", () => {
    const root = join(__dirname, "../../..");
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : [],
      );
    const offenders = walk(join(root, "src"))
      .filter((f) => /T_\$\{/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f).replace(/\\/g, "/"));
    expect(offenders).toEqual(["src/domain/plan/table-names.ts"]);
  });
});
