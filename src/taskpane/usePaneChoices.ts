import { useCallback, useEffect, useMemo, useReducer } from "react";
import { defaultChoices } from "../services/choices";
import { periodProblem, periodRange } from "../services/period";
import type { FinsamServices, PaneChoices, PeriodVal, RunOptions } from "../services/types";
import { initialChoices, reduceChoices, runOptionsFor } from "./state/choices";

/**
 * The pane's choices — period, outputs, Publicering — over the plain reducer state/choices.ts: they start from
 * the defaults and are replaced by the choices remembered in the workbook once they are read (unless the user has
 * already changed something).
 */
export function usePaneChoices(services: FinsamServices, initialTill?: string) {
  const [state, dispatch] = useReducer(reduceChoices, undefined, () => initialChoices(defaultChoices(services.today(), initialTill)));
  const { choices } = state;

  useEffect(() => {
    let live = true;
    void services.readChoices().then((saved) => {
      if (live && saved) dispatch({ type: "remembered", choices: saved });
    });
    return () => {
      live = false;
    };
  }, [services]);

  const setPeriod = useCallback((period: PeriodVal) => dispatch({ type: "period", period }), []);
  const setPublicering = useCallback((publicering: PaneChoices["publicering"]) => dispatch({ type: "publicering", publicering }), []);
  const setOutput = useCallback((kind: string, on: boolean) => dispatch({ type: "output", kind, on }), []);

  const range = useMemo(() => periodRange(choices.period), [choices.period]);
  const periodError = periodProblem(range.fran, range.till);

  /** The run options for the chosen outputs (state/choices.ts runOptionsFor). */
  const runOptions = useCallback(
    (tillgangliga: readonly string[] | null): RunOptions =>
      runOptionsFor(
        choices,
        services.reportKinds().map((t) => t.kind),
        tillgangliga,
      ),
    [services, choices],
  );

  return { choices, range, periodError, setPeriod, setOutput, setPublicering, runOptions };
}
