/**
 * The "Nästa år" panel's state as a plain reducer: the model read from the workbook, the scenario the controls
 * edit, the saved scenarios and the one message. `useNastaAr` wraps it with useReducer and calls the service;
 * the figures are a pure function of model + scenario (service.computeScenario), not state.
 */
import type { ModellSvar, NastaArModell, Scenario, ScenarierSvar } from "../../services/nasta-ar";
import { nextScenarioName } from "../nasta-ar/scenario-edit";

export type NastaArBusy = "las" | "skriv" | "spara" | null;

/** Outcome of the last action, shown in one live region. */
export type NastaArMessage =
  { kind: "written"; blad: string; ersatte: string[] } | { kind: "info"; text: string } | { kind: "error"; text: string };

export interface NastaArModel {
  modell: NastaArModell | null;
  loadError: string | null;
  busy: NastaArBusy;
  scenario: Scenario;
  sparade: Scenario[];
  message: NastaArMessage | null;
  /**
   * The scenario is the one Skapa rapporter uses for next year's Bidrag per medlem (valtScenario): set when the user
   * opens a saved scenario, writes it or chooses it; Rensa and "Använd inte" unset it.
   */
  vald: boolean;
}

export type NastaArAction =
  | { type: "loading" }
  | { type: "loaded"; modell: ModellSvar; scenarier: ScenarierSvar }
  | { type: "edit"; edit: (s: Scenario) => Scenario }
  | { type: "rename"; name: string }
  | { type: "clear" }
  | { type: "open"; name: string }
  | { type: "saving" }
  | { type: "saved"; sparade: Scenario[]; text: string }
  | { type: "writing" }
  | { type: "written"; blad: string; ersatte: string[] }
  | { type: "failed"; text: string }
  | { type: "choose" }
  | { type: "unchoose" };

export const initialNastaAr: NastaArModel = {
  modell: null,
  loadError: null,
  busy: "las",
  scenario: { name: "Alt 1", levers: [] },
  sparade: [],
  message: null,
  vald: false,
};

/**
 * The scenario Skapa rapporter passes to the Bidrag report (RunOptions.nastaAr), as the panel shows it now (later edits
 * included), or null when none is chosen or it has no name.
 */
export function valtScenario(s: Pick<NastaArModel, "vald" | "scenario">): Scenario | null {
  const name = s.scenario.name.trim();
  return s.vald && name ? { ...s.scenario, name } : null;
}

export function reduceNastaAr(s: NastaArModel, a: NastaArAction): NastaArModel {
  switch (a.type) {
    case "loading":
      return { ...s, busy: "las", loadError: null, message: null };
    case "loaded": {
      const m = a.modell;
      const next: NastaArModel = m.ok
        ? { ...s, busy: null, modell: m, loadError: null }
        : { ...s, busy: null, modell: null, loadError: m.message };
      const sc = a.scenarier;
      if (!sc.ok) return { ...next, message: { kind: "error", text: sc.message } };
      return {
        ...next,
        sparade: sc.scenarier,
        message: sc.issues.length > 0 ? { kind: "error", text: sc.issues.map((i) => i.message).join(" ") } : next.message,
        // A scenario the user has not started gets a free name ("Alt 2" when "Alt 1" is saved).
        scenario: s.scenario.levers.length === 0 ? { ...s.scenario, name: nextScenarioName(sc.scenarier) } : s.scenario,
      };
    }
    case "edit":
      return { ...s, scenario: a.edit(s.scenario) };
    case "rename":
      return { ...s, scenario: { ...s.scenario, name: a.name } };
    case "clear":
      return { ...s, scenario: { ...s.scenario, levers: [] }, message: null, vald: false };
    case "open": {
      const found = s.sparade.find((x) => x.name === a.name);
      // A deep copy: editing the opened scenario never changes the saved one until it is saved again.
      return found ? { ...s, scenario: JSON.parse(JSON.stringify(found)) as Scenario, message: null, vald: true } : { ...s, message: null };
    }
    case "saving":
      return { ...s, busy: "spara" };
    case "saved":
      return { ...s, busy: null, sparade: a.sparade, message: { kind: "info", text: a.text } };
    case "writing":
      return { ...s, busy: "skriv", message: null };
    case "written":
      return { ...s, busy: null, message: { kind: "written", blad: a.blad, ersatte: a.ersatte }, vald: true };
    case "failed":
      return { ...s, busy: null, message: { kind: "error", text: a.text } };
    case "choose":
      return { ...s, vald: true };
    case "unchoose":
      return { ...s, vald: false };
  }
}
