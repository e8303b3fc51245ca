import type { Bedomning, RekvisitionskontrollResultat } from "./rekvisitionskontroll";

/**
 * What the task pane lists after "Kontrollera rekvisitioner": one row per claim with its verdict and the cell
 * to select when the user clicks it (the claim's insats cell; `range` covers the whole claim).
 */
export interface RekvisitionListRad {
  verdict: Bedomning;
  insats: string;
  period: string;
  sheet: string;
  cell: string;
  range: string;
  /** Each failed check and remark in words (info notes left out). */
  reasons: string[];
  /** Kronor to pay (0 when action is needed). */
  attBetala: number;
  belopp: number | null;
}

/** Verdicts needing action first, then remarks, then approved; workbook order within each. */
const ORDER: Record<Bedomning, number> = { "Åtgärd krävs": 0, "Godkänd med anmärkning": 1, Godkänd: 2 };

/** Turns the Rekvisitionskontroll result into the task pane's list (pure; the UI only renders it). */
export function rekvisitionLista(result: RekvisitionskontrollResultat): RekvisitionListRad[] {
  const rows = result.rader.map((r, i) => ({
    i,
    row: {
      verdict: r.bedomning,
      insats: r.insatsId ?? (r.insats === "" ? "(insats saknas)" : r.insats),
      period: r.period === "" ? "(period saknas)" : r.period,
      sheet: r.sheet,
      cell: r.cell,
      range: r.range,
      reasons: r.anmarkningar.filter((a) => a.severity !== "info").map((a) => a.message),
      attBetala: r.attBetala,
      belopp: r.belopp,
    },
  }));
  rows.sort((a, b) => ORDER[a.row.verdict] - ORDER[b.row.verdict] || a.i - b.i);
  return rows.map((r) => r.row);
}
