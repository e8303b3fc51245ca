/**
 * What the user reads when something fails: Swedish, without English library text, stack traces,
 * error codes or web addresses ("Can't find end of central directory : is this a zip file ?" from
 * jszip becomes "Filen är inte en Excel-arbetsbok (.xlsx) …"). Our own Swedish messages pass through.
 */

/** English words and developer tokens that must never reach a user (lower case). */
const ENGLISH = new Set(
  (
    "the of and or are was can't cannot can find found end central directory file error errors failed failure " +
    "undefined null nan read write property properties function object type invalid argument exception request response " +
    "sync timeout timed out unexpected token json parse syntax stack trace at to from with this that no such " +
    "access denied permission item exists already exceeded payload network fetch load loading " +
    "unknown internal range sheet workbook value values missing required expected received " +
    "typeerror rangeerror referenceerror syntaxerror enoent eacces eperm eisdir enospc itemnotfound invalidargument " +
    "generalexception accessdenied jszip exceljs richapi"
  ).split(/\s+/),
);

/** English words (and CamelCase identifiers, URLs) found in `text`; empty when it reads as Swedish. */
export function englishIn(text: string): string[] {
  const found: string[] = [];
  if (/https?:\/\/|www\.[a-z]/i.test(text)) found.push("webbadress");
  for (const word of text.match(/[\p{L}][\p{L}']*/gu) ?? []) {
    if (ENGLISH.has(word.toLowerCase())) found.push(word);
    else if (/^[a-z]+[A-Z][A-Za-z]*$|^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(word)) found.push(word);
  }
  return found;
}

/**
 * True when `text` has no English word from the list above. Words that are also Swedish ("in", "be",
 * "not", "cell", "server", "bad", "is", "general", "limit", "size", "Office") are left out of the list.
 */
export function readsSwedish(text: string): boolean {
  return englishIn(text).length === 0;
}

const ZIP = /central directory|zip|corrupt|signature|end of data|invalid (?:or unsupported )?(?:zip|file)|not a valid/i;

/** A Swedish sentence (no final period) for what `e` says went wrong. */
export function swedishErrorText(e: unknown): string {
  const code = typeof (e as { code?: unknown } | null)?.code === "string" ? String((e as { code: string }).code) : "";
  const message =
    e instanceof Error
      ? e.message
      : typeof (e as { message?: unknown } | null)?.message === "string"
        ? String((e as { message: string }).message)
        : String(e ?? "");
  if (message && readsSwedish(message)) return message.replace(/[.\s]+$/, "");
  switch (code) {
    case "ENOENT":
      return "filen eller mappen finns inte";
    case "EACCES":
    case "EPERM":
      return "behörighet saknas till filen eller mappen";
    case "EISDIR":
      return "sökvägen är en mapp, inte en fil";
    case "ENOSPC":
      return "disken är full";
    case "EROFS":
      return "mappen är skrivskyddad";
    case "EBUSY":
      return "filen används av ett annat program; stäng den och försök igen";
    case "ItemAlreadyExists":
      return "ett blad eller namn med samma namn finns redan";
    case "GeneralException":
      return "Excel kunde inte slutföra åtgärden";
    case "ItemNotFound":
      return "ett blad eller objekt finns inte längre";
    case "InvalidArgument":
      return "Excel godtog inte ett värde";
    case "AccessDenied":
      return "arbetsboken eller bladet är skyddat";
    case "RequestPayloadSizeLimitExceeded":
      return "Excel avvisade en för stor begäran";
    case "InvalidOperationInCellEditMode":
      return "en cell redigeras just nu; avsluta redigeringen och försök igen";
  }
  if (ZIP.test(message))
    return "filen är inte en Excel-arbetsbok (.xlsx): den kan vara skadad, lösenordsskyddad eller sparad i ett annat format";
  if (/password|encrypt/i.test(message)) return "filen är lösenordsskyddad";
  if (/JSON|Unexpected token/i.test(message)) return "sparade inställningar kunde inte läsas";
  if (/network|fetch|Failed to load/i.test(message)) return "nätverksanslutningen bröts";
  return "ett oväntat fel inträffade";
}
