import type { ReportModule } from "../pipeline-types";
import { beslutsutrymmeModule } from "./beslutsutrymme";
import { bidragModule } from "./bidrag";
import { driftsredovisningModule } from "./driftsredovisning";
import { forbrukningskvotModule } from "./forbrukningskvot";
import { rekvisitionerModule } from "./rekvisitioner";

/** Every report capability, in the order their sheets are written (the Valideringsrapport comes last). */
export const reportModules: ReportModule[] = [
  forbrukningskvotModule,
  driftsredovisningModule,
  rekvisitionerModule,
  bidragModule,
  beslutsutrymmeModule,
];

export { beslutsutrymmeModule, bidragModule, driftsredovisningModule, forbrukningskvotModule, rekvisitionerModule };
