import type { AnyReportModule } from "./types";
import { beslutsutrymmeModule } from "./beslutsutrymme";
import { bidragModule } from "./bidrag";
import { deltagareModule } from "./deltagare";
import { driftsredovisningModule } from "./driftsredovisning";
import { forbrukningskvotModule } from "./forbrukningskvot";
import { rekvisitionerModule } from "./rekvisitioner";
import { resultatModule } from "./resultat";

/** Every report capability, in the order their sheets are written (the Valideringsrapport comes last). */
export const reportModules: AnyReportModule[] = [
  forbrukningskvotModule,
  driftsredovisningModule,
  resultatModule,
  rekvisitionerModule,
  deltagareModule,
  bidragModule,
  beslutsutrymmeModule,
];

export { beslutsutrymmeModule, bidragModule, deltagareModule, driftsredovisningModule, forbrukningskvotModule, rekvisitionerModule, resultatModule };
