import type { CellValue } from "../../model/raw";
import { closestName, normalizeName } from "../../text/names";
import { AVSLUTNINGSORSAK_TEXT, UTBILDNING_TEXT, type Avslutningsorsak, type Kon, type Utbildning } from "../../model/deltagare";
import { parseSvNumber } from "../../text/sv-number";

/**
 * Category values of the Deltagare sheet and how förbund write them. Every lookup is cached by the
 * text as written, so 100 000 rows cost one normalisation per distinct value.
 */

export type VardeParse<T> = { kind: "ok"; value: T } | { kind: "empty" } | { kind: "unknown"; suggestion?: string };

const EMPTY = { kind: "empty" } as const;

/** A closed list of values with synonyms; unknown values get the closest allowed label as suggestion. */
export class Vocabulary<T> {
  private readonly bySynonym = new Map<string, T>();
  private readonly cache = new Map<string, VardeParse<T>>();
  /** Labels offered in messages, e.g. "Grundskola, Gymnasium, …". */
  readonly labels: string[];
  private readonly suggestionNames: string[] = [];
  private readonly suggestionLabel = new Map<string, string>();

  constructor(entries: readonly (readonly [T, string, readonly string[]])[]) {
    this.labels = entries.map((e) => e[1]);
    for (const [value, label, synonyms] of entries) {
      for (const s of [label, ...synonyms]) {
        const key = normalizeName(s);
        if (!this.bySynonym.has(key)) this.bySynonym.set(key, value);
        if (s.length > 2) {
          this.suggestionNames.push(s);
          this.suggestionLabel.set(s, label);
        }
      }
    }
  }

  parse(v: CellValue | undefined): VardeParse<T> {
    if (v === null || v === undefined) return EMPTY;
    const text = typeof v === "string" ? v : String(v);
    let hit = this.cache.get(text);
    if (hit) return hit;
    const key = normalizeName(text);
    if (key === "") hit = EMPTY;
    else {
      const value = this.bySynonym.get(key);
      if (value !== undefined) hit = { kind: "ok", value };
      else {
        const near = closestName(text, this.suggestionNames);
        hit = { kind: "unknown", suggestion: near === undefined ? undefined : this.suggestionLabel.get(near) };
      }
    }
    this.cache.set(text, hit);
    return hit;
  }
}

export const KON = new Vocabulary<Kon>([
  ["K", "K", ["Kvinna", "Kvinnor", "Kv", "F", "Flicka", "Tjej", "Female", "W"]],
  ["M", "M", ["Man", "Män", "Pojke", "Kille", "Male"]],
]);

const orsak = (o: Avslutningsorsak, synonyms: string[]) => [o, AVSLUTNINGSORSAK_TEXT[o], synonyms] as const;

export const AVSLUTNINGSORSAK = new Vocabulary<Avslutningsorsak>([
  orsak("subventionerat_arbete", [
    "Arbete med subvention",
    "Subventionerad anställning",
    "Arbete subventionerat",
    "Arbete med stöd",
    "Anställning med stöd",
    "Lönebidrag",
    "Lönestöd",
    "Nystartsjobb",
    "Introduktionsjobb",
    "Trygghetsanställning",
  ]),
  orsak("ej_subventionerat_arbete", [
    "Osubventionerat arbete",
    "Arbete utan subvention",
    "Arbete ej subventionerat",
    "Osubventionerad anställning",
    "Reguljärt arbete",
    "Arbete",
    "Anställning",
  ]),
  orsak("eget_foretag", ["Startat eget", "Startat eget företag", "Egen företagare", "Företagare"]),
  orsak("studier", ["Studerande", "Utbildning", "Reguljära studier", "Studier/utbildning", "Börjat studera"]),
  orsak("aktivt_arbetssokande", ["Arbetssökande", "Aktivt arbetssökande hos AF", "Arbetssökande på Arbetsförmedlingen"]),
  orsak("fortsatt_rehabilitering", ["Rehabilitering", "Fortsatt rehab", "Annan insats", "Vidare till annan insats"]),
  orsak("sjukdom", ["Sjukskrivning", "Sjukskriven", "Ohälsa", "Sjuk"]),
  orsak("foraldraledighet", ["Föräldraledig"]),
  orsak("flytt", ["Flyttat", "Flyttar", "Flyttat från kommunen"]),
  orsak("ovrigt", ["Övrig", "Annat", "Annan orsak", "Avbrott", "Avbrutit"]),
]);

const utb = (u: Utbildning, synonyms: string[]) => [u, UTBILDNING_TEXT[u], synonyms] as const;

export const UTBILDNING = new Vocabulary<Utbildning>([
  utb("grundskola", ["Högst grundskola", "Förgymnasial", "Förgymnasial utbildning", "Grundskoleutbildning", "Grundskolenivå"]),
  utb("gymnasium", ["Gymnasial", "Gymnasial utbildning", "Gymnasieskola", "Gymnasieutbildning", "Gymnasienivå"]),
  utb("eftergymnasial", [
    "Eftergymnasial utbildning",
    "Högskola",
    "Universitet",
    "Högskola/universitet",
    "Yrkeshögskola",
    "Eftergymnasial nivå",
  ]),
  utb("saknas", ["Ingen", "Ingen utbildning", "Ingen formell utbildning", "Ingen skolgång", "Utbildning saknas"]),
  utb("okand", ["Okänt", "Vet ej", "Uppgift saknas", "Ej känd"]),
]);

/**
 * The Anonym column: "Ja" and the ways förbund mark an anonymously registered participant ("Ej samtycke",
 * "Skyddad identitet", "Anonym") → true; "Nej", "Samtycke" → false.
 */
export const ANONYM = new Vocabulary<boolean>([
  [
    true,
    "Ja",
    [
      "J",
      "X",
      "1",
      "Sant",
      "True",
      "Yes",
      "Anonym",
      "Anonymt",
      "Anonymt registrerad",
      "Ej samtycke",
      "Inget samtycke",
      "Saknar samtycke",
      "Skyddad identitet",
      "Skyddad",
      "Sekretessmarkerad",
      "Sekretess",
    ],
  ],
  [false, "Nej", ["N", "0", "Falskt", "False", "No", "Samtycke", "Samtycke finns", "Har samtycke", "Ej anonym", "Inte anonym"]],
]);

/** IDs that mark an anonymously registered participant instead of identifying one ("Anonym", "Ej samtycke"). */
const ANONYMA_ID = new Set([
  "anonym",
  "anonymt",
  "anonymdeltagare",
  "anonymregistrerad",
  "ejsamtycke",
  "ingetsamtycke",
  "saknarsamtycke",
  "skyddadidentitet",
  "skyddad",
  "sekretess",
  "sekretessmarkerad",
]);

export function isAnonymId(id: string): boolean {
  // A pseudonymised ID has digits or is short; the markers are words (cheap test first: 100 000 rows).
  if (id.length < 6 || /\d/.test(id)) return false;
  return ANONYMA_ID.has(normalizeName(id).replace(/[^a-z0-9]/g, ""));
}

/**
 * The legend of a coded kön column from its header: "Kön (1=man, 2=kvinna)" → 1 → M, 2 → K. Undefined when the
 * header names no codes.
 */
export function konLegend(header: CellValue | undefined): Map<string, Kon> | undefined {
  if (typeof header !== "string") return undefined;
  const out = new Map<string, Kon>();
  const re = /(\d)\s*[=:]\s*(kvinn\w*|kv|k|flick\w*|man|män|m|pojk\w*)\b/gi;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const kon = KON.parse(m[2]);
    if (kon.kind === "ok") out.set(m[1], kon.value);
  }
  return out.size > 0 ? out : undefined;
}

/** SCB's and the personnummer's coding when the header gives no legend: 1 = man, 2 = kvinna. */
export const KON_KODER_SCB: ReadonlyMap<string, Kon> = new Map<string, Kon>([
  ["1", "M"],
  ["2", "K"],
]);

export const JA_NEJ = new Vocabulary<boolean>([
  [true, "Ja", ["J", "X", "1", "Sant", "True", "Yes"]],
  [false, "Nej", ["N", "0", "Falskt", "False", "No"]],
]);

/**
 * Sysselsättningsgrad as a fraction: "75 %" → 0,75; 75 → 0,75 (numbers above 1 are percent); 0,75 → 0,75;
 * "Heltid" → 1. Null = unreadable or outside 0–100 %.
 */
export function parseSysselsattningsgrad(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "string" && normalizeName(v) === "heltid") return 1;
  const p = parseSvNumber(v);
  if (p.kind === "empty") return undefined;
  if (p.kind !== "number") return null;
  const x = p.unitFactor === 0.01 || p.value <= 1 ? p.value : p.value / 100;
  return x >= 0 && x <= 1 + 1e-9 ? x : null;
}

const AT_LEAST_RE = /^(?:≥|>=|>|minst|över|mer än|fler än)\s*(\d+(?:[.,]\d+)?)\s*(?:år)?$/;
const OR_MORE_RE = /^(\d+(?:[.,]\d+)?)\s*(?:år)?\s*(?:\+|eller mer|eller fler|och mer|och över)$/;
const BELOW_RE = /^(?:<|under|mindre än)\s*(\d+(?:[.,]\d+)?)\s*(?:år)?$/;

/**
 * År i offentlig försörjning: a number of years, or "≥ 3", "3+", "minst 3 år", "3 år eller mer" (→ 3),
 * "under 1 år", "< 1" (→ half the bound). Null = unreadable.
 */
export function parseArIOffentligForsorjning(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return plausibleYears(v);
  const p = parseSvNumber(v);
  if (p.kind === "empty") return undefined;
  if (p.kind === "number") return p.unitFactor === undefined ? plausibleYears(p.value) : null;
  const s = String(v).trim().toLowerCase().replace(/\s+/g, " ");
  const num = (x: string) => Number(x.replace(",", "."));
  let m = AT_LEAST_RE.exec(s) ?? OR_MORE_RE.exec(s);
  if (m) return plausibleYears(num(m[1]));
  m = BELOW_RE.exec(s);
  if (m) return plausibleYears(num(m[1]) / 2);
  return null;
}

/** A number of years a person can have lived on försörjning: finite, 0–100 (∞, NaN or 250 år is a typo → null). */
function plausibleYears(n: number): number | null {
  return Number.isFinite(n) && n >= 0 && n <= MAX_AR_I_FORSORJNING ? n : null;
}

const MAX_AR_I_FORSORJNING = 100;

/** A whole number in [min, max] (födelseår, ålder), or null. */
export function parseWholeNumber(v: CellValue | undefined, min: number, max: number): number | null | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return Number.isInteger(v) && v >= min && v <= max ? v : null;
  const p = parseSvNumber(v);
  if (p.kind === "empty") return undefined;
  if (p.kind !== "number" || p.unitFactor !== undefined) return null;
  const n = Math.round(p.value);
  return Math.abs(n - p.value) < 1e-9 && n >= min && n <= max ? n : null;
}
