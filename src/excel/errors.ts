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
};

/** Swedish reason only: the Office.js code stays on ExcelHostError.code (for support), not in the text. */
const reason = (e: unknown): string => WHY[errorCode(e)] ?? swedishErrorText(e);

export function readError(e: unknown): ExcelHostError {
  return new ExcelHostError(`Arbetsboken kunde inte läsas: ${reason(e)}.`, errorCode(e), e);
}

export function writeError(e: unknown, cleanup: "klar" | "misslyckades", cleanupError?: unknown): ExcelHostError {
  const after =
    cleanup === "klar"
      ? "Bladen som hann skapas togs bort och tidigare rapporter är orörda."
      : `Städningen misslyckades också (${cleanupError === undefined ? "okänd orsak" : swedishErrorText(cleanupError)}): ta bort blad vars namn börjar med "~finsam-" för hand.`;
  return new ExcelHostError(`Rapportbladen kunde inte skrivas: ${reason(e)}. ${after}`, errorCode(e), e);
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
