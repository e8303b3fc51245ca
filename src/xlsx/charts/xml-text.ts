import { xmlSafeText } from "../xml-safe";

/** Text for XML element content: &, < and > escaped, forbidden characters as Excel's "_xHHHH_". */
export function xmlText(s: string): string {
  return xmlSafeText(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text for an XML attribute value in double quotes. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;");
}

/** XML attribute value → text (the entities ExcelJS and Excel write). */
export function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}
