import type { ColumnSpec } from "../text/header";
import { normalizeHeader } from "../text/header";
import type { Measure } from "../model/mapping";

/**
 * Words of the förbund's own budget and utfall tables: key columns (post, insatsägare, period …) and the
 * measure words of amount columns ("Utfall TSEK", "Aktuell budget jan-aug", "Diff mot budget", "Förbr kvot").
 * Everything is compared after normalizeHeader (case, spacing, punctuation and diacritics ignored).
 */

/** Key (non-amount) columns of budget, utfall and insats tables in any layout. */
export const KEY_SPECS: ColumnSpec[] = [
  {
    key: "post",
    synonyms: [
      "Post",
      "Insats",
      "Kortnamn",
      "Project",
      "Cost centre",
      "Cost center",
      "Kostnadsställe",
      "Kst",
      "Ansvar",
      "Objekt",
      "Insats kortnamn",
      "Budgetpost",
      "Konto",
      "Kontonamn",
      "Benämning",
      "Område",
      "Projekt",
      "Projektnamn",
      "Verksamhet",
      "Namn på insats",
      "Samverkansinsats",
      "Område / insats",
      "Område/insats",
      "Rad",
    ],
  },
  { key: "namn", synonyms: ["Insatsnamn", "Namn", "Fullständigt namn", "Långt namn"] },
  {
    key: "agare",
    synonyms: [
      "Insatsägare",
      "Huvudprojektägare",
      "Huvud-projektägare",
      "Huvud projektägare",
      "Ägare",
      "Projektägare",
      "Huvudman",
      "Ansvarig organisation",
      "Organisation",
      "Kommun",
    ],
  },
  { key: "kategori", synonyms: ["Kategori", "Intäkt/Kostnad", "Intäkt eller kostnad", "Slag"] },
  { key: "typ", synonyms: ["Typ", "Insatstyp", "Typ av insats"], prefix: true },
  { key: "inriktning", synonyms: ["Inriktning", "Budgetkategori", "Insatsområde"], prefix: true },
  { key: "ar", synonyms: ["År", "Budgetår", "Räkenskapsår"] },
  { key: "period", synonyms: ["Period", "Månad", "Kvartal", "Halvår", "Redovisningsperiod", "Avser period"] },
  { key: "fran", synonyms: ["Från", "Från och med", "Fr.o.m.", "Fom", "Periodstart", "Från datum"] },
  { key: "till", synonyms: ["Till", "T.o.m.", "Tom", "Periodslut", "Till datum"] },
  { key: "start", synonyms: ["Start", "Startdatum", "Startar", "Projektstart", "Insatsstart", "Beviljad från"] },
  { key: "slut", synonyms: ["Slut", "Till och med", "Slutdatum", "Slutar", "Projektslut", "Insatsslut", "Beviljad till"] },
  { key: "kostnadsslag", synonyms: ["Kostnadsslag", "Kostnadstyp"], prefix: true },
];

/** Fields a user may give a column of a budget, utfall or insatser sheet, with Swedish labels. */
export const KEY_LABEL: Record<string, string> = {
  post: "Post / insats",
  namn: "Insatsnamn",
  agare: "Insatsägare",
  kategori: "Kategori (Intäkt/Kostnad)",
  grupp: "Grupp (Förtroendevalda, Förvaltning, Samverkansinsats, Intäkt …)",
  typ: "Typ",
  inriktning: "Inriktning",
  ar: "År",
  period: "Period",
  fran: "Från",
  till: "Till",
  start: "Start",
  slut: "Slut",
  kostnadsslag: "Kostnadsslag",
  belopp: "Belopp",
  matt: "Mått på raden (Budget/Utfall/Prognos)",
  insatskolumn: "Insats (en kolumn per insats)",
  radsumma: "Radsumma (kontrolleras, läses inte)",
  ignorera: "Används inte",
};

/**
 * A cell that begins with a measure word (lower case): "Budget", "Budget 2024", "Årsbudget", "Utfall jan-jun 2024",
 * "Ack utfall", "Bokfört", "Prognos", "Actual", "Forecast" — the measure written on a row instead of in a header
 * (detect/measure-cell.ts). A word that only begins with one ("Budgetrådgivning") does not count.
 */
export const MEASURE_CELL_START =
  /^(budget|årsbudget|arsbudget|helårsbudget|helarsbudget|periodbudget|budgeterat|beviljad budget|aktuell budget|utfall|ack\.? utfall|ackumulerat utfall|bokfört|bokfort|prognos|helårsprognos|actual|actuals|outcome|forecast)(?![a-zåäö])/;

/** Measure words (normalized) in the order they are tried: kvot and avvikelse before budget ("Diff mot budget"). */
const MEASURE_WORDS: [Measure, string[]][] = [
  [
    "kvot",
    [
      "forbrkvot",
      "forbrukningskvot",
      "kvot",
      "forbrukningsgrad",
      "forbrukadandel",
      "forbrukning",
      "andelforbrukad",
      "utfallibudget",
      "forbrukatprocent",
      "procentforbrukat",
      "utfallprocent",
    ],
  ],
  [
    "avvikelse",
    [
      "avvikelse",
      "avv",
      "diff",
      "differens",
      "skillnad",
      "budgetavvikelse",
      "utfallbudget",
      "utfallminusbudget",
      "budgetutfall",
      "budgetminusutfall",
      "variance",
      "deviation",
    ],
  ],
  ["prognos", ["prognos", "helarsprognos", "prognosticerat", "beraknatutfall", "forecast"]],
  [
    "ovrigt",
    [
      "overf",
      "overforing",
      "overfort",
      "not",
      "noter",
      "kommentar",
      "anmarkning",
      "kvarvarande",
      "aterstar",
      "aterstaende",
      "restbelopp",
      "ejnyttjat",
      "kvarav",
      "kvaratt",
      "kvarvarandebudget",
      "remaining",
    ],
  ],
  [
    "budget",
    [
      "aktuellbudget",
      "aktuellarsbudget",
      "aktuellhelarsbudget",
      "periodbudget",
      "budget",
      "arsbudget",
      "helarsbudget",
      "beviljadbudget",
      "beviljat",
      "beviljad",
      "beviljadebelopp",
      "prel",
      "preliminar",
      "rambudget",
      "budgeterat",
      "ram",
    ],
  ],
  [
    "utfall",
    [
      "utfall",
      "bokfort",
      "redovisat",
      "verkligt",
      "forbrukat",
      "faktiskt",
      "upparbetat",
      "kostnadsutfall",
      "belopp",
      "summa",
      "kostnad",
      "kostnader",
      "actual",
      "actuals",
      "outcome",
    ],
  ],
];

/** Words that carry no measure ("belopp i", "per", "t.o.m.", "ack", "helår"), removed before the lookup. */
const FILLER_RE = /(beloppi|belopp$|^per|tom$|^tom|^ack(umulerat)?|helar|period$|perioden$|^i$|^och$|till$|ytd$|fy$)/g;

/** The measure named by a header text (without its period and unit words), or undefined. */
export function measureWord(text: string): Measure | undefined {
  // A pivot table's value field "Summa av Budget" / "Sum of Budget" names the field it sums.
  const n = normalizeHeader(text).replace(/^(summaav|sumof)(?=.)/, "");
  if (n === "") return undefined;
  if (n === "kvar") return "ovrigt";
  // A header in per cent ("Avvikelse %", "Avvikelse i procent", "Utfall/budget %") holds a ratio, never an amount.
  if (/%|\bprocent\b|\bpct\b/i.test(String(text))) return "kvot";
  const stripped = n.replace(FILLER_RE, "");
  for (const candidate of [n, stripped]) {
    if (candidate === "") continue;
    for (const [measure, words] of MEASURE_WORDS) {
      if (words.some((w) => candidate === w || (candidate.startsWith(w) && w.length >= 4))) return measure;
    }
  }
  return undefined;
}

/** Kind of a heading row in a budget or utfall table. */
export type HeadingKind =
  "intakt" | "kostnad" | "admin" | "samverkan" | "individ" | "struktur" | "forstudie" | "ovriga" | "namnpar" | "agarepar" | "grupp";

/** "INTÄKTER", "Kostnader samverkansinsatser", "Individinriktade", "Strukturinsatser", "Namn på insats" … */
export function headingKind(text: string): HeadingKind {
  const n = normalizeHeader(text);
  if (/^(namnpainsats|insatsnamn|namn)$/.test(n)) return "namnpar";
  if (/^(insatsagare|agare|huvudprojektagare|projektagare)$/.test(n)) return "agarepar";
  if (/^(intakt|inkomst|rorelseintakt)/.test(n)) return "intakt";
  if (/^individ/.test(n)) return "individ";
  if (/^struktur/.test(n)) return "struktur";
  if (/^forstudie/.test(n)) return "forstudie";
  if (/^ovrig(a|t)?samverkan|^ovrigainsatser|^ovrigakostnader|^ovrigt$|^ovriga$/.test(n)) return "ovriga";
  if (/samverkansinsats|^insatser|^kostnadersamverkan|^projekt(kostnader)?$|^projekten$/.test(n)) return "samverkan";
  if (/^(administr|kansli|styrelse|fortroendevald|forvaltning|gemensam|forbundsgemensam)/.test(n)) return "admin";
  if (/^(kostnad|utgift|driftskostnad|verksamhetenskostnad)/.test(n)) return "kostnad";
  return "grupp";
}

/** Rows that state a result and are not posts: "ÅRETS BERÄKNADE RESULTAT", "Över- underskott från tidigare år", "KVARVARANDE BESLUTSUTRYMME". */
export function isResultLabel(text: string): boolean {
  const n = normalizeHeader(text);
  return /^(arets(beraknade)?resultat|resultat|beslutsutrymme|kvarvarandebeslutsutrymme|overunderskott|overskott|underskott|ackumulerat|egetkapital|balanserat|ingaende|utgaende|nettokostnad|nettoresultat)/.test(
    n,
  );
}

/** Names of intäkt posts when nothing else tells: Medlemsavgifter, ESF-medel, bidrag, ersättningar. */
export function looksLikeIntakt(name: string): boolean {
  const n = normalizeHeader(name);
  return /intakt|medlemsavgift|medlemsbidrag|medelstilldelning|bidragfran|statsbidrag|esfmedel|esf$|^esf|ersattningfran|rantaintakt|finansiellaintakter/.test(
    n,
  );
}

/**
 * Förbund posts that are not insatser, for a table of posts without an Insatser sheet (issue 14 pattern 1):
 * styrelse/förtroendevalda, kansli/förvaltning and their cost kinds (Skellefteå's "Inhyrd och tillfällig personal
 * inkl. ek. adm. avtal", Mölndal's "Arvoden", "Övriga personalkostnader"), the övriga samverkansinsatser of the
 * förbund itself (Ekonom projektstöd, Verksamhetsutvecklare, Kompetenshöjande insatser) and rows that are neither
 * data nor insats ("Beslutsutrymme ej fördelat", "Prognostiserade ej nyttjade medel").
 */
export function looksLikeForbundPost(name: string): boolean {
  const n = normalizeHeader(name);
  return /^(styrelse|fortroendevald|kansli|forvaltning|administr|revision|revisor|arvode|personal|ovrigapersonal|inhyrd|lokal|hyra|lon(er)?$|sociala|pension|konsult|resor|resekostnad|material|forbrukningsinventarier|itkostnad|it$|datorer|telefon|porto|bank|avskrivning|rantekostnad|finansiellakostnad|forsakring|kurs|utbildningfor|ovrigakostnader|ovrigtkostnader|ovrigt$|gemensam|forbundsgemensam|ekonom|verksamhetsutvecklare|kompetenshojande|kommunikat|information|utvardering|marknadsforing|avgift|medlemsavgift)|ejnyttjade|ejfordelat|ofordelat|beslutsutrymme|reserv|buffert|oforutsett/.test(
    n,
  );
}
