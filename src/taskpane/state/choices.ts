/**
 * The pane's choices — period, outputs, Publicering — as a plain reducer. They start from the defaults and are
 * replaced by the choices remembered in the workbook once those are read, unless the user has already changed
 * something. `usePaneChoices` wraps it with useReducer; `runOptionsFor` turns the choices into the run's options.
 */
import { periodRange } from "../../services/period";
import type { PaneChoices, PeriodVal, RunOptions } from "../../services/types";

export interface ChoicesModel {
  choices: PaneChoices;
  /** The user changed something: remembered choices read later do not overwrite it. */
  touched: boolean;
}

export type ChoicesAction =
  | { type: "remembered"; choices: PaneChoices }
  | { type: "period"; period: PeriodVal }
  | { type: "publicering"; publicering: PaneChoices["publicering"] }
  | { type: "output"; kind: string; on: boolean };

export const initialChoices = (choices: PaneChoices): ChoicesModel => ({ choices, touched: false });

export function reduceChoices(s: ChoicesModel, a: ChoicesAction): ChoicesModel {
  switch (a.type) {
    case "remembered":
      return s.touched ? s : { ...s, choices: a.choices };
    case "period":
      return { touched: true, choices: { ...s.choices, period: a.period } };
    case "publicering":
      return { touched: true, choices: { ...s.choices, publicering: a.publicering } };
    case "output": {
      const avvalda = new Set(s.choices.avvalda);
      if (a.on) avvalda.delete(a.kind);
      else avvalda.add(a.kind);
      return { touched: true, choices: { ...s.choices, avvalda: [...avvalda] } };
    }
  }
}

/**
 * The run options for the chosen outputs. Every kind of `allKinds` checked → `reports` undefined (every report the
 * workbook allows); else the checked kinds, limited to `tillgangliga` (those the workbook has data for) when known.
 */
export function runOptionsFor(choices: PaneChoices, allKinds: readonly string[], tillgangliga: readonly string[] | null): RunOptions {
  const avvalda = new Set(choices.avvalda);
  const checked = allKinds.filter((k) => !avvalda.has(k) && (tillgangliga === null || tillgangliga.includes(k)));
  const reports = allKinds.every((k) => !avvalda.has(k)) ? undefined : checked;
  return {
    ...periodRange(choices.period),
    reports,
    publicering: choices.publicering === null ? null : { threshold: choices.publicering },
  };
}
