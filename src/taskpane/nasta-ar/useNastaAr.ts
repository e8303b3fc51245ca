import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { NastaArModell, NastaArService, Scenario } from "../../services/nasta-ar";
import { nextScenarioName, upsertScenario } from "./scenario-edit";
import { nastaArStrings as t } from "./strings";

export type NastaArBusy = "las" | "skriv" | "spara" | null;

/** Outcome of the last action, shown in one live region. */
export type NastaArMessage =
  { kind: "written"; blad: string; ersatte: string[] } | { kind: "info"; text: string } | { kind: "error"; text: string };

/**
 * State of the "Nästa år" panel. The workbook is read once (on mount and on "Läs in igen"); the scenario
 * is the only thing the controls change, and the figures are a pure function of model + scenario
 * (useMemo over service.computeScenario): no Excel round trip until the user saves or writes.
 */
export function useNastaAr(service: NastaArService) {
  const [modell, setModell] = useState<NastaArModell | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<NastaArBusy>("las");
  const [scenario, setScenario] = useState<Scenario>({ name: "Alt 1", levers: [] });
  const [sparade, setSparade] = useState<Scenario[]>([]);
  const [message, setMessage] = useState<NastaArMessage | null>(null);
  const mounted = useRef(true);

  const lasIn = useCallback(async () => {
    setBusy("las");
    setLoadError(null);
    setMessage(null);
    const [svar, scen] = await Promise.all([service.readModel(), service.readScenarios()]);
    if (!mounted.current) return;
    setBusy(null);
    if (svar.ok) setModell(svar);
    else {
      setModell(null);
      setLoadError(svar.message);
    }
    if (scen.ok) {
      setSparade(scen.scenarier);
      if (scen.issues.length > 0) setMessage({ kind: "error", text: scen.issues.map((i) => i.message).join(" ") });
      setScenario((s) => (s.levers.length === 0 ? { ...s, name: nextScenarioName(scen.scenarier) } : s));
    } else setMessage({ kind: "error", text: scen.message });
  }, [service]);

  useEffect(() => {
    mounted.current = true;
    void lasIn();
    return () => {
      mounted.current = false;
    };
  }, [lasIn]);

  const bas = useMemo(() => (modell ? service.computeScenario(modell, { name: "Underlag", levers: [] }) : null), [service, modell]);
  const berakning = useMemo(() => (modell ? service.computeScenario(modell, scenario) : null), [service, modell, scenario]);

  const andra = useCallback((edit: (s: Scenario) => Scenario) => {
    setScenario((s) => edit(s));
  }, []);

  const setNamn = useCallback((name: string) => setScenario((s) => ({ ...s, name })), []);

  const rensa = useCallback(() => {
    setScenario((s) => ({ ...s, levers: [] }));
    setMessage(null);
  }, []);

  const persist = useCallback(
    async (list: Scenario[], done: string) => {
      setBusy("spara");
      const svar = await service.saveScenarios(list);
      if (!mounted.current) return;
      setBusy(null);
      if (svar.ok) {
        setSparade(list);
        setMessage({ kind: "info", text: done });
      } else setMessage({ kind: "error", text: svar.message });
    },
    [service],
  );

  const spara = useCallback(() => {
    const name = scenario.name.trim();
    if (!name) return setMessage({ kind: "error", text: t.scenarioNameHint });
    return persist(upsertScenario(sparade, scenario), t.saved(name));
  }, [persist, sparade, scenario]);

  const taBort = useCallback(
    (name: string) =>
      persist(
        sparade.filter((s) => s.name !== name),
        t.deleted(name),
      ),
    [persist, sparade],
  );

  const oppna = useCallback(
    (name: string) => {
      const found = sparade.find((s) => s.name === name);
      if (found) setScenario(JSON.parse(JSON.stringify(found)) as Scenario);
      setMessage(null);
    },
    [sparade],
  );

  const skriv = useCallback(async () => {
    if (!modell) return;
    setBusy("skriv");
    setMessage(null);
    const svar = await service.writeScenario(modell, scenario);
    if (!mounted.current) return;
    setBusy(null);
    setMessage(svar.ok ? { kind: "written", blad: svar.blad, ersatte: svar.ersatte } : { kind: "error", text: svar.message });
  }, [service, modell, scenario]);

  return { modell, loadError, busy, scenario, sparade, message, bas, berakning, lasIn, andra, setNamn, rensa, spara, taBort, oppna, skriv };
}

export type NastaArState = ReturnType<typeof useNastaAr>;
