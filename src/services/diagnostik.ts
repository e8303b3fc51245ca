/**
 * The Diagnostik service: runs the Excel checks (src/excel/diagnostik.ts) and turns them into a copyable
 * Swedish report with the platform, the Office version and the supported requirement sets.
 */
import { runDiagnostikChecks, type CheckResult, type ExcelApi } from "../excel";

export interface DiagnostikMiljo {
  plattform: string;
  version: string;
  /** Supported requirement sets ("ExcelApi 1.1" …). */
  kravset: string[];
}

export interface DiagnostikRapport {
  miljo: DiagnostikMiljo;
  resultat: CheckResult[];
  /** The whole report as plain text, ready to paste into an e-mail. */
  text: string;
}

const MARK: Record<CheckResult["status"], string> = { ok: "OK", avviker: "AVVIKER", fel: "FEL" };

/** "ExcelApi 1.1–1.17" for a gap-free run of sets, else the list. */
export function kravsetText(sets: readonly string[]): string {
  if (sets.length === 0) return "inga";
  const minors = sets.map((s) => Number(/ExcelApi 1\.(\d+)$/.exec(s)?.[1] ?? NaN));
  const contiguous = minors.every((m, i) => m === minors[0] + i);
  return contiguous && sets.length > 1 ? `ExcelApi 1.${minors[0]}–1.${minors[minors.length - 1]}` : sets.join(", ");
}

export function diagnostikText(miljo: DiagnostikMiljo, resultat: readonly CheckResult[], when: Date): string {
  const avvikelser = resultat.filter((r) => r.status !== "ok").length;
  const summary =
    avvikelser === 0
      ? `Alla ${resultat.length} kontroller gick igenom.`
      : `${avvikelser} av ${resultat.length} kontroller ${avvikelser === 1 ? "avvek" : "avvek"} – skicka rapporten till oss.`;
  return [
    "Finsam för Excel – Diagnostik",
    `Tid: ${when.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `Plattform: ${miljo.plattform}`,
    `Version: ${miljo.version}`,
    `Kravset som stöds: ${kravsetText(miljo.kravset)}`,
    summary,
    "",
    ...resultat.map((r) => `[${MARK[r.status]}] ${r.namn}: ${r.detalj}`),
  ].join("\n");
}

/** Runs the checks against `api` (Office.js or the simulated Excel). */
export async function runDiagnostik(api: ExcelApi, miljo: DiagnostikMiljo, now: () => Date = () => new Date()): Promise<DiagnostikRapport> {
  const resultat = await runDiagnostikChecks(api);
  return { miljo, resultat, text: diagnostikText(miljo, resultat, now()) };
}
