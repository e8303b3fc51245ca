import type { IsoDate } from "../domain/model";
import { runPipeline } from "../domain/pipeline/pipeline";
import { reportModules } from "../domain/reports";
import { parseArgs, todayIso, USAGE } from "./args";
import { runBokslut } from "./run-bokslut";
import { runMall } from "./run-mall";
import { runMappning } from "./run-mappning";
import { EXIT, runRapport, type RapportDeps } from "./run-rapport";

/** Injectable parts of the CLI (tests capture output and fix "today"). */
export interface CliIo extends RapportDeps {
  today: () => IsoDate;
  /** Report kinds `--rapporter` accepts (default: the pipeline's report modules). */
  reports: readonly { kind: string; label: string }[];
}

function defaultIo(): CliIo {
  return {
    runPipeline,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    today: () => todayIso(),
    reports: reportModules,
  };
}

/** Usage text followed by the report kinds `--rapporter` accepts. */
export function usageWithReports(reports: CliIo["reports"]): string {
  const lines = reports.map((r) => `  ${r.kind.padEnd(22)} ${r.label}`);
  return `${USAGE}\nRapporttyper för --rapporter (Valideringsrapport skrivs alltid):\n${lines.join("\n")}\n`;
}

/**
 * Entry point of `finsam` (src/cli/finsam.cjs calls it with process.argv.slice(2)).
 * Commands: `rapport` (run-rapport.ts), `mall` (run-mall.ts), `bokslut` (run-bokslut.ts) and `mappning` (run-mappning.ts).
 * Returns the exit code: 0 klart, 1 rapporterna skrivna men arbetsboken har fel, 2 kommando- eller filfel.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const env: CliIo = { ...defaultIo(), ...io };
  try {
    return await run(argv, env);
  } catch (e) {
    // Never a stack trace or an English message: the file name and what to do. FINSAM_DEBUG=1 shows the details.
    env.stderr(
      "finsam: ett oväntat fel stoppade körningen. Indatafilen är orörd och ingen ofullständig fil lämnades kvar. " +
        "Kontrollera att arbetsboken öppnas i Excel och spara den på nytt; hjälper det inte, skicka kommandot och arbetsboken till Finsams förvaltare.\n",
    );
    if (process.env.FINSAM_DEBUG) env.stderr(`${e instanceof Error ? e.stack : String(e)}\n`);
    return EXIT.usage;
  }
}

async function run(argv: string[], env: CliIo): Promise<number> {
  const parsed = parseArgs(argv, env.today());
  if (!parsed.ok) {
    env.stderr(`finsam: ${parsed.error}\n\n${usageWithReports(env.reports)}`);
    return EXIT.usage;
  }
  const { command } = parsed;
  if (command.kind === "help") {
    env.stdout(usageWithReports(env.reports));
    return EXIT.ok;
  }
  if (command.kind === "mall") return runMall(command, env);
  if (command.kind === "bokslut") return runBokslut(command, env);
  if (command.kind === "mappning") return runMappning(command, env);
  const known = new Set(env.reports.map((r) => r.kind));
  const unknown = (command.rapporter ?? []).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const list = env.reports.map((r) => r.kind).join(", ");
    env.stderr(`finsam: okänd rapporttyp ${unknown.map((k) => `"${k}"`).join(", ")}. Tillgängliga: ${list}.\n`);
    return EXIT.usage;
  }
  return runRapport(command, env);
}
