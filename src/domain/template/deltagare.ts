import type { ColumnSpec } from "../text/header";
import type { DeltagareKolumn } from "../model/deltagare";

/**
 * Columns of the Deltagare sheet (domain.md §2) with the synonyms förbund use in their monthly data files.
 * Required to find the sheet: Kön and Inskriven. Deltagar-ID and Insats are read when present: without an ID
 * column the rows are counted and duplicates cannot be checked; without an Insats column the insats is the
 * sheet's title or name (one sheet per insats). Headers are compared after normalizeHeader (case, spaces,
 * punctuation and diacritics ignored); "Kön (1=man, 2=kvinna)" carries the legend of a coded kön.
 */
export const DELTAGARE_KOLUMNER: (ColumnSpec & { key: DeltagareKolumn })[] = [
  {
    key: "id",
    synonyms: [
      "Deltagar-ID",
      "DeltagarID",
      "Deltagare ID",
      "ID",
      "Deltagare",
      "Deltagarnummer",
      "Deltagarnr",
      "Deltagar nr",
      "Löpnummer",
      "Löpnr",
      "Personnr/ID",
      "Personnummer/ID",
      "ID/Personnr",
      "Pnr/ID",
      "ID-nummer",
      "Pseudonym",
      "Kod",
      "Deltagarkod",
    ],
  },
  { key: "insats", synonyms: ["Insats", "Insatsnamn", "Samverkansinsats", "Projekt", "Verksamhet"], prefix: true },
  {
    key: "kon",
    required: true,
    synonyms: [
      "Kön",
      "K/M",
      "Kön (K/M)",
      "Kön K/M",
      "Kvinna/Man",
      "Man/Kvinna",
      "M/K",
      "Kön (1/2)",
      "Kön 1/2",
      "Kön (1=man, 2=kvinna)",
      "Kön (1=kvinna, 2=man)",
      "Kön (1=m, 2=k)",
      "Kön (1=k, 2=m)",
    ],
  },
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
    synonyms: [
      "Utskriven",
      "Utskrivningsdatum",
      "Utskrivning",
      "Avslutad",
      "Avslutsdatum",
      "Avslutningsdatum",
      "Slutdatum",
      "Utskr",
      "Avslutad datum",
    ],
    prefix: true,
  },
  {
    key: "avslutningsorsak",
    synonyms: [
      "Avslutningsorsak",
      "Avslutsorsak",
      "Avslutningsanledning",
      "Orsak till avslut",
      "Anledning till avslut",
      "Orsak",
      "Avslutad till",
    ],
    prefix: true,
  },
  {
    key: "anonym",
    synonyms: [
      "Anonym",
      "Anonymt registrerad",
      "Anonymt inskriven",
      "Anonym (Ja/Nej)",
      "Samtycke/anonym",
      "Anonym/samtycke",
      "Anonym/ej samtycke",
      "Skyddad identitet",
    ],
    prefix: true,
  },
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
    synonyms: [
      "Sysselsättningsgrad",
      "Sysselsättningsgrad (%)",
      "Sysselsättningsgrad vid avslut",
      "Omfattning",
      "Arbetstid",
      "Tjänstgöringsgrad",
    ],
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
