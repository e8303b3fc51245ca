import JSZip from "jszip";
import type { Issue } from "../domain/issues";
import { parseScenarios, type Scenario } from "../domain/compute/what-if";
import { elements } from "../xlsx/charts/xml-scan";
import { xmlUnescape } from "../xlsx/charts/xml-text";
import { SCENARIO_SETTING_KEY } from "../services/nasta-ar";

/**
 * The Nästa år scenarios the task pane saved in the workbook ("Spara scenario"). The pane keeps them in the add-in's
 * workbook settings (services/nasta-ar.ts, key SCENARIO_SETTING_KEY); Excel saves those settings in the .xlsx as
 * `<we:property name="finsam.nastaAr.scenarier" value="…"/>` in xl/webextensions/webextension*.xml, the value being
 * the setting as JSON (here a JSON string holding the scenario list). An unreadable list gives its Swedish findings
 * (parseScenarios) and no scenarios; a file without the part gives none.
 */
export async function readSavedScenarios(bytes: Uint8Array): Promise<{ scenarios: Scenario[]; issues: Issue[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return { scenarios: [], issues: [] };
  }
  const parts = Object.keys(zip.files)
    .filter((name) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(name))
    .sort();
  for (const part of parts) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const property = elements(xml, "property").find((p) => p.name !== undefined && xmlUnescape(p.name) === SCENARIO_SETTING_KEY);
    if (!property || property.value === undefined) continue;
    const stored = settingText(xmlUnescape(property.value));
    return parseScenarios(stored);
  }
  return { scenarios: [], issues: [] };
}

/** A setting's stored JSON → the text the scenario store saved (a JSON string literal unwrapped; anything else as JSON). */
function settingText(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}
