import type { ReportModule } from "../pipeline-types";
import { beslutsutrymmeModule } from "./beslutsutrymme";
import { bidragModule } from "./bidrag";
import { driftsredovisningModule } from "./driftsredovisning";
import { forbrukningskvotModule } from "./forbrukningskvot";

/** Every report capability, in the order their sheets are written (the Valideringsrapport comes last). */
export const reportModules: ReportModule[] = [forbrukningskvotModule, driftsredovisningModule, bidragModule, beslutsutrymmeModule];

export { beslutsutrymmeModule, bidragModule, driftsredovisningModule, forbrukningskvotModule };
