/** Errors of the Excel host: a Swedish message for the user plus the Office.js code behind it. */
import type { ExcelErrorLike } from "./office-api";
import { swedishErrorText } from "../domain/text/user-error";

export class ExcelHostError extends Error {
  constructor(
    message: string,
    /** Office.js error code ("ItemNotFound", "RequestPayloadSizeLimitExceeded", …) or "Okänt". */
    readonly code: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "ExcelHostError";
  }
}

export function errorCode(e: unknown): string {
  const code = (e as ExcelErrorLike | null)?.code;
  return typeof code === "string" && code ? code : "Okänt";
}

const WHY: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "Excel avvisade en för stor begäran",
  ResponsePayloadSizeLimitExceeded: "Excel kunde inte skicka så mycket data på en gång",
  InvalidOperationInCellEditMode: "en cell redigeras just nu; avsluta redigeringen och försök igen",
  ItemAlreadyExists: "ett namn fanns redan",
  ItemNotFound: "ett blad eller objekt finns inte längre",
  InvalidArgument: "Excel godtog inte ett värde",
  AccessDenied: "arbetsboken eller bladet är skyddat",
  InvalidOperation: "Excel tillät inte ändringen (är arbetsbokens struktur skyddad?)",
  WriteNotSupportedWhenModalDialogOpen: "en dialogruta är öppen i Excel; stäng den och försök igen",
  InactiveWorkbook: "arbetsboken är inte längre aktiv (den stängdes eller byttes ut); öppna den igen och försök på nytt",
  ActivityLimitReached: "Excel har nått gränsen för hur mycket som får ändras just nu; vänta en stund och försök igen",
  GeneralException: "Excel rapporterade ett internt fel; spara arbetsboken och försök igen",
  NullValues: "Excel skickade inga värden för ett för stort blad",
};

/** The message when the workbook's structure is protected (Granska › Skydda arbetsbok, ExcelApi 1.7 `protection.protected`). */
export const PROTECTED_TEXT =
  "Arbetsboken är skyddad (Granska › Skydda arbetsbok), så inga blad kan läggas till. Ta bort skyddet och försök igen; inget har ändrats.";

/** Swedish reason only: the Office.js code stays on ExcelHostError.code (for support), not in the text. */
const reason = (e: unknown): string => WHY[errorCode(e)] ?? swedishErrorText(e);

export function readError(e: unknown): ExcelHostError {
  return new ExcelHostError(`Arbetsboken kunde inte läsas: ${reason(e)}.`, errorCode(e), e);
}

/**
 * A failed write. `created` says whether the write got as far as creating sheets: only then is there anything
 * to remove by hand when the cleanup fails too.
 */
export function writeError(e: unknown, cleanup: "klar" | "misslyckades", cleanupError?: unknown, created = true): ExcelHostError {
  const after =
    cleanup === "klar"
      ? created
        ? "Bladen som hann skapas togs bort och tidigare rapporter är orörda."
        : "Inget ändrades i arbetsboken och tidigare rapporter är orörda."
      : created
        ? `Städningen misslyckades också (${cleanupError === undefined ? "okänd orsak" : swedishErrorText(cleanupError)}): ta bort blad vars namn börjar med "~finsam-" för hand.`
        : "Inga blad hann skapas, så inget behöver städas.";
  return new ExcelHostError(`Rapportbladen kunde inte skrivas: ${reason(e)}. ${after}`, errorCode(e), e);
}

/** A finding's cell on a hidden sheet cannot be shown (Excel does not activate hidden sheets). */
export function hiddenSheetText(sheet: string, cell: string): string {
  return `Bladet "${sheet}" är dolt. Visa det (högerklicka på en bladflik › Ta fram) för att se cell ${cell}.`;
}

export function selectError(e: unknown, sheet: string, cell: string): ExcelHostError {
  const text =
    errorCode(e) === "ItemNotFound"
      ? `Bladet "${sheet}" finns inte längre.`
      : errorCode(e) === "InvalidArgument"
        ? `Cellen "${cell}" på bladet "${sheet}" kunde inte visas.`
        : `Cellen kunde inte visas: ${reason(e)}.`;
  return new ExcelHostError(text, errorCode(e), e);
}
