/**
 * Compile-time proof that the simulator offers the Excel API subset the host uses
 * (`src/excel/office-api.ts`, which is itself checked against the real Office.js typings).
 */
import type { ExcelApi } from "../excel/office-api";
import type { ExcelSim } from "./sim";

type Assert<T extends true> = T;
export type SimConforms = Assert<ExcelSim extends ExcelApi ? true : false>;
