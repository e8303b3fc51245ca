import type { Severity } from "../domain/issues";
import { issueCountText, severityCount, sheetsWritten, SEVERITY_GROUP } from "../domain/text/severity";
import type { Bedomning, BladTyp, PeriodVal, ProgressStep } from "../services/types";
import { formatKr } from "../domain/text/format";

/** Every text the task pane shows, in Swedish. */
export const strings = {
  appTitle: "Finsam för Excel",
  appIntro: "Läs in arbetsboken, kontrollera den och skapa rapporterna för perioden.",
  /** The help page (assets/hjalp.html, also the manifest's SupportUrl), beside the pane's title. */
  helpLink: "Hjälp – stegen, rapporterna och vad du gör vid fel",
  helpUrl: "assets/hjalp.html",
  stepsLabel: "Steg",
  tabs: { data: "Data", kontroll: "Kontroll", rapporter: "Rapporter", nastaAr: "Nästa år" },

  // 1. Data
  dataHeading: "Bladen i arbetsboken",
  dataIntro: "Finsam läser bladen och avgör vad varje blad innehåller. Kontrollera att rätt blad används.",
  lasIn: "Läs in arbetsboken",
  lasInIgen: "Läs in igen",
  bladCaption: "Lästa blad och vad de användes som",
  colBlad: "Blad",
  colTyp: "Används som",
  bladTyp: {
    insatser: "Insatser",
    budget: "Budget",
    utfall: "Utfall",
    installningar: "Inställningar",
    rekvisitioner: "Rekvisitioner",
    deltagare: "Deltagare",
    medlemmar: "Medlemmar",
    flerarsprognos: "Flerårsprognos",
    alias: "Namnvarianter (alias)",
    uppfoljningstabell: "Publicerad uppföljningstabell",
    rapport: "Rapport från Finsam",
  } satisfies Record<BladTyp, string>,
  bladOanvant: "Används inte",
  gaTillBlad: (namn: string) => `Gå till bladet ${namn}`,
  tillKontroll: "Visa kontrollen",

  // 2. Kontroll
  kontrollera: "Kontrollera",
  kontrolleraRekvisitioner: "Kontrollera rekvisitioner",
  actionsLabel: "Åtgärder",
  periodNu: (label: string) => `Period: ${label}`,
  andraPeriod: "Ändra period",
  issuesHeading: "Resultat av kontrollen",
  issuesRegion: "Avvikelser i arbetsboken",
  noIssues: "Inga fel eller varningar hittades.",
  noneMatch: "Inga avvikelser matchar filtret.",
  filterLabel: "Filter",
  filterSeverity: "Visa allvarlighet",
  filterSheet: "Blad",
  allSheets: "Alla blad",
  severityGroup: SEVERITY_GROUP,
  severityBadge: { fel: "fel", varning: "varning", info: "information" } satisfies Record<Severity, string>,
  workbookWide: "hela arbetsboken",
  notRunYet: "Tryck Kontrollera för att granska arbetsboken.",

  // Rekvisitioner
  rekvHeading: "Rekvisitioner",
  rekvRegion: "Rekvisitioner och bedömningar",
  rekvNone: "Arbetsboken har inga rekvisitioner (blad som börjar med Rekv).",
  rekvHide: "Dölj rekvisitionerna",
  rekvBelopp: (belopp: string, attBetala: string) => `Begärt ${belopp} · att betala ${attBetala}`,
  rekvButtonLabel: (verdict: string, insats: string, period: string, where: string) => `${verdict}: ${insats} ${period}, ${where}`,
  verdictShort: { Godkänd: "Godkänd", "Godkänd med anmärkning": "Med anmärkning", "Åtgärd krävs": "Åtgärd krävs" } satisfies Record<
    Bedomning,
    string
  >,

  // 3. Rapporter
  periodLegend: "Rapportperiod",
  periodTyp: "Periodtyp",
  periodTyper: { kvartal: "Kvartal", halvar: "Halvår", helar: "Helår", datum: "Egna datum" } satisfies Record<PeriodVal["typ"], string>,
  ar: "År",
  kvartal: "Kvartal",
  halvar: "Halvår",
  tillLabel: "Periodens slutdatum",
  tillHint: "Till och med, t.ex. 2024-06-30.",
  franLabel: "Från",
  franHint: "Första dagen i perioden.",
  outputsLegend: "Rapporter att skapa",
  outputsHint: "Förvalt: alla rapporter som arbetsboken har underlag för.",
  saknarUnderlag: "saknar underlag",
  valideringsrapport: "Valideringsrapport (skapas alltid)",
  publiceringLabel: "Publicering: dölj små antal i deltagartabellerna",
  publiceringHint: "För tabeller som ska publiceras. Små antal visas som <5 (eller <3), och summor som skulle avslöja dem döljs också.",
  publiceringGrans: "Gräns",
  publiceringUnder: (n: number) => `Under ${n} (visas som <${n})`,
  skapaRapporter: "Skapa rapporter",
  /** Under Skapa rapporter when a scenario is chosen under Nästa år (the Bidrag report adds next year's sheet from it). */
  rapportScenario: (namn: string) => `Nästa års medlemsbidrag per medlem skrivs enligt scenariot "${namn}" (valt under Nästa år).`,
  writtenHeading: "Rapporter skapade",
  gaTillRapport: (namn: string) => `Öppna ${namn}`,

  // Progress and messages
  progressLabel: "Förlopp",
  step: {
    lasa: "Läser blad …",
    kontrollera: "Kontrollerar …",
    berakna: "Beräknar …",
    skriva: "Skriver …",
  } satisfies Record<ProgressStep, string>,
  stepOf: (index: number, total: number) => `Steg ${index} av ${total}`,
  failedHeading: "Något gick fel",
  cellNotShown: (where: string) => `Kunde inte visa ${where}${/[.!?]$/.test(where) ? "" : "."}`,
  unknownError: "Okänt fel.",
} as const;

/** "Jobbcentrum!C7" style location of an issue; "hela arbetsboken" when it is not about one sheet. */
export function issueLocation(sheet: string, cell: string): string {
  if (!sheet) return strings.workbookWide;
  return cell ? `${sheet}!${cell}` : sheet;
}

/** "fel, Insatser!C7: <message>" — the accessible name of an issue button. */
export function issueButtonLabel(severity: Severity, location: string, message: string): string {
  return `${strings.severityBadge[severity]}, ${location}: ${message}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 fel, 2 varningar och 1 information". */
export function countSummary(counts: Record<Severity, number>): string {
  return issueCountText(counts);
}

/** "Kontrollen läste 5 blad: 3 fel, 2 varningar och 1 information." */
export function checkSummary(sheetCount: number, counts: Record<Severity, number>): string {
  return `Kontrollen läste ${sheetCount} blad: ${countSummary(counts)}.`;
}

/** "3 fel, 5 varningar; 4 blad skrivna" — the summary after Skapa rapporter. */
export function resultSummary(counts: Record<Severity, number>, written: number): string {
  return `${severityCount("fel", counts.fel)}, ${severityCount("varning", counts.varning)}; ${sheetsWritten(written)}`;
}

/** "Skapa rapporter skriver 3 blad: A, B, C." */
export function plannedSummary(names: string[]): string {
  if (names.length === 0) return "Arbetsboken saknar blad som rapporterna behöver.";
  return `Skapa rapporter skriver ${names.length} blad: ${names.join(", ")}.`;
}

/** "4 blad skrivna: A, B, C, D" */
export function writtenSummary(names: string[]): string {
  return `${sheetsWritten(names.length)}: ${names.join(", ")}`;
}

/** "Ersatte tidigare: A, B" */
export function replacedSummary(names: string[]): string {
  return `Ersatte tidigare: ${names.join(", ")}`;
}

/** "Excel-anrop: 2 vid läsning, 1 vid skrivning" */
export function syncSummary(read: number | null, write?: number): string {
  const parts: string[] = [];
  if (read !== null) parts.push(`${read} vid läsning`);
  if (write !== undefined) parts.push(`${write} vid skrivning`);
  return parts.length ? `Excel-anrop: ${parts.join(", ")}` : "";
}

/** "Kvartal 2 2024", "Halvår 1 2024", "Helår 2024", "2024-01-01 – 2024-09-30". */
export function periodLabel(val: PeriodVal): string {
  switch (val.typ) {
    case "kvartal":
      return `Kvartal ${val.nr} ${val.ar}`;
    case "halvar":
      return `Halvår ${val.nr} ${val.ar}`;
    case "helar":
      return `Helår ${val.ar}`;
    case "datum":
      return `${val.fran} – ${val.till}`;
  }
}

/** "2 åtgärd krävs, 1 godkänd med anmärkning, 10 godkända" (zero counts left out). */
export function rekvSummary(antal: Record<Bedomning, number>): string {
  const parts = [
    antal["Åtgärd krävs"] ? `${antal["Åtgärd krävs"]} åtgärd krävs` : "",
    antal["Godkänd med anmärkning"] ? `${antal["Godkänd med anmärkning"]} godkänd med anmärkning` : "",
    antal.Godkänd ? plural(antal.Godkänd, "godkänd", "godkända") : "",
  ].filter(Boolean);
  const total = antal.Godkänd + antal["Godkänd med anmärkning"] + antal["Åtgärd krävs"];
  return `${plural(total, "rekvisition", "rekvisitioner")}: ${parts.join(", ")}.`;
}

/** Whole kronor with spaces: "1 326 000 kr". */
export function kronor(n: number | null): string {
  if (n === null) return "–";
  return formatKr(n);
}

export { demoStrings } from "./demo-strings";
