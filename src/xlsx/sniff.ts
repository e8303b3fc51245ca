import { readZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * What kind of file the user gave, from its first bytes and its zip directory, BEFORE any parser sees it: so
 * that an .xls, an .ods, a renamed .docx, a password-protected workbook, an empty zip or a truncated download
 * gets a Swedish sentence that names the format and says how to convert it — never "Can't find end of central
 * directory". Pure (no Node APIs): the CLI and the demo share it.
 *
 * Each message is a predicate to follow the file's name: `${fil} ${message}`.
 */

export type Sniff = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const SPARA_SOM_XLSX = "Öppna den i Excel och välj Arkiv > Spara som > Excel-arbetsbok (.xlsx), och kör sedan på .xlsx-filen.";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((m, i) => b[i] === m);
}

/** True when the UTF-16LE text occurs in the bytes (names of streams in an OLE compound file). */
function hasUtf16(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (b[i + 2 * k] !== text.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** An OLE compound file (Office 97–2003, or an encrypted Office 2007+ file wrapped in one). */
function sniffOle(b: Uint8Array): string {
  if (hasUtf16(b, "EncryptedPackage") || hasUtf16(b, "EncryptionInfo")) {
    return (
      "är lösenordsskyddad (krypterad med lösenord för att öppna), så den kan inte läsas. Öppna den i Excel, ta bort lösenordet " +
      "(Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm fältet), spara och kör igen."
    );
  }
  if (hasUtf16(b, "WordDocument")) return "är ett Word-dokument (.doc), inte en arbetsbok. Välj Excel-filen i stället.";
  if (hasUtf16(b, "Workbook") || hasUtf16(b, "Book"))
    return `är en arbetsbok i det äldre Excel-formatet (.xls, Excel 97–2003). ${SPARA_SOM_XLSX}`;
  return `är en fil i Office äldre format (97–2003), inte en Excel-arbetsbok (.xlsx). ${SPARA_SOM_XLSX}`;
}

/** A file that is not a zip at all: name what it looks like. */
function sniffNotZip(b: Uint8Array): string {
  const head = String.fromCharCode(...b.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("%pdf")) return "är en PDF-fil, inte en arbetsbok. Välj Excel-filen (.xlsx) som PDF:en gjordes från.";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.includes("<table")) {
    return `är en webbsida (HTML) med filnamn som ett kalkylblad — så sparar en del system sina "Excel-exporter". ${SPARA_SOM_XLSX}`;
  }
  if (head.startsWith("<?xml") && head.includes("spreadsheet")) return `är en XML-kalkylbladsfil (Excel 2003 XML). ${SPARA_SOM_XLSX}`;
  if (b.subarray(0, 4096).every((x) => x === 0))
    return "innehåller bara nollor — ingen arbetsbok. Filen är troligen skadad; hämta eller spara den på nytt.";
  if (b[0] === 0x50 && b[1] === 0x4b) {
    return "är en ofullständig eller skadad zip-fil (den tar slut för tidigt, t.ex. efter en avbruten nedladdning eller kopiering). Hämta eller spara arbetsboken på nytt.";
  }
  const printable = b.subarray(0, 4096).every((x) => x === 9 || x === 10 || x === 13 || x >= 32);
  if (printable) return `är en textfil (t.ex. CSV), inte en Excel-arbetsbok (.xlsx). ${SPARA_SOM_XLSX}`;
  return "är ingen Excel-arbetsbok (.xlsx) — filens innehåll känns inte igen. Kontrollera att du valt rätt fil, eller spara den på nytt som Excel-arbetsbok (.xlsx).";
}

/** A zip that is not an .xlsx: name the format by its parts. */
function sniffZipKind(entries: ZipEntry[]): string | null {
  const names = new Set(entries.map((e) => e.name));
  if (entries.length === 0) return "är en tom zip-fil utan innehåll — ingen arbetsbok. Hämta eller spara arbetsboken på nytt.";
  if (entries.some((e) => e.encrypted)) return "är en lösenordsskyddad zip-fil. Packa upp den och välj arbetsboken (.xlsx) i den.";
  if (names.has("mimetype") && names.has("content.xml")) {
    return `är ett OpenDocument-dokument (.ods, t.ex. från LibreOffice eller Google Kalkylark), inte en Excel-arbetsbok. ${SPARA_SOM_XLSX}`;
  }
  if (names.has("word/document.xml"))
    return "är ett Word-dokument (.docx) med ett annat filnamn, inte en arbetsbok. Välj Excel-filen i stället.";
  if (names.has("ppt/presentation.xml"))
    return "är en PowerPoint-presentation (.pptx) med ett annat filnamn, inte en arbetsbok. Välj Excel-filen i stället.";
  if (names.has("xl/workbook.bin")) return `är en binär Excel-arbetsbok (.xlsb). ${SPARA_SOM_XLSX}`;
  if (!entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name))) {
    return "är en zip-fil men ingen Excel-arbetsbok (den saknar arbetsbokens delar). Packa upp den och välj arbetsboken (.xlsx) i den, eller spara arbetsboken på nytt.";
  }
  return null;
}

/** The file's kind: an .xlsx's zip entries, or a Swedish sentence saying what it is instead and what to do. */
export function sniffWorkbook(b: Uint8Array): Sniff {
  if (b.length === 0)
    return { ok: false, message: "är tom (0 byte) — ingen arbetsbok. Spara arbetsboken på nytt från Excel och försök igen." };
  if (startsWith(b, OLE_MAGIC)) return { ok: false, message: sniffOle(b) };
  const isZip = b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && b[3] === b[2] + 1;
  if (!isZip) return { ok: false, message: sniffNotZip(b) };
  const dir = readZipDirectory(b);
  if (!dir.ok) {
    return {
      ok: false,
      message:
        "är en ofullständig eller skadad arbetsbok (zip-filens innehållsförteckning saknas eller är trasig, t.ex. efter en avbruten nedladdning eller kopiering). Hämta eller spara den på nytt.",
    };
  }
  const kind = sniffZipKind(dir.entries);
  return kind ? { ok: false, message: kind } : { ok: true, entries: dir.entries };
}
