import { describeError } from "../services/errors";
import { useCallback, useRef, useState } from "react";
import type { FinsamServices, KontrollOk, Progress, RapportOk, RekvisitionOk } from "../services/types";
import { usePaneChoices } from "./usePaneChoices";

export type Busy = "kontroll" | "skapa" | "rekvisitioner" | null;

export interface PaneState {
  busy: Busy;
  progress: Progress | null;
  kontroll: KontrollOk | null;
  rapport: RapportOk | null;
  rekvisitioner: RekvisitionOk | null;
  error: string | null;
  /** Message when an issue's cell could not be selected. */
  cellError: string | null;
}

/** State and actions of the task pane; every workbook access goes through `services`. */
export function usePane(services: FinsamServices, initialTill?: string) {
  const choices = usePaneChoices(services, initialTill);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [kontroll, setKontroll] = useState<KontrollOk | null>(null);
  const [rapport, setRapport] = useState<RapportOk | null>(null);
  const [rekvisitioner, setRekvisitioner] = useState<RekvisitionOk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cellError, setCellError] = useState<string | null>(null);
  /** One action at a time: a second click while busy does nothing. */
  const running = useRef(false);
  /** The choices last written to the workbook (JSON), so an unchanged choice is not written again. */
  const savedChoices = useRef<string | null>(null);

  async function guarded<T>(kind: Exclude<Busy, null>, action: () => Promise<T>): Promise<T | null> {
    if (running.current || choices.periodError) return null;
    running.current = true;
    setBusy(kind);
    setProgress(null);
    setError(null);
    setCellError(null);
    try {
      return await action();
    } catch (e) {
      // The services never throw; this is a last guard so the pane cannot get stuck as busy.
      setError(describeError(e));
      return null;
    } finally {
      running.current = false;
      setBusy(null);
      setProgress(null);
    }
  }

  const { choices: val, runOptions } = choices;

  const checkWorkbook = () =>
    guarded("kontroll", async () => {
      const svar = await services.checkWorkbook(runOptions(null), setProgress);
      if (!svar.ok) return setError(svar.message);
      setKontroll(svar);
      setRapport(null);
      setRekvisitioner(null);
    });

  const writeReports = () =>
    guarded("skapa", async () => {
      const svar = await services.writeReports(runOptions(kontroll?.tillgangliga ?? null), setProgress);
      if (!svar.ok) return setError(svar.message);
      setRapport(svar);
      // Remembered with the reports (a write anyway), so Kontrollera leaves the workbook unchanged.
      const text = JSON.stringify(val);
      if (text !== savedChoices.current) {
        savedChoices.current = text;
        void services.saveChoices(val);
      }
    });

  const checkRekvisitioner = () =>
    guarded("rekvisitioner", async () => {
      const svar = await services.checkRekvisitioner(choices.range, setProgress);
      if (!svar.ok) return setError(svar.message);
      setRekvisitioner(svar);
    });

  const selectIssueCell = useCallback(
    async (sheet: string, cell: string, where: string) => {
      setCellError(null);
      const shown = await services.selectIssueCell(sheet, cell);
      if (!shown.ok) setCellError(`${where}. ${shown.message}`);
    },
    [services],
  );

  const hideRekvisitioner = useCallback(() => setRekvisitioner(null), []);

  const state: PaneState = { busy, progress, kontroll, rapport, rekvisitioner, error, cellError };
  return { state, choices, checkWorkbook, writeReports, checkRekvisitioner, selectIssueCell, hideRekvisitioner };
}
