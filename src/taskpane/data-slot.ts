import type { ComponentType } from "react";
import type { FinsamServices, KontrollOk } from "../services/types";

/**
 * The slot for the mapping editor of step 1 (built in src/taskpane/data/): rendered under the list of read
 * sheets. `kontroll` is the latest read (null before the first); `onChanged` re-reads the workbook after the
 * user saved a corrected mapping, so every step shows the new result.
 */
export interface DataEditorProps {
  services: FinsamServices;
  kontroll: KontrollOk | null;
  onChanged(): void;
}

export type DataEditor = ComponentType<DataEditorProps>;
