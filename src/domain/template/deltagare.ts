import type { ColumnSpec } from "../text/header";
import type { DeltagareKolumn } from "../model/deltagare";

/**
 * Columns of the Deltagare sheet (domain.md §2) with the synonyms förbund use in their monthly data files.
 * Required: Deltagar-ID, Insats, Kön, Inskriven. Headers are compared after normalizeHeader
 * (case, spaces, punctuation and diacritics ignored).
 */
export const DELTAGARE_KOLUMNER: (ColumnSpec & { key: DeltagareKolumn })[] = [
  {
    key: "id",
    required: true,
    synonyms: ["Deltagar-ID", "DeltagarID", "Deltagare ID", "ID", "Deltagare", "Deltagarnummer", "Löpnummer", "Pseudonym", "Kod", "Deltagarkod"],
  },
  { key: "insats", required: true, synonyms: ["Insats", "Insatsnamn", "Samverkansinsats", "Projekt", "Verksamhet"], prefix: true },
  { key: "kon", required: true, synonyms: ["Kön", "K/M", "Kön (K/M)", "Kön K/M", "Kvinna/Man"] },
  { key: "fodelsear", synonyms: ["Födelseår", "Född år", "Född", "Födelsear"] },
  { key: "alder", synonyms: ["Ålder", "Ålder vid inskrivning", "Ålder inskrivning"] },
  {
    key: "inskriven",
    required: true,
    synonyms: ["Inskriven", "Inskrivningsdatum", "Inskrivning", "Inskriven datum", "Startdatum", "Inskr", "Inskriven den"],
    prefix: true,
  },
  {
    key: "utskriven",
    synonyms: ["Utskriven", "Utskrivningsdatum", "Utskrivning", "Avslutad", "Avslutsdatum", "Avslutningsdatum", "Slutdatum", "Utskr", "Avslutad datum"],
    prefix: true,
  },
  {
    key: "avslutningsorsak",
    synonyms: ["Avslutningsorsak", "Avslutsorsak", "Avslutningsanledning", "Orsak till avslut", "Anledning till avslut", "Orsak", "Avslutad till"],
    prefix: true,
  },
  { key: "anonym", synonyms: ["Anonym", "Anonymt registrerad", "Anonymt inskriven", "Anonym (Ja/Nej)"], prefix: true },
  { key: "kommun", synonyms: ["Kommun", "Hemkommun", "Bostadskommun", "Folkbokföringskommun"] },
  {
    key: "forsorjning",
    synonyms: ["Försörjning vid inskrivning", "Försörjning", "Försörjningskälla", "Ersättning vid inskrivning", "Huvudsaklig försörjning"],
    prefix: true,
  },
  {
    key: "arOffentligForsorjning",
    synonyms: [
      "År i offentlig försörjning",
      "Antal år i offentlig försörjning",
      "År med offentlig försörjning",
      "Tid i offentlig försörjning",
      "Tid i offentlig försörjning (år)",
      "Offentlig försörjning (år)",
    ],
    prefix: true,
  },
  { key: "utbildning", synonyms: ["Utbildning", "Utbildningsnivå", "Högsta utbildning", "Högsta utbildningsnivå"], prefix: true },
  { key: "handlingsplan", synonyms: ["Handlingsplan", "Har handlingsplan", "Handlingsplan upprättad"], prefix: true },
  {
    key: "sysselsattningsgrad",
    synonyms: ["Sysselsättningsgrad", "Sysselsättningsgrad (%)", "Sysselsättningsgrad vid avslut", "Omfattning", "Arbetstid", "Tjänstgöringsgrad"],
    prefix: true,
  },
];

/** Swedish column names for messages (the standard template's header texts). */
export const KOLUMN_TEXT: Record<DeltagareKolumn, string> = {
  id: "Deltagar-ID",
  insats: "Insats",
  kon: "Kön",
  fodelsear: "Födelseår",
  alder: "Ålder",
  inskriven: "Inskriven",
  utskriven: "Utskriven",
  avslutningsorsak: "Avslutningsorsak",
  anonym: "Anonym",
  kommun: "Kommun",
  forsorjning: "Försörjning vid inskrivning",
  arOffentligForsorjning: "År i offentlig försörjning",
  utbildning: "Utbildning",
  handlingsplan: "Handlingsplan",
  sysselsattningsgrad: "Sysselsättningsgrad",
};

/** Header row of the standard template (Skapa mallar), in this order. */
export const DELTAGARE_MALL_RUBRIKER: string[] = [
  "Deltagar-ID",
  "Insats",
  "Kön",
  "Födelseår",
  "Inskriven",
  "Utskriven",
  "Avslutningsorsak",
  "Anonym",
  "Kommun",
  "Försörjning vid inskrivning",
  "År i offentlig försörjning",
  "Utbildning",
  "Handlingsplan",
  "Sysselsättningsgrad",
];
