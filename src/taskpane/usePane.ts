import { useCallback, useRef, useState } from "react";
import { defaultTill, franForTill, isIsoDate, periodProblem } from "../services/period";
import type { FinsamServices, KontrollOk, RapportOk } from "../services/types";

export type Busy = "kontroll" | "skapa" | null;

export interface PaneState {
  till: string;
  fran: string;
  busy: Busy;
  kontroll: KontrollOk | null;
  rapport: RapportOk | null;
  error: string | null;
  /** Message when an issue's cell could not be selected. */
  cellError: string | null;
  periodError: string | null;
}

/** State and actions of the task pane; every workbook access goes through `services`. */
export function usePane(services: FinsamServices, initialTill?: string) {
  const startTill = initialTill && isIsoDate(initialTill) ? initialTill : defaultTill(services.idag());
  const [till, setTillRaw] = useState(startTill);
  const [fran, setFranRaw] = useState(franForTill(startTill));
  const franEdited = useRef(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [kontroll, setKontroll] = useState<KontrollOk | null>(null);
  const [rapport, setRapport] = useState<RapportOk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cellError, setCellError] = useState<string | null>(null);

  /** A new period end moves "från" to 1 January of its year unless the user edited "från". */
  const setTill = useCallback((value: string) => {
    setTillRaw(value);
    if (!franEdited.current && isIsoDate(value)) setFranRaw(franForTill(value));
  }, []);

  const setFran = useCallback((value: string) => {
    franEdited.current = true;
    setFranRaw(value);
  }, []);

  const periodError = periodProblem(fran, till);

  const kontrollera = useCallback(async () => {
    if (periodProblem(fran, till)) return;
    setBusy("kontroll");
    setError(null);
    setCellError(null);
    setRapport(null);
    const svar = await services.kontrollera({ fran, till });
    setBusy(null);
    if (svar.ok) setKontroll(svar);
    else setError(svar.message);
  }, [services, fran, till]);

  const skapaRapporter = useCallback(async () => {
    if (periodProblem(fran, till)) return;
    setBusy("skapa");
    setError(null);
    setCellError(null);
    const svar = await services.skapaRapporter({ fran, till });
    setBusy(null);
    if (svar.ok) setRapport(svar);
    else setError(svar.message);
  }, [services, fran, till]);

  const visaCell = useCallback(
    async (sheet: string, cell: string, where: string) => {
      setCellError(null);
      const shown = await services.visaCell(sheet, cell);
      if (!shown) setCellError(where);
    },
    [services],
  );

  const state: PaneState = { till, fran, busy, kontroll, rapport, error, cellError, periodError };
  return { state, setTill, setFran, kontrollera, skapaRapporter, visaCell };
}
