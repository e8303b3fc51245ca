import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { NastaArService, Scenario } from "../../services/nasta-ar";
import { initialNastaAr, reduceNastaAr, valtScenario } from "../state/nasta-ar";
import { upsertScenario } from "./scenario-edit";
import { nastaArStrings as t } from "./strings";

export type { NastaArBusy, NastaArMessage } from "../state/nasta-ar";

/**
 * The "Nästa år" panel over the plain reducer state/nasta-ar.ts. The workbook is read once (on mount and on
 * "Läs in igen"); the scenario is the only thing the controls change, and the figures are a pure function of
 * model + scenario (useMemo over service.computeScenario): no Excel round trip until the user saves or writes.
 */
export function useNastaAr(service: NastaArService) {
  const [state, dispatch] = useReducer(reduceNastaAr, initialNastaAr);
  const { modell, scenario, sparade } = state;
  const mounted = useRef(true);

  const lasIn = useCallback(async () => {
    dispatch({ type: "loading" });
    const [svar, scen] = await Promise.all([service.readModel(), service.readScenarios()]);
    if (mounted.current) dispatch({ type: "loaded", modell: svar, scenarier: scen });
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

  const andra = useCallback((edit: (s: Scenario) => Scenario) => dispatch({ type: "edit", edit }), []);
  const setNamn = useCallback((name: string) => dispatch({ type: "rename", name }), []);
  const rensa = useCallback(() => dispatch({ type: "clear" }), []);

  const persist = useCallback(
    async (list: Scenario[], done: string) => {
      dispatch({ type: "saving" });
      const svar = await service.saveScenarios(list);
      if (!mounted.current) return;
      dispatch(svar.ok ? { type: "saved", sparade: list, text: done } : { type: "failed", text: svar.message });
    },
    [service],
  );

  const spara = useCallback(() => {
    const name = scenario.name.trim();
    if (!name) return dispatch({ type: "failed", text: t.scenarioNameHint });
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

  const oppna = useCallback((name: string) => dispatch({ type: "open", name }), []);
  /** The scenario Skapa rapporter uses (state/nasta-ar.ts valtScenario); "Använd i Skapa rapporter" / "Använd inte". */
  const vald = useMemo(() => valtScenario({ vald: state.vald, scenario }), [state.vald, scenario]);
  const valj = useCallback(() => dispatch({ type: "choose" }), []);
  const slutaValja = useCallback(() => dispatch({ type: "unchoose" }), []);

  const skriv = useCallback(async () => {
    if (!modell) return;
    dispatch({ type: "writing" });
    const svar = await service.writeScenario(modell, scenario);
    if (!mounted.current) return;
    dispatch(svar.ok ? { type: "written", blad: svar.blad, ersatte: svar.ersatte } : { type: "failed", text: svar.message });
  }, [service, modell, scenario]);

  const { loadError, busy, message } = state;
  return {
    modell,
    loadError,
    busy,
    scenario,
    sparade,
    message,
    bas,
    berakning,
    vald,
    lasIn,
    andra,
    setNamn,
    rensa,
    spara,
    taBort,
    oppna,
    skriv,
    valj,
    slutaValja,
  };
}

export type NastaArState = ReturnType<typeof useNastaAr>;
