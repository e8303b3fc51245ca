import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { readSie } from "../../../src/domain/ledger/sie-read";
import type { RawSheet } from "../../../src/domain/model";

/**
 * Utfall from the ledger (domain.md §3.7): the Uppsala 2024-06-30 SIE fixture books samverkansinsatser on projekt
 * objekt (Jobbcentrum 955 000, Framsteget 1 804 000, Lokussamordnare Uppsala 199 000 kr). With only an Insatser sheet,
 * the förbrukningskvot reproduces §3.1: 955 / 1 326 → 72 %, 1 804 / 1 940 → 93 %, 199 / 180 → 110 %.
 */

const sie = () =>
  readSie(
    iconv.decode(readFileSync(path.join(__dirname, "../../fixtures/ledger/uppsala-2024-06-30.se")), "cp437"),
    "uppsala-2024-06-30.se",
  );
const insatser: RawSheet = {
  name: "Insatser",
  origin: { row: 0, col: 0 },
  values: [
    ["Insats", "Typ", "Insatsägare", "Start", "Slut", "Budget 2024 (kr)"],
    ["Jobbcentrum", "Individ", "Uppsala kommun", "2020-01-01", "2026-12-31", 2_652_000],
    ["Framsteget", "Individ", "Region Uppsala", "2020-01-01", "2026-12-31", 3_880_000],
    ["Lokussamordnare Uppsala", "Struktur", "Uppsala kommun", "2022-01-01", "2026-12-31", 360_000],
    ["Övriga samverkansinsatser", "Övrig", "Förbundet", "2020-01-01", "2026-12-31", 13_340_000],
  ],
};
const options = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" };

interface Kvot {
  rader: { insats: string; utfall: number; kvot?: number }[];
}

describe("utfall per insats from the SIE file", () => {
  it("feeds the förbrukningskvot without an Utfall sheet", () => {
    const res = runPipeline([insatser], { ...options, ledger: sie() });
    const kvot = res.results.forbrukningskvot as Kvot;
    const pct = (n: string) => Math.round((kvot.rader.find((r) => r.insats === n)?.kvot ?? 0) * 100);
    expect([pct("Jobbcentrum"), pct("Framsteget"), pct("Lokussamordnare Uppsala")]).toEqual([72, 93, 110]);
    expect(kvot.rader.find((r) => r.insats === "Jobbcentrum")?.utfall).toBeCloseTo(955_000, 6);
    expect(res.issues.some((i) => i.code === "UTFALL_UR_BOKFORINGEN")).toBe(true);
    expect(res.issues.some((i) => i.code === "SAKNAT_BLAD")).toBe(false);
  });

  it("without the SIE file there is no utfall (the same workbook)", () => {
    const res = runPipeline([insatser], options);
    expect(res.issues.some((i) => i.code === "SAKNAT_BLAD" && i.message.includes("Utfall"))).toBe(true);
  });

  it("when the workbook also has an Utfall sheet, a difference per insats is a finding on the insats' Utfall row", () => {
    const utfall: RawSheet = {
      name: "Utfall",
      origin: { row: 0, col: 0 },
      values: [
        ["Post", "Period", "Utfall (kr)"],
        ["Jobbcentrum", "2024-H1", 950_000],
        ["Framsteget", "2024-H1", 1_804_000],
      ],
    };
    const res = runPipeline([insatser, utfall], { ...options, ledger: sie() });
    const f = res.issues.filter((i) => i.code === "UTFALL_SKILJER");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Utfall", cell: "A2" });
    expect(f[0].message).toContain("Jobbcentrum");
    expect(f[0].message).toMatch(/skillnad −5\s000 kr/);
    expect(res.issues.some((i) => i.code === "UTFALL_UR_BOKFORINGEN")).toBe(false);
  });
});
