import type { IsoDate } from "../domain/model";
import type { MappningCommand } from "./run-mappning";

/** Command-line arguments of `finsam`, parsed into a command or a Swedish usage error. */

export interface RapportCommand {
  kind: "rapport";
  input: string;
  output: string;
  fran: IsoDate;
  till: IsoDate;
  idag: IsoDate;
  json?: string;
  /** Report kinds to produce; undefined = all. */
  rapporter?: string[];
  /** A SIE 4 file whose ledger feeds the bokslut report (`--sie`). */
  sie?: string;
  /** A mapping file written by `finsam mappning` (and edited): used instead of detection. */
  mappning?: string;
  /** `--scenario <namn>`: the Nästa år scenario next year's Bidrag per medlem follows (resolved in run-rapport.ts). */
  scenario?: string;
}

/** `finsam bokslut FIL.se --till … --ut …`: the bokslut sheets from a SIE 4 file (run-bokslut.ts). */
export interface BokslutCommand {
  kind: "bokslut";
  sie: string;
  output: string;
  fran: IsoDate;
  till: IsoDate;
  idag: IsoDate;
  /** Workbook whose Kontoplan/Utfall/Inställningar sheets are used; a copy of it is written. */
  input?: string;
  json?: string;
}

/** `finsam mall`: the standard template sheets into a new workbook, or into a copy of --in. */
export interface MallCommand {
  kind: "mall";
  output: string;
  /** Workbook to start from (a copy is written; its sheets are never changed). */
  input?: string;
  /** Date of the examples (their räkenskapsår) and of the templates' keys. */
  idag: IsoDate;
  forbund?: string;
}

export type Command = { kind: "help" } | RapportCommand | MallCommand | BokslutCommand | MappningCommand;

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string };

export const USAGE = `Finsam för Excel – rapporter för samordningsförbund från en .xlsx-fil (eller en CSV-fil från Excel)

Användning:
  finsam rapport <in.xlsx> --till ÅÅÅÅ-MM-DD --ut <ut.xlsx> [flaggor]
  finsam mall <ut.xlsx> [--in <in.xlsx>] [--idag ÅÅÅÅ-MM-DD] [--forbund <namn>]
  finsam bokslut <fil.se> --till ÅÅÅÅ-MM-DD --ut <ut.xlsx> [--in <in.xlsx>] [--json <fil>]
  finsam mappning <in.xlsx> --ut <mappning.json>
  finsam --help

Kommandon:
  rapport   Läser arbetsboken, räknar fram rapporterna och skriver dem som nya blad
            i en KOPIA av arbetsboken (--ut). Indatafilen ändras aldrig.
  mall      Skriver standardmallarna (Insatser, Budget, Utfall, Rekvisitioner, Deltagare,
            Medlemmar, Inställningar) som Excel-tabeller med vallistor, exempelrader och
            korta instruktioner: i en ny arbetsbok, eller med --in i en KOPIA av en
            arbetsbok där bara de mallar som saknas läggs till. Befintliga blad ändras aldrig.
  mappning  Skriver hur arbetsbokens egna blad känns igen (bladtyper, kolumner, perioder,
            enheter, alias) som läsbar JSON med säkerhet per del. Rätta filen och använd
            den med rapport --mappning; samma fil fungerar varje kvartal.

Flaggor för rapport:
  --till ÅÅÅÅ-MM-DD      Periodens sista dag, t.ex. 2024-06-30 (krävs).
  --fran ÅÅÅÅ-MM-DD      Periodens första dag (standard: 1 januari samma år som --till).
  --ut <ut.xlsx>         Filen som skrivs (krävs; får inte vara indatafilen).
  --json <fil>           Skriv även resultat, valideringsfel och skrivna blad som JSON.
  --rapporter a,b        Bara dessa rapporttyper, t.ex. forbrukningskvot,driftsredovisning.
  --sie <fil.se>         Läs även bokföringen ur en SIE 4-fil: bokslutsbladen och utfall per insats.
  --idag ÅÅÅÅ-MM-DD      Datum i rapporternas rubrikrader (standard: dagens datum).
  --mappning <fil.json>  Läs bladen med denna mappning (från finsam mappning) i stället för
                         att känna igen dem på nytt.
  --scenario <namn>      Skriv även nästa års medlemsbidrag per medlem enligt ett Nästa år-
                         scenario i arbetsboken: flerårsprognosens kolumn för nästa år (t.ex.
                         "Prel 2025") eller ett scenario som sparats i Finsam-fönstret.
                         Bladet heter "Bidrag ÅÅÅÅ <namn>"; Försäkringskassan betalar hela
                         statens hälft. Okänt namn ger slutkod 2 och en lista över scenarierna.
  -h, --help             Visa den här hjälpen.

Flaggor för mall:
  --in <in.xlsx>         Arbetsbok att utgå från (ändras aldrig). Blad som redan finns, och
                         slag av blad som arbetsboken redan har i egen layout, får ingen mall.
  --idag ÅÅÅÅ-MM-DD      Datum för exempelraderna; deras räkenskapsår blir datumets år
                         (standard: dagens datum).
  --forbund <namn>       Förbundets namn i mallarnas rubriker.

Kommandot bokslut läser en SIE 4-fil (#FORMAT PC8 avkodas som teckentabell 437) och skriver
Resultaträkning, Balansräkning, Kassaflödesanalys, Noter och Kontroller bokslut i en ny arbetsbok,
eller med --in i en kopia av arbetsboken (dess blad Kontoplan, Utfall och Inställningar används).

Slutkod: 0 = klart, 1 = rapporterna skrevs men arbetsboken har fel (se listan),
         2 = felaktigt kommando, eller en fil som inte kan läsas eller skrivas.

Exempel:
  finsam rapport budget.xlsx --till 2024-06-30 --ut budget-rapporter.xlsx
  finsam rapport budget.xlsx --till 2024-06-30 --ut rapporter.xlsx --scenario "Prel 2025"
  finsam mall mallar.xlsx --forbund "Samordningsförbundet Uppsala län"
`;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written ÅÅÅÅ-MM-DD (2024-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Today's local date as ÅÅÅÅ-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Flag names (with accepted spellings) → canonical key. */
const FLAGS: Record<string, string> = {
  "--till": "till",
  "--fran": "fran",
  "--från": "fran",
  "--ut": "ut",
  "--json": "json",
  "--rapporter": "rapporter",
  "--idag": "idag",
  "--sie": "sie",
  "--mappning": "mappning",
  "--scenario": "scenario",
};

const BOKSLUT_FLAGS: Record<string, string> = {
  "--till": "till",
  "--fran": "fran",
  "--från": "fran",
  "--ut": "ut",
  "--json": "json",
  "--idag": "idag",
  "--in": "in",
};

const MALL_FLAGS: Record<string, string> = {
  "--in": "in",
  "--idag": "idag",
  "--forbund": "forbund",
  "--förbund": "forbund",
};

type Flags = { ok: true; flags: Record<string, string>; positional: string[] } | { ok: false; error: string } | { ok: "help" };

/** Flags (`--x v` or `--x=v`) and positional arguments; an unknown, repeated or empty flag is an error. */
function splitArgs(rest: string[], known: Record<string, string>): Flags {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "-h" || arg === "--help") return { ok: "help" };
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const key = known[name];
    if (!key) return { ok: false, error: `Okänd flagga ${name}.` };
    if (key in flags) return { ok: false, error: `Flaggan ${name} är angiven två gånger.` };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
      return { ok: false, error: `Flaggan ${name} saknar värde.` };
    }
    flags[key] = value;
  }
  return { ok: true, flags, positional };
}

function parseMall(rest: string[], today: IsoDate): ParseResult {
  const split = splitArgs(rest, MALL_FLAGS);
  if (split.ok === "help") return { ok: true, command: { kind: "help" } };
  if (!split.ok) return split;
  const { flags, positional } = split;
  if (positional.length === 0) return { ok: false, error: "Ange filen som mallarna ska skrivas till, t.ex. finsam mall mallar.xlsx." };
  if (positional.length > 1)
    return { ok: false, error: `En utfil åt gången (fick ${positional.join(", ")}); ange arbetsboken att utgå från med --in.` };
  if (flags.idag !== undefined && !isIsoDate(flags.idag)) {
    return { ok: false, error: `--idag ${flags.idag} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-06-30.` };
  }
  const command: MallCommand = { kind: "mall", output: positional[0], idag: flags.idag ?? today };
  if (flags.in) command.input = flags.in;
  if (flags.forbund?.trim()) command.forbund = flags.forbund.trim();
  return { ok: true, command };
}

function parseMappning(rest: string[]): ParseResult {
  const split = splitArgs(rest, { "--ut": "ut" });
  if (split.ok === "help") return { ok: true, command: { kind: "help" } };
  if (!split.ok) return split;
  if (split.positional.length !== 1)
    return { ok: false, error: "Ange en arbetsbok, t.ex. finsam mappning budget.xlsx --ut mappning.json." };
  if (!split.flags.ut) return { ok: false, error: "--ut saknas: ange filen som mappningen ska skrivas till, t.ex. --ut mappning.json." };
  return { ok: true, command: { kind: "mappning", input: split.positional[0], output: split.flags.ut } };
}

function parseRapport(rest: string[], today: IsoDate): ParseResult {
  const split = splitArgs(rest, FLAGS);
  if (split.ok === "help") return { ok: true, command: { kind: "help" } };
  if (!split.ok) return split;
  const { flags, positional } = split;
  if (positional.length === 0) return { ok: false, error: "Ange arbetsboken som ska läsas, t.ex. finsam rapport budget.xlsx …" };
  if (positional.length > 1) return { ok: false, error: `En indatafil åt gången (fick ${positional.join(", ")}).` };
  if (!flags.till) return { ok: false, error: "--till saknas: ange periodens sista dag, t.ex. --till 2024-06-30." };
  if (!flags.ut) return { ok: false, error: "--ut saknas: ange filen som rapporterna ska skrivas till, t.ex. --ut rapporter.xlsx." };
  for (const k of ["till", "fran", "idag"]) {
    const v = flags[k];
    if (v !== undefined && !isIsoDate(v))
      return { ok: false, error: `--${k} ${v} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-06-30.` };
  }
  const till = flags.till;
  const fran = flags.fran ?? `${till.slice(0, 4)}-01-01`;
  if (fran > till) return { ok: false, error: `--fran ${fran} ligger efter --till ${till}.` };
  const rapporter = flags.rapporter
    ?.split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (flags.rapporter !== undefined && (!rapporter || rapporter.length === 0)) {
    return { ok: false, error: "--rapporter är tom; ange t.ex. --rapporter forbrukningskvot,driftsredovisning." };
  }
  if (flags.scenario !== undefined && !flags.scenario.trim()) return { ok: false, error: "Flaggan --scenario saknar värde." };
  if (flags.scenario !== undefined && rapporter && !rapporter.includes("bidrag")) {
    return {
      ok: false,
      error: `--scenario gäller medlemsbidraget per medlem, men --rapporter ${rapporter.join(",")} saknar bidrag; lägg till bidrag i listan.`,
    };
  }
  const command: RapportCommand = { kind: "rapport", input: positional[0], output: flags.ut, fran, till, idag: flags.idag ?? today };
  if (flags.json) command.json = flags.json;
  if (rapporter) command.rapporter = rapporter;
  if (flags.sie) command.sie = flags.sie;
  if (flags.mappning) command.mappning = flags.mappning;
  if (flags.scenario) command.scenario = flags.scenario.trim();
  return { ok: true, command };
}

function parseBokslut(rest: string[], today: IsoDate): ParseResult {
  const split = splitArgs(rest, BOKSLUT_FLAGS);
  if (split.ok === "help") return { ok: true, command: { kind: "help" } };
  if (!split.ok) return split;
  const { flags, positional } = split;
  if (positional.length !== 1)
    return { ok: false, error: "Ange en SIE-fil, t.ex. finsam bokslut bokforing.se --till 2024-06-30 --ut bokslut.xlsx." };
  if (!flags.till) return { ok: false, error: "--till saknas: ange periodens sista dag, t.ex. --till 2024-06-30." };
  if (!flags.ut) return { ok: false, error: "--ut saknas: ange filen som bokslutet ska skrivas till, t.ex. --ut bokslut.xlsx." };
  for (const k of ["till", "fran", "idag"]) {
    const v = flags[k];
    if (v !== undefined && !isIsoDate(v))
      return { ok: false, error: `--${k} ${v} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-06-30.` };
  }
  const fran = flags.fran ?? `${flags.till.slice(0, 4)}-01-01`;
  if (fran > flags.till) return { ok: false, error: `--fran ${fran} ligger efter --till ${flags.till}.` };
  const command: BokslutCommand = {
    kind: "bokslut",
    sie: positional[0],
    output: flags.ut,
    fran,
    till: flags.till,
    idag: flags.idag ?? today,
  };
  if (flags.in) command.input = flags.in;
  if (flags.json) command.json = flags.json;
  return { ok: true, command };
}

/** argv without "node finsam" → command; `today` is injected so tests are reproducible. */
export function parseArgs(argv: string[], today: IsoDate = todayIso()): ParseResult {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return { ok: false, error: "Ange ett kommando." };
  if (cmd === "-h" || cmd === "--help" || cmd === "hjalp" || cmd === "hjälp") return { ok: true, command: { kind: "help" } };
  if (cmd === "rapport") return parseRapport(rest, today);
  if (cmd === "mall" || cmd === "mallar") return parseMall(rest, today);
  if (cmd === "bokslut") return parseBokslut(rest, today);
  if (cmd === "mappning") return parseMappning(rest);
  return { ok: false, error: `Okänt kommando "${cmd}". Tillgängliga kommandon: rapport, mall, bokslut, mappning.` };
}
