import type { RawSheet } from "../model/raw";
import { locateTable, type ColumnSpec } from "../text/header";

/**
 * Columns of a saldobalans sheet (domain.md §3.7): Konto | Benämning | IB | Period | UB, optional Budget (the year's
 * or the period's) and Föregående år. Defined here so that detection (which must leave the sheet to the bokslut, not
 * take it for a Budget sheet) and the ledger's reader (ledger/saldobalans.ts) agree on the synonyms.
 */
export const SALDOBALANS_SPECS: ColumnSpec[] = [
  { key: "konto", synonyms: ["Konto", "Kontonr", "Kontonummer"], required: true },
  { key: "namn", synonyms: ["Benämning", "Kontonamn", "Namn", "Kontobenämning"] },
  { key: "ib", synonyms: ["IB", "Ingående balans", "Ing balans", "Ingående saldo"], required: true },
  { key: "period", synonyms: ["Period", "Perioden", "Förändring", "Periodens förändring", "Rörelse"] },
  { key: "ub", synonyms: ["UB", "Utgående balans", "Utg balans", "Utgående saldo"], required: true },
  { key: "budget", synonyms: ["Budget", "Årsbudget", "Budget helår", "Helårsbudget", "Budget helåret", "Budget år", "Årets budget"] },
  { key: "periodbudget", synonyms: ["Periodbudget", "Budget perioden", "Budget period", "Ack budget", "Budget ack", "Ackumulerad budget"] },
  { key: "foregaende", synonyms: ["Föregående år", "Fg år", "Föreg år", "Utfall föregående år"] },
];

/** True when the sheet has a saldobalans header (Konto, IB and UB in one row of the first 30). */
export function looksLikeSaldobalans(sheet: RawSheet): boolean {
  const t = locateTable(sheet, SALDOBALANS_SPECS, { minMatches: 3 });
  return t !== null && t.missing.length === 0;
}
