import type { ColumnSpec } from "../text/header";

/** The standard sheets' columns and their synonyms: detection and parsing read the same lists. */

/**
 * The Budget sheet's Grupp values (domain.md §2, §3.2), in the order of the template's list (Skapa mallar): they
 * drive the driftsredovisning's groups and the nyckeltal; parse/base/budget.ts (parseGrupp) reads each of them.
 */
export const BUDGET_GRUPPER = [
  "Medlemsintäkt",
  "Övrig intäkt",
  "ESF",
  "Förtroendevalda",
  "Förvaltning",
  "Samverkansinsats",
  "Övrig samverkansinsats",
  "Finansiell",
] as const;

export const INSTALLNINGAR_SPECS: ColumnSpec[] = [
  { key: "installning", synonyms: ["Inställning", "Parameter", "Uppgift"], required: true },
  { key: "varde", synonyms: ["Värde", "Belopp", "Uppgift värde"], required: true },
];

export const MEDLEMMAR_COLUMNS: ColumnSpec[] = [
  {
    key: "medlem",
    synonyms: [
      "Medlem",
      "Medlemmar",
      "Medlemsorganisation",
      "Huvudman",
      "Rörelseintäkter",
      "Kommun",
      "Kommuner",
      "Region/kommun",
      "Kommun/region",
      "Medlemskommun",
    ],
    required: true,
  },
  { key: "typ", synonyms: ["Typ", "Medlemstyp", "Kategori"], prefix: true },
  { key: "invanare", synonyms: ["Invånare", "Antal invånare", "Invånarantal", "Folkmängd", "Befolkning"], prefix: true },
  { key: "andel", synonyms: ["Andel", "Fördelning", "Andel av medlemsbidrag"], prefix: true },
  {
    key: "beslutat",
    synonyms: ["Beslutat", "Beslutad", "Beslutat bidrag", "Medlemsavgift", "Medlemsbidrag", "Helår", "Bidrag"],
    prefix: true,
  },
  { key: "fakturerat", synonyms: ["Fakturerat", "Fakturerad", "Fakturerat belopp", "Inbetalt", "Betalt"], prefix: true },
];

export const REKVISITION_COLUMNS: ColumnSpec[] = [
  { key: "insats", synonyms: ["Insats", "Insatsnamn", "Insats (kortnamn)", "Samverkansinsats", "Projekt"], required: true },
  { key: "period", synonyms: ["Period", "Avser period", "Rekvisitionsperiod", "Avser", "Kvartal", "Halvår"], required: true },
  {
    key: "belopp",
    synonyms: ["Belopp", "Rekvirerat belopp", "Rekvirerat", "Begärt belopp", "Summa", "Summa rekvisition"],
    required: true,
    prefix: true,
  },
  { key: "inkommen", synonyms: ["Inkommen", "Inkom", "Inkommen datum", "Inkommet", "Ankomstdatum", "Mottagen", "Datum"], prefix: true },
  { key: "personal", synonyms: ["Personal", "Personalkostnader", "Lönekostnader", "Löner"], prefix: true },
  { key: "lokal", synonyms: ["Lokal", "Lokaler", "Lokalkostnader", "Lokalkostnad", "Hyra"], prefix: true },
  { key: "ovrigt", synonyms: ["Övrigt", "Övriga", "Övriga kostnader", "Övr kostnader"], prefix: true },
];
