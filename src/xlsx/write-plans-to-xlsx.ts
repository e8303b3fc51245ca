import type { SheetPlan } from "../domain/model";
import { workbookToXlsx } from "./charts/workbook-bytes";
import { loadWorkbook } from "./read-workbook";
import { writePlansToWorkbook, type XlsxWriteOptions, type XlsxWriteReport } from "./write-plans";

/**
 * .xlsx bytes + plans → new .xlsx bytes with the plans written as new sheets (see writePlansToWorkbook);
 * the input bytes are not changed. For the browser demo's "Ladda ner" of a workbook the user opened,
 * so the user's own sheets keep their formatting; the plans' charts are written too. Throws only when the bytes are not an .xlsx file.
 */
export async function writePlansToXlsx(
  buf: ArrayBuffer | Uint8Array,
  plans: SheetPlan[],
  opts: XlsxWriteOptions = {},
): Promise<{ bytes: Uint8Array; report: XlsxWriteReport }> {
  const wb = await loadWorkbook(buf);
  const report = writePlansToWorkbook(wb, plans, opts);
  return { bytes: await workbookToXlsx(wb), report };
}
