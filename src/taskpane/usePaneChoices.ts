import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { defaultChoices } from "../services/choices";
import { periodProblem, periodRange } from "../services/period";
import type { FinsamServices, PaneChoices, PeriodVal, RunOptions } from "../services/types";

/**
 * The pane's choices — period, outputs, Publicering — starting from the defaults and replaced by the
 * choices remembered in the workbook once they are read (unless the user has already changed something).
 */
export function usePaneChoices(services: FinsamServices, initialTill?: string) {
  const [choices, setChoices] = useState<PaneChoices>(() => defaultChoices(services.today(), initialTill));
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    void services.readChoices().then((saved) => {
      if (live && saved && !touched.current) setChoices(saved);
    });
    return () => {
      live = false;
    };
  }, [services]);

  const change = useCallback((patch: Partial<PaneChoices>) => {
    touched.current = true;
    setChoices((c) => ({ ...c, ...patch }));
  }, []);

  const setPeriod = useCallback((period: PeriodVal) => change({ period }), [change]);
  const setPublicering = useCallback((publicering: PaneChoices["publicering"]) => change({ publicering }), [change]);
  const setOutput = useCallback((kind: string, on: boolean) => {
    touched.current = true;
    setChoices((c) => {
      const avvalda = new Set(c.avvalda);
      if (on) avvalda.delete(kind);
      else avvalda.add(kind);
      return { ...c, avvalda: [...avvalda] };
    });
  }, []);

  const range = useMemo(() => periodRange(choices.period), [choices.period]);
  const periodError = periodProblem(range.fran, range.till);

  /**
   * The run options for the chosen outputs. Every kind checked → undefined (every report the workbook
   * allows); else the checked kinds, limited to those the workbook has data for when that is known.
   */
  const runOptions = useCallback(
    (tillgangliga: readonly string[] | null): RunOptions => {
      const all = services.reportKinds().map((t) => t.kind);
      const avvalda = new Set(choices.avvalda);
      const checked = all.filter((k) => !avvalda.has(k) && (tillgangliga === null || tillgangliga.includes(k)));
      const reports = all.every((k) => !avvalda.has(k)) ? undefined : checked;
      return {
        ...range,
        reports,
        publicering: choices.publicering === null ? null : { threshold: choices.publicering },
      };
    },
    [services, choices, range],
  );

  return { choices, range, periodError, setPeriod, setOutput, setPublicering, runOptions };
}
