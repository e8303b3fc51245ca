import type { RawSheet } from "./raw";
import type { SheetPlan, WriteReport } from "./plan";

/** Reads the user's sheets. Implemented by the Excel host, the .xlsx host and the simulated Excel. */
export interface WorkbookSource {
  readSheets(): Promise<RawSheet[]>;
}

/** Writes output sheets. Never modifies the user's own sheets; replaces only the add-in's own earlier output. */
export interface WorkbookSink {
  apply(plans: SheetPlan[]): Promise<WriteReport>;
}
