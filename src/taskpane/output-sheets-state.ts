/** Plain functions behind the pane's "these sheets will be replaced" and "Ta bort Finsams rapportblad". */
import type { KontrollOk, RapportOk, RunPeriod } from "../services/types";

export interface OutputView {
  kontroll: KontrollOk | null;
  /** Period Kontrollera was run with. */
  kontrollPeriod: RunPeriod | null;
  rapport: RapportOk | null;
  /** Period the last Skapa rapporter wrote. */
  rapportPeriod: RunPeriod | null;
}

const samePeriod = (a: RunPeriod | null, b: RunPeriod): boolean => !!a && a.fran === b.fran && a.till === b.till;

/**
 * The existing report sheets Skapa rapporter for `period` replaces, as far as the pane knows: after a write of the
 * same period, everything written; otherwise what Kontrollera found for the same period; else nothing.
 */
export function replacedOnRerun(s: OutputView, period: RunPeriod): string[] {
  if (s.rapport && samePeriod(s.rapportPeriod, period)) return s.rapport.written.map((w) => w.name);
  if (s.kontroll && samePeriod(s.kontrollPeriod, period)) return s.kontroll.ersatts;
  return [];
}

/** The pane's results once `removed` sheets are gone: none of them is named again. */
export function afterRemoval<T extends { kontroll: KontrollOk | null; rapport: RapportOk | null }>(s: T, removed: readonly string[]): T {
  const gone = new Set(removed.map((n) => n.toLowerCase()));
  const keep = (n: string): boolean => !gone.has(n.toLowerCase());
  return {
    ...s,
    kontroll: s.kontroll && { ...s.kontroll, ersatts: s.kontroll.ersatts.filter(keep) },
    rapport: s.rapport && {
      ...s.rapport,
      written: s.rapport.written.filter((w) => keep(w.name)),
      omaskadeKvar: s.rapport.omaskadeKvar.filter(keep),
    },
  };
}
