import type { DataEditor } from "../../../src/taskpane/data-slot";
import { DataStep, createDataEditor } from "../../../src/taskpane/data/DataStep";
import type { MappingService } from "../../../src/services/mapping";
declare const m: MappingService;
export const a: DataEditor = createDataEditor(m);
export const b: DataEditor = DataStep;
