import { schemaIssueText } from "../model/zod-text";
import { z } from "zod";
import { issue, type Issue } from "../issues/issue";
import type { IssueCode } from "../issues/issue";
import { closestName, normalizeName } from "../text/names";
import { formatTkr } from "../text/format";
import {
  computeBeslutsutrymme,
  representativeColumn,
  type BeslutsutrymmeModel,
  type BeslutsutrymmePost,
  type BeslutsutrymmeResult,
  type PostGrupp,
} from "./beslutsutrymme";

/**
 * What-if levers on a beslutsutrymme model (domain.md §3.5). Amounts in kronor; `procent` as a fraction
 * (0,02 = +2 %). Levers are plain JSON so named scenarios can be kept in the workbook's settings.
 */
const year = z.number().int().min(1900).max(2200);
const amount = z.number().finite();
export const leverSchema = z.discriminatedUnion("kind", [
  /** Medlemsavgifter of one year: set to `belopp`, or change by `procent` (exactly one of them). */
  z
    .object({ kind: z.literal("medlemsavgifter"), ar: year, belopp: amount.optional(), procent: amount.optional() })
    .refine((l) => (l.belopp === undefined) !== (l.procent === undefined), { message: "ange antingen belopp eller procent" }),
  /**
   * Förvaltning grows by `procent` a year, compounded from the best estimate of the last year before `franAr`
   * (default: the model's second year): förvaltning(y) = förvaltning(basår) × (1 + procent)^(y − basår).
   */
  z.object({ kind: z.literal("forvaltning-tillvaxt"), procent: amount, franAr: year.optional() }),
  /** Assumed prognostiserade ej nyttjade medel of one year (positive kronor; lowers the costs). */
  z.object({ kind: z.literal("ej-nyttjade"), ar: year, belopp: amount }),
  /** A candidate ansökan: a new insats with yearly amounts ({"2025": 500000}). */
  z.object({
    kind: z.literal("ansokan"),
    namn: z.string().min(1),
    agare: z.string(),
    belopp: z.record(z.string().regex(/^\d{4}$/), amount),
  }),
  /** Switch an insats off (all its amounts removed). `agare` is needed when two insatser share a name. */
  z.object({ kind: z.literal("insats-av"), namn: z.string().min(1), agare: z.string().optional() }),
  /** Shift an insats `ar` years (+1 = one year later; amounts past the last year fall out of the model). */
  z.object({ kind: z.literal("insats-flytta"), namn: z.string().min(1), agare: z.string().optional(), ar: z.number().int() }),
]);
export type Lever = z.infer<typeof leverSchema>;

export const scenarioSchema = z.object({ name: z.string().min(1), levers: z.array(leverSchema) });
export type Scenario = z.infer<typeof scenarioSchema>;

export interface WhatIfResult {
  model: BeslutsutrymmeModel;
  result: BeslutsutrymmeResult;
  /** Levers that could not be applied as written (unknown insats, year outside the model …). */
  issues: Issue[];
}

/**
 * Applies a scenario's levers in order to a COPY of the model and recomputes it (pure; no Excel round
 * trip). Example: Uppsala with ej nyttjade medel 1 300 tkr in Prel 2025 → kvarvarande 2025 = 1 331 + 1 300
 * = 2 631 tkr, and every later year 1 300 tkr higher.
 */
export function applyScenario(model: BeslutsutrymmeModel, scenario: Scenario): WhatIfResult {
  const m: BeslutsutrymmeModel = {
    ...model,
    kolumner: [...model.kolumner],
    poster: model.poster.map((p) => ({ ...p, belopp: [...p.belopp] })),
  };
  const issues: Issue[] = [];
  const warn = (code: IssueCode, message: string): void =>
    void issues.push(issue("varning", code, "", "", `Scenario "${scenario.name}": ${message}`));
  const columnsOf = (ar: number): number[] => m.kolumner.map((k, i) => (k.ar === ar ? i : -1)).filter((i) => i >= 0);
  for (const lever of scenario.levers) {
    switch (lever.kind) {
      case "medlemsavgifter": {
        const cols = columnsOf(lever.ar);
        if (cols.length === 0) {
          warn("WHATIF_AR_SAKNAS", `året ${lever.ar} finns inte i modellen.`);
          break;
        }
        const posts = postsOf(m, "medlemsavgifter", "Medlemsavgifter");
        for (const i of cols) {
          if (lever.belopp !== undefined) posts.forEach((p, k) => (p.belopp[i] = k === 0 ? (lever.belopp ?? 0) : null));
          else posts.forEach((p) => (p.belopp[i] = p.belopp[i] === null ? null : (p.belopp[i] ?? 0) * (1 + (lever.procent ?? 0))));
        }
        break;
      }
      case "forvaltning-tillvaxt": {
        const years = [...new Set(m.kolumner.map((k) => k.ar))].sort((a, b) => a - b);
        const fran = lever.franAr ?? years[1] ?? years[0];
        const baseYear = Math.max(...years.filter((y) => y < fran));
        const base = representativeColumn(m.kolumner, baseYear);
        if (base < 0) {
          warn("WHATIF_AR_SAKNAS", `det finns inget år före ${fran} att räkna förvaltningens tillväxt från.`);
          break;
        }
        for (const p of m.poster.filter((x) => x.grupp === "forvaltning")) {
          const b = p.belopp[base] ?? 0;
          m.kolumner.forEach((k, i) => {
            if (k.ar >= fran) p.belopp[i] = b * (1 + lever.procent) ** (k.ar - baseYear);
          });
        }
        break;
      }
      case "ej-nyttjade": {
        const cols = columnsOf(lever.ar);
        if (cols.length === 0) {
          warn("WHATIF_AR_SAKNAS", `året ${lever.ar} finns inte i modellen.`);
          break;
        }
        const [post] = postsOf(m, "ej-nyttjade", "Prognostiserade ej nyttjade medel");
        for (const i of cols) post.belopp[i] = -Math.abs(lever.belopp);
        break;
      }
      case "ansokan": {
        const belopp = m.kolumner.map((k) => lever.belopp[String(k.ar)] ?? null);
        const outside = Object.keys(lever.belopp).filter((y) => columnsOf(Number(y)).length === 0);
        if (outside.length > 0)
          warn(
            "WHATIF_AR_SAKNAS",
            `ansökan "${lever.namn}" har belopp för ${outside.join(", ")}, som inte finns i modellen; de räknas inte.`,
          );
        m.poster.push({ namn: lever.namn, agare: lever.agare, grupp: "insats", belopp, kandidat: true, andring: "Ny ansökan" });
        break;
      }
      case "insats-av":
      case "insats-flytta": {
        const post = findInsats(m, lever.namn, lever.agare, warn);
        if (!post) break;
        if (lever.kind === "insats-av") {
          post.belopp = post.belopp.map(() => null);
          post.andring = "Avstängd";
        } else {
          shiftInsats(m, post, lever.ar, warn);
        }
        break;
      }
    }
  }
  return { model: m, result: computeBeslutsutrymme(m), issues };
}

/** Posts of a group; adds an empty one (at the end of its group) when there is none. */
function postsOf(m: BeslutsutrymmeModel, grupp: PostGrupp, namn: string): BeslutsutrymmePost[] {
  const found = m.poster.filter((p) => p.grupp === grupp);
  if (found.length > 0) return found;
  const post: BeslutsutrymmePost = { namn, grupp, belopp: m.kolumner.map(() => null), andring: "Tillagd" };
  const lastSame = m.poster.map((p) => p.grupp).lastIndexOf(grupp === "ej-nyttjade" ? "insats" : grupp);
  m.poster.splice(lastSame < 0 ? m.poster.length : lastSame + 1, 0, post);
  return [post];
}

function findInsats(
  m: BeslutsutrymmeModel,
  namn: string,
  agare: string | undefined,
  warn: (c: IssueCode, msg: string) => void,
): BeslutsutrymmePost | undefined {
  const insatser = m.poster.filter((p) => p.grupp === "insats");
  let hits = insatser.filter((p) => normalizeName(p.namn) === normalizeName(namn));
  if (agare !== undefined) hits = hits.filter((p) => normalizeName(p.agare ?? "") === normalizeName(agare));
  if (hits.length === 1) return hits[0];
  if (hits.length > 1) {
    warn("WHATIF_INSATS_TVETYDIG", `${hits.length} insatser heter "${namn}" (${hits.map((p) => p.agare).join(", ")}); ange insatsägare.`);
    return undefined;
  }
  const suggestion = closestName(
    namn,
    insatser.map((p) => p.namn),
  );
  warn(
    "WHATIF_OKAND_INSATS",
    `insatsen "${namn}"${agare ? ` (${agare})` : ""} finns inte.${suggestion ? ` Menade du "${suggestion}"?` : ""}`,
  );
  return undefined;
}

/** New amount of a year-y column = the old best-estimate amount of year y − n (null when there is none). */
function shiftInsats(m: BeslutsutrymmeModel, post: BeslutsutrymmePost, n: number, warn: (c: IssueCode, msg: string) => void): void {
  const old = post.belopp;
  const years = [...new Set(m.kolumner.map((k) => k.ar))];
  const lastYear = Math.max(...years);
  const firstYear = Math.min(...years);
  post.belopp = m.kolumner.map((k) => {
    const from = representativeColumn(m.kolumner, k.ar - n);
    return from < 0 ? null : old[from];
  });
  const lost = years
    .filter((y) => y + n > lastYear || y + n < firstYear)
    .reduce((a, y) => a + (old[representativeColumn(m.kolumner, y)] ?? 0), 0);
  if (lost !== 0)
    warn(
      "WHATIF_UTANFOR_MODELLEN",
      `${post.namn} (${post.agare ?? ""}) flyttad ${n > 0 ? "+" : ""}${n} år: ${formatTkr(lost)} hamnar utanför modellens år och räknas inte.`,
    );
  post.andring = `Flyttad ${n > 0 ? "+" : ""}${n} år`;
}

/** JSON text for the workbook's settings: an array of scenarios. */
export function serializeScenarios(scenarios: readonly Scenario[]): string {
  return JSON.stringify(scenarios);
}

/** Reads scenarios kept in the workbook; invalid JSON or entries become issues (never throws). */
export function parseScenarios(json: string | null | undefined): { scenarios: Scenario[]; issues: Issue[] } {
  if (json === null || json === undefined || json.trim() === "") return { scenarios: [], issues: [] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {
      scenarios: [],
      issues: [
        issue("varning", "WHATIF_SCENARIO_OLASBART", "", "", "De sparade scenarierna kunde inte läsas (ogiltig JSON); de visas inte."),
      ],
    };
  }
  const list = Array.isArray(data) ? data : [];
  const scenarios: Scenario[] = [];
  const issues: Issue[] = [];
  list.forEach((entry, i) => {
    const parsed = scenarioSchema.safeParse(entry);
    if (parsed.success) scenarios.push(parsed.data);
    else
      issues.push(
        issue(
          "varning",
          "WHATIF_SCENARIO_OLASBART",
          "",
          "",
          `Sparat scenario nr ${i + 1} kunde inte läsas (${schemaIssueText(parsed.error.issues[0])}); det hoppas över.`,
        ),
      );
  });
  return { scenarios, issues };
}
