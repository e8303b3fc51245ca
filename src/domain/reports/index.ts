import type { AnyReportModule } from "./types";
import { beslutsutrymmeModule } from "./beslutsutrymme";
import { bidragModule } from "./bidrag";
import { bokslutModule } from "./bokslut";
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
  bokslutModule,
];

export {
  beslutsutrymmeModule,
  bidragModule,
  bokslutModule,
  deltagareModule,
  driftsredovisningModule,
  forbrukningskvotModule,
  rekvisitionerModule,
  resultatModule,
};
