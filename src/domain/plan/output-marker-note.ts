/**
 * The note a host shows when a register entry names a sheet that no longer carries Finsam's
 * output marker (src/domain/plan/output-marker.ts): the sheet is left alone and read as the
 * user's own, and the new report gets a fresh name.
 */
export function unmarkedNote(sheet: string): string {
  return (
    `Bladet "${sheet}" har samma namn som en tidigare rapport men saknar Finsams märkning (cellen "Finsam-rapport: …" på rad 1). ` +
    "Det räknas därför som ditt eget blad och lämnas orört; den nya rapporten fick ett eget namn."
  );
}
