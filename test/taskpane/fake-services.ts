import type { Issue } from "../../src/domain/issues";
import type {
  FinsamServices,
  KontrollOk,
  OnProgress,
  PaneChoices,
  RapportOk,
  RekvisitionOk,
  RunOptions,
  RunPeriod,
} from "../../src/services/types";

/** Issues of a small made-up workbook: two sheets with fel, a varning, an info about the whole workbook. */
export const ISSUES: Issue[] = [
  { severity: "varning", code: "PERIOD_UTANFOR_INSATS", sheet: "Utfall", cell: "C9", message: "Låg förbrukning: 55 %." },
  { severity: "fel", code: "OLASBART_TAL", sheet: "Utfall", cell: "D7", message: 'Värdet "?" är inget tal.' },
  { severity: "info", code: "RAPPORT_SAKNAR_UNDERLAG", sheet: "", cell: "", message: "Inga deltagare i arbetsboken." },
  { severity: "fel", code: "OKAND_POST", sheet: "Budget", cell: "A12", message: 'Insatsen "Jobcentrum" finns inte.' },
];

export const KONTROLL: KontrollOk = {
  ok: true,
  issues: ISSUES,
  antal: { fel: 2, varning: 1, info: 1 },
  rapporter: [{ kind: "forbrukningskvot", name: "Förbrukningskvot 2024-06-30" }],
  ersatts: [],
  lastaBlad: ["Insatser", "Budget", "Utfall", "Anteckningar"],
  blad: [
    { namn: "Insatser", typ: "insatser" },
    { namn: "Budget", typ: "budget" },
    { namn: "Utfall", typ: "utfall" },
    { namn: "Anteckningar", typ: null },
  ],
  tillgangliga: ["forbrukningskvot", "driftsredovisning", "deltagare", "bidrag"],
  syncsRead: 2,
};

export const RAPPORT: RapportOk = {
  ok: true,
  written: [
    { kind: "forbrukningskvot", key: "k", name: "Förbrukningskvot 2024-06-30" },
    { kind: "driftsredovisning", key: "d", name: "Driftsredovisning 2024-06-30" },
    { kind: "bidrag", key: "b", name: "Bidrag 2024" },
    { kind: "valideringsrapport", key: "v", name: "Valideringsrapport" },
  ],
  replaced: [],
  omaskadeKvar: [],
  issues: ISSUES,
  antal: { fel: 3, varning: 5, info: 0 },
  syncsRead: 2,
  syncsWrite: 1,
};

export const REKVISITIONER: RekvisitionOk = {
  ok: true,
  rader: [
    {
      verdict: "Åtgärd krävs",
      insats: "Kvinna Hälsa Arbete",
      period: "2024-Q2",
      sheet: "Rekvisitioner",
      cell: "A14",
      range: "A14:G14",
      reasons: ["Kostnadsslagen stämmer inte med beloppet."],
      attBetala: 0,
      belopp: 321500,
    },
    {
      verdict: "Godkänd med anmärkning",
      insats: "Framsteget 2.0",
      period: "2024-Q2",
      sheet: "Rekvisitioner",
      cell: "A9",
      range: "A9:G9",
      reasons: ["Rekvisitionen kom in sent."],
      attBetala: 931600,
      belopp: 931600,
    },
    {
      verdict: "Godkänd",
      insats: "Jobbcentrum",
      period: "2024-Q1",
      sheet: "Rekvisitioner",
      cell: "A4",
      range: "A4:G4",
      reasons: [],
      attBetala: 448200,
      belopp: 448200,
    },
  ],
  antal: { Godkänd: 1, "Godkänd med anmärkning": 1, "Åtgärd krävs": 1 },
  issues: [],
  syncsRead: 2,
};

const TYPER = [
  { kind: "forbrukningskvot", label: "Förbrukningskvot" },
  { kind: "driftsredovisning", label: "Driftsredovisning" },
  { kind: "resultat", label: "Resultaträkning och nyckeltal" },
  { kind: "deltagare", label: "Uppföljning deltagare" },
  { kind: "bidrag", label: "Medlemsbidrag (bidragsfördelning)" },
];

/** Services that answer with the data above and record every call. */
export function fakeServices(overrides: Partial<FinsamServices> = {}, saved: PaneChoices | null = null) {
  const calls = {
    checkWorkbook: [] as RunOptions[],
    skapa: [] as RunOptions[],
    rekvisitioner: [] as RunPeriod[],
    visa: [] as [string, string][],
    sparade: [] as PaneChoices[],
  };
  const progressSteps = (onProgress?: OnProgress) => {
    onProgress?.({ step: "lasa", index: 1, total: 2 });
    onProgress?.({ step: "kontrollera", index: 2, total: 2 });
  };
  const services: FinsamServices = {
    today: () => "2024-08-15",
    async checkWorkbook(o, onProgress) {
      calls.checkWorkbook.push(o);
      progressSteps(onProgress);
      return KONTROLL;
    },
    async writeReports(o) {
      calls.skapa.push(o);
      return RAPPORT;
    },
    async checkRekvisitioner(p, onProgress) {
      calls.rekvisitioner.push(p);
      progressSteps(onProgress);
      return REKVISITIONER;
    },
    async selectIssueCell(sheet, cell) {
      calls.visa.push([sheet, cell]);
      return { ok: true };
    },
    reportKinds: () => TYPER,
    readChoices: async () => saved,
    async saveChoices(c) {
      calls.sparade.push(c);
      return true;
    },
    ...overrides,
  };
  return { services, calls };
}
