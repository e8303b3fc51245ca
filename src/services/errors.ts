import { swedishErrorText } from "../domain/text/user-error";

/**
 * Turns anything thrown by a host into a Swedish sentence: our own Swedish messages as they are,
 * Office.js codes and library errors ("Can't find end of central directory") in Swedish words.
 */
export function describeError(e: unknown): string {
  return swedishErrorText(e);
}
