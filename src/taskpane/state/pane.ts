/**
 * The task pane's run state as a plain reducer: what is running, its progress, the last results and messages.
 * `usePane` wraps it with useReducer and calls the services; everything the pane shows follows from
 * `reducePane` and `paneView`, so it is tested without rendering (test/taskpane/state/pane.test.ts).
 */
import type { KontrollOk, Progress, RapportOk, RekvisitionOk, RunPeriod } from "../../services/types";
import { afterRemoval, replacedOnRerun } from "../output-sheets-state";
import { borttagnaText } from "../output-sheets-strings";

export type Busy = "kontroll" | "skapa" | "rekvisitioner" | "tabort" | null;

export interface PaneModel {
  busy: Busy;
  progress: Progress | null;
  kontroll: KontrollOk | null;
  /** Period Kontrollera was run with. */
  kontrollPeriod: RunPeriod | null;
  rapport: RapportOk | null;
  /** Period the last Skapa rapporter wrote. */
  rapportPeriod: RunPeriod | null;
  rekvisitioner: RekvisitionOk | null;
  error: string | null;
  /** Message when an issue's cell could not be selected. */
  cellError: string | null;
  /** "Ta bort Finsams rapportblad" waiting for the user's yes: the sheets it would remove. */
  taBort: string[] | null;
  /** What the last removal did. */
  borttagna: string | null;
  /** The choices last written to the workbook (JSON), so an unchanged choice is not written again. */
  savedChoices: string | null;
}

export type PaneAction =
  | { type: "start"; busy: Exclude<Busy, null> }
  | { type: "progress"; progress: Progress }
  | { type: "finish" }
  | { type: "fail"; message: string }
  | { type: "checked"; kontroll: KontrollOk; period: RunPeriod }
  | { type: "written"; rapport: RapportOk; period: RunPeriod }
  | { type: "choicesSaved"; json: string }
  | { type: "rekvisitioner"; rekvisitioner: RekvisitionOk }
  | { type: "hideRekvisitioner" }
  | { type: "clearCellError" }
  /** An issue's cell could not be selected: `where` ("Kunde inte visa Utfall!D7") and the service's reason. */
  | { type: "cellNotShown"; where: string; message: string }
  | { type: "askRemove"; names: string[] }
  | { type: "cancelRemove" }
  | { type: "removed"; names: string[] };

export const initialPane: PaneModel = {
  busy: null,
  progress: null,
  kontroll: null,
  kontrollPeriod: null,
  rapport: null,
  rapportPeriod: null,
  rekvisitioner: null,
  error: null,
  cellError: null,
  taBort: null,
  borttagna: null,
  savedChoices: null,
};

export function reducePane(s: PaneModel, a: PaneAction): PaneModel {
  switch (a.type) {
    case "start":
      // A new action clears the last one's messages and progress.
      return { ...s, busy: a.busy, progress: null, error: null, cellError: null, borttagna: null };
    case "progress":
      return { ...s, progress: a.progress };
    case "finish":
      return { ...s, busy: null, progress: null };
    case "fail":
      return { ...s, error: a.message };
    case "checked":
      // A new check makes the earlier reports and rekvisition verdicts stale.
      return { ...s, kontroll: a.kontroll, kontrollPeriod: a.period, rapport: null, rekvisitioner: null };
    case "written":
      return { ...s, rapport: a.rapport, rapportPeriod: a.period };
    case "choicesSaved":
      return { ...s, savedChoices: a.json };
    case "rekvisitioner":
      return { ...s, rekvisitioner: a.rekvisitioner };
    case "hideRekvisitioner":
      return { ...s, rekvisitioner: null };
    case "clearCellError":
      return { ...s, cellError: null };
    case "cellNotShown":
      return { ...s, cellError: `${a.where}. ${a.message}` };
    case "askRemove":
      return { ...s, taBort: a.names };
    case "cancelRemove":
      return { ...s, taBort: null };
    case "removed": {
      const next = afterRemoval({ kontroll: s.kontroll, rapport: s.rapport }, a.names);
      return { ...s, kontroll: next.kontroll, rapport: next.rapport, borttagna: borttagnaText(a.names.length) };
    }
  }
}

/** What the pane shows: the model plus the report sheets Skapa rapporter would replace for `range`. */
export interface PaneState {
  busy: Busy;
  progress: Progress | null;
  kontroll: KontrollOk | null;
  rapport: RapportOk | null;
  rekvisitioner: RekvisitionOk | null;
  error: string | null;
  cellError: string | null;
  /** Existing report sheets Skapa rapporter would replace for the chosen period (as far as the pane knows). */
  ersatts: string[];
  taBort: string[] | null;
  borttagna: string | null;
}

export function paneView(s: PaneModel, range: RunPeriod): PaneState {
  const { busy, progress, kontroll, rapport, rekvisitioner, error, cellError, taBort, borttagna } = s;
  return { busy, progress, kontroll, rapport, rekvisitioner, error, cellError, ersatts: replacedOnRerun(s, range), taBort, borttagna };
}
