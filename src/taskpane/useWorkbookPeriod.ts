import { useEffect, useMemo, useRef, useState } from "react";
import { defaultPeriod, utfallSaknasText, workbookYears, type ArbetsbokPerioder } from "../services/default-period";
import { periodRange } from "../services/period";
import type { FinsamServices, PeriodVal } from "../services/types";

/**
 * The period chooser's workbook side (issue 14 pattern 10): reads the workbook's periods once (services.perioder)
 * and, when the user has not chosen a period yet (no choices saved in the workbook, no example period, the
 * period still the pane's first), sets the default of default-period.ts — the Räkenskapsår and the last period
 * with utfall. Gives the years to offer (the workbook's) and the varning when the chosen period has no utfall.
 */
export function useWorkbookPeriod(services: FinsamServices, period: PeriodVal, setPeriod: (p: PeriodVal) => void, initialTill?: string) {
  const [perioder, setPerioder] = useState<ArbetsbokPerioder | null>(null);
  const first = useRef(JSON.stringify(period));
  const current = useRef(period);
  current.current = period;

  useEffect(() => {
    if (!services.perioder) return;
    let live = true;
    void Promise.all([services.perioder(), services.readChoices()]).then(([svar, saved]) => {
      if (!live || !svar.ok) return;
      setPerioder(svar);
      const untouched = JSON.stringify(current.current) === first.current;
      if (!saved && initialTill === undefined && untouched) setPeriod(defaultPeriod(svar, services.today()));
    });
    return () => {
      live = false;
    };
    // Once per workbook (services): later changes of the period are the user's.
  }, [services]);

  const today = services.today();
  const years = useMemo(() => workbookYears(perioder ?? { utfall: [], budgetAr: [] }, today), [perioder, today]);
  const varning = useMemo(() => (perioder ? utfallSaknasText(perioder, periodRange(period)) : null), [perioder, period]);
  return { years, varning };
}
