import { formatSv, formatSvSigned } from "../../domain/text/format";

/** Every text of the "Nästa år" what-if panel, in Swedish. */
export const nastaArStrings = {
  heading: "Nästa år – beslutsutrymme",
  intro: "Pröva förändringar: varje ändring räknas om direkt, utan att arbetsboken ändras förrän du skriver scenariot.",
  noService: "Nästa år är inte tillgängligt här: tjänsten för flerårsprognosen saknas.",
  loading: "Läser flerårsprognosen …",
  reload: "Läs in igen",
  failedHeading: "Flerårsprognosen kunde inte läsas",
  source: (sheet: string) => `Underlag: ${sheet}. Belopp i tkr.`,

  tableCaption: "Beslutsutrymme per år (tkr)",
  colAr: "År",
  colResultat: "Resultat",
  colKvar: "Kvar",
  colKvarLong: "Kvarvarande beslutsutrymme",
  colAndring: "Ändring",
  colAndringLong: "Ändring mot underlaget",
  negativeMark: "negativt",
  allPositive: "Beslutsutrymmet är positivt alla år.",
  negativeSummary: (labels: string[]) => `Negativt beslutsutrymme: ${labels.join(", ")}.`,

  levers: "Förändringar",
  medlemsavgifter: "Medlemsavgifter",
  medlemsavgifterHint: "Nytt belopp i tkr eller förändring i procent per år. Tomt = som i underlaget.",
  unitTkr: "tkr",
  unitProcent: "%",
  medlemsavgiftLabel: (ar: number) => `Medlemsavgifter ${ar}`,
  medlemsavgiftUnitLabel: (ar: number) => `Enhet för medlemsavgifter ${ar}`,
  forvaltning: "Förvaltning och ej nyttjade medel",
  forvaltningLabel: "Förvaltningens tillväxt, % per år",
  forvaltningHint: (fran: number) => `Räknas från ${fran}, på föregående års belopp.`,
  ejNyttjadeLegend: "Prognostiserade ej nyttjade medel (tkr)",
  ejNyttjadeHint: "Brukar vara 1 000–1 500 tkr per år. Minskar kostnaderna.",
  ejNyttjadeLabel: (ar: number) => `Ej nyttjade medel ${ar}`,
  nowValue: (text: string) => `Nu: ${text}`,

  insatser: "Insatser",
  insatserHint: "Stäng av en insats eller flytta den ett år.",
  insatsName: (namn: string, agare?: string) => (agare ? `${namn} (${agare})` : namn),
  insatsOn: "Med",
  insatsOff: "Avstängd",
  insatsSwitch: (namn: string) => `Räkna med ${namn}`,
  later: "Ett år senare",
  laterShort: "+1 år",
  earlierShort: "\u22121 år",
  earlier: "Ett år tidigare",
  laterLabel: (namn: string) => `Flytta ${namn} ett år senare`,
  earlierLabel: (namn: string) => `Flytta ${namn} ett år tidigare`,
  shifted: (n: number) => `Flyttad ${n > 0 ? "+" : "−"}${Math.abs(n)} år`,

  ansokan: "Ny ansökan",
  ansokanHint: "Lägg till en tänkt insats med belopp per år (tkr).",
  ansokanNamn: "Insatsens namn",
  ansokanAgare: "Insatsägare",
  ansokanBelopp: (ar: number) => `${ar}`,
  ansokanBeloppLabel: (ar: number) => `Belopp ${ar} (tkr)`,
  ansokanBeloppLegend: "Belopp per år (tkr)",
  addAnsokan: "Lägg till ansökan",
  ansokanNeedsName: "Skriv insatsens namn.",
  ansokanNeedsAmount: "Skriv belopp för minst ett år.",
  ansokanFixAmounts: "Rätta beloppen som är markerade.",
  ansokanList: "Tillagda ansökningar",
  ansokanPerAr: (tkr: string, years: string) => `${tkr} tkr per år, ${years}`,
  ansokanTotal: (tkr: string, years: string) => `Totalt ${tkr} tkr, ${years}`,
  removeAnsokan: (namn: string) => `Ta bort ansökan ${namn}`,
  remove: "Ta bort",
  added: (namn: string) => `Ansökan ${namn} är tillagd.`,

  scenario: "Scenario",
  scenarioName: "Scenariots namn",
  scenarioNameHint: "Namnet blir en del av bladnamnet (högst 31 tecken: ett långt namn kortas i mitten).",
  save: "Spara scenario",
  saved: (name: string) => `Scenariot ${name} är sparat i arbetsboken.`,
  savedList: "Sparade scenarier",
  noSaved: "Inga sparade scenarier.",
  open: "Öppna",
  openLabel: (name: string) => `Öppna scenariot ${name}`,
  deleteLabel: (name: string) => `Ta bort scenariot ${name}`,
  deleted: (name: string) => `Scenariot ${name} är borttaget.`,
  reset: "Rensa ändringar",
  write: "Skriv scenario",
  writing: "Skriver bladet …",
  written: (sheet: string) => `Bladet ${sheet} är skrivet. Gula celler är indata, resten räknas med formler.`,
  replaced: (sheets: string[]) => `Ersatte tidigare: ${sheets.join(", ")}`,
  changes: (n: number) => (n === 0 ? "Inga ändringar." : n === 1 ? "1 ändring." : `${n} ändringar.`),
  changesShort: (n: number) => (n === 0 ? "inga ändringar" : n === 1 ? "1 ändring" : `${n} ändringar`),
  leverIssues: "Observera",

  reportsUse: (name: string, ar: number) =>
    `Skapa rapporter skriver även medlemsbidraget ${ar} per medlem enligt scenariot "${name}" (bladet Bidrag ${ar} ${name}).`,
  reportsNone: (ar: number) => `Skapa rapporter räknar inte medlemsbidraget ${ar} ur något scenario.`,
  useInReports: "Använd i Skapa rapporter",
  stopUsing: "Använd inte i rapporterna",
} as const;

/** Kronor shown as whole tkr with Swedish grouping and a real minus sign: −3 849. */
export function tkrText(kronor: number): string {
  return formatSv(kronor / 1000);
}

/** A change in tkr with its sign: +2 000, −669; "0" when unchanged. */
export function tkrDelta(kronor: number): string {
  return formatSvSigned(kronor / 1000);
}

/** The amount a lever starts from, beside its field: "Nu 23 322 tkr". */
export function nuText(kronor: number): string {
  return `Nu ${tkrText(kronor)} tkr`;
}

/** An insats's amount per year as read, years without an amount left out: "2024: 3 880 · 2025: 1 809 tkr". */
export function insatsBeloppText(ar: readonly number[], perAr: readonly number[]): string {
  const parts = ar.map((y, i) => [y, perAr[i] ?? 0] as const).filter(([, b]) => Math.round(b / 1000) !== 0);
  if (parts.length === 0) return "Inget belopp i modellen";
  return `${parts.map(([y, b]) => `${y}: ${tkrText(b)}`).join(" · ")} tkr`;
}
