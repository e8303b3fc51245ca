import { describeError } from "../services/errors";
import { useCallback, useRef, useState } from "react";
import type { FinsamServices, KontrollOk, Progress, RapportOk, RekvisitionOk, RunPeriod } from "../services/types";
import { afterRemoval, replacedOnRerun } from "./output-sheets-state";
import { borttagnaText } from "./output-sheets-strings";
import { usePaneChoices } from "./usePaneChoices";

export type Busy = "kontroll" | "skapa" | "rekvisitioner" | "tabort" | null;

export interface PaneState {
  busy: Busy;
  progress: Progress | null;
  kontroll: KontrollOk | null;
  rapport: RapportOk | null;
  rekvisitioner: RekvisitionOk | null;
  error: string | null;
  /** Message when an issue's cell could not be selected. */
  cellError: string | null;
  /** Existing report sheets Skapa rapporter would replace for the chosen period (as far as the pane knows). */
  ersatts: string[];
  /** "Ta bort Finsams rapportblad" waiting for the user's yes: the sheets it would remove. */
  taBort: string[] | null;
  /** What the last removal did. */
  borttagna: string | null;
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
  const [kontrollPeriod, setKontrollPeriod] = useState<RunPeriod | null>(null);
  const [rapportPeriod, setRapportPeriod] = useState<RunPeriod | null>(null);
  const [taBort, setTaBort] = useState<string[] | null>(null);
  const [borttagna, setBorttagna] = useState<string | null>(null);
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
    setBorttagna(null);
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
      const options = runOptions(null);
      const svar = await services.checkWorkbook(options, setProgress);
      if (!svar.ok) return setError(svar.message);
      setKontroll(svar);
      setKontrollPeriod({ fran: options.fran, till: options.till });
      setRapport(null);
      setRekvisitioner(null);
    });

  const writeReports = () =>
    guarded("skapa", async () => {
      const options = runOptions(kontroll?.tillgangliga ?? null);
      const svar = await services.writeReports(options, setProgress);
      if (!svar.ok) return setError(svar.message);
      setRapport(svar);
      setRapportPeriod({ fran: options.fran, till: options.till });
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

  /** "Ta bort Finsams rapportblad", first click: lists the sheets and waits for the user's yes. */
  const askRemove = () =>
    guarded("tabort", async () => {
      if (!services.outputSheets) return;
      const svar = await services.outputSheets();
      if (!svar.ok) return setError(svar.message);
      setTaBort(svar.blad.map((b) => b.name));
    });

  /** Removes `names` (the confirmed list, or the unmasked deltagare sheets); only register sheets are ever removed. */
  const removeSheets = (names: string[]) =>
    guarded("tabort", async () => {
      setTaBort(null);
      if (!services.removeOutputSheets || names.length === 0) return;
      const svar = await services.removeOutputSheets(names);
      if (!svar.ok) return setError(svar.message);
      const next = afterRemoval({ kontroll, rapport }, svar.borttagna);
      setKontroll(next.kontroll);
      setRapport(next.rapport);
      setBorttagna(borttagnaText(svar.borttagna.length));
    });

  const cancelRemove = useCallback(() => setTaBort(null), []);

  const hideRekvisitioner = useCallback(() => setRekvisitioner(null), []);

  const ersatts = replacedOnRerun({ kontroll, kontrollPeriod, rapport, rapportPeriod }, choices.range);
  const state: PaneState = { busy, progress, kontroll, rapport, rekvisitioner, error, cellError, ersatts, taBort, borttagna };
  return {
    state,
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
