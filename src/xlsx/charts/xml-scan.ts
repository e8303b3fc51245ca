/**
 * Small scans over the package's XML parts, enough for the parts ExcelJS writes: top-level children of the
 * root element (nested elements with the same name, like a cfRule's extLst, are skipped), and attributes.
 */

/** Start/end tags of an XML text (comments, processing instructions and CDATA skipped). */
const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** A top-level child of the root element: its local name and the offset of its start tag. */
export interface TopChild {
  name: string;
  start: number;
}

/** The root element's direct children, in order, with their start offsets. */
export function topLevelChildren(xml: string): TopChild[] {
  const out: TopChild[] = [];
  let depth = 0;
  for (const m of xml.matchAll(TAG)) {
    if (m[2] === undefined) continue;
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) out.push({ name: m[2].replace(/^.*:/, ""), start: m.index });
    if (!m[4]) depth++;
  }
  return out;
}

/** Offset of the root element's end tag. */
export function rootEnd(xml: string): number {
  return xml.lastIndexOf("</");
}

/** Attributes of one start tag text ('<sheet name="A" r:id="rId1"/>') by qualified name, still escaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = m[2] ?? m[3] ?? "";
  return out;
}

/** Every start tag of an element name (e.g. "sheet", "Relationship") as its attributes. */
export function elements(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, "g");
  return [...xml.matchAll(re)].map((m) => attributes(m[1]));
}
