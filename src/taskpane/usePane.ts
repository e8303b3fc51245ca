import { describeError } from "../services/errors";
import { useCallback, useReducer, useRef } from "react";
import type { FinsamServices, Progress, RunOptions } from "../services/types";
import type { Scenario } from "../services/nasta-ar";
import { initialPane, paneView, reducePane, type Busy } from "./state/pane";
import { usePaneChoices } from "./usePaneChoices";

export type { Busy, PaneState } from "./state/pane";

/**
 * Actions of the task pane over the plain reducer state/pane.ts; every workbook access goes through `services`.
 * The hook only sequences calls: start → service → result action → finish.
 */
export function usePane(services: FinsamServices, initialTill?: string) {
  const choices = usePaneChoices(services, initialTill);
  const [model, dispatch] = useReducer(reducePane, initialPane);
  /** One action at a time: a second click while busy does nothing (a ref, so two clicks in one render see it). */
  const running = useRef(false);
  const onProgress = useCallback((progress: Progress) => dispatch({ type: "progress", progress }), []);

  async function guarded(kind: Exclude<Busy, null>, action: () => Promise<void>): Promise<void> {
    if (running.current || choices.periodError) return;
    running.current = true;
    dispatch({ type: "start", busy: kind });
    try {
      await action();
    } catch (e) {
      // The services never throw; this is a last guard so the pane cannot get stuck as busy.
      dispatch({ type: "fail", message: describeError(e) });
    } finally {
      running.current = false;
      dispatch({ type: "finish" });
    }
  }

  const { choices: val, runOptions } = choices;

  const checkWorkbook = () =>
    guarded("kontroll", async () => {
      const options = runOptions(null);
      const svar = await services.checkWorkbook(options, onProgress);
      if (!svar.ok) return dispatch({ type: "fail", message: svar.message });
      dispatch({ type: "checked", kontroll: svar, period: { fran: options.fran, till: options.till } });
    });

  /** Skapa rapporter; with the scenario chosen under Nästa år the Bidrag report adds next year's bidrag from it. */
  const writeReports = (nastaAr?: Scenario | null) =>
    guarded("skapa", async () => {
      const options: RunOptions = { ...runOptions(model.kontroll?.tillgangliga ?? null), ...(nastaAr ? { nastaAr } : {}) };
      const svar = await services.writeReports(options, onProgress);
      if (!svar.ok) return dispatch({ type: "fail", message: svar.message });
      dispatch({ type: "written", rapport: svar, period: { fran: options.fran, till: options.till } });
      // Remembered with the reports (a write anyway), so Kontrollera leaves the workbook unchanged.
      const json = JSON.stringify(val);
      if (json !== model.savedChoices) {
        dispatch({ type: "choicesSaved", json });
        void services.saveChoices(val);
      }
    });

  const checkRekvisitioner = () =>
    guarded("rekvisitioner", async () => {
      const svar = await services.checkRekvisitioner(choices.range, onProgress);
      if (!svar.ok) return dispatch({ type: "fail", message: svar.message });
      dispatch({ type: "rekvisitioner", rekvisitioner: svar });
    });

  const selectIssueCell = useCallback(
    async (sheet: string, cell: string, where: string) => {
      dispatch({ type: "clearCellError" });
      const shown = await services.selectIssueCell(sheet, cell);
      if (!shown.ok) dispatch({ type: "cellNotShown", where, message: shown.message });
    },
    [services],
  );

  /** "Ta bort Finsams rapportblad", first click: lists the sheets and waits for the user's yes. */
  const askRemove = () =>
    guarded("tabort", async () => {
      if (!services.outputSheets) return;
      const svar = await services.outputSheets();
      if (!svar.ok) return dispatch({ type: "fail", message: svar.message });
      dispatch({ type: "askRemove", names: svar.blad.map((b) => b.name) });
    });

  /** Removes `names` (the confirmed list, or the unmasked deltagare sheets); only register sheets are ever removed. */
  const removeSheets = (names: string[]) =>
    guarded("tabort", async () => {
      dispatch({ type: "cancelRemove" });
      if (!services.removeOutputSheets || names.length === 0) return;
      const svar = await services.removeOutputSheets(names);
      if (!svar.ok) return dispatch({ type: "fail", message: svar.message });
      dispatch({ type: "removed", names: svar.borttagna });
    });

  const cancelRemove = useCallback(() => dispatch({ type: "cancelRemove" }), []);
  const hideRekvisitioner = useCallback(() => dispatch({ type: "hideRekvisitioner" }), []);

  return {
    state: paneView(model, choices.range),
    choices,
    checkWorkbook,
    writeReports,
    checkRekvisitioner,
    selectIssueCell,
    hideRekvisitioner,
    askRemove,
    removeSheets,
    cancelRemove,
  };
}
