import JSZip from "jszip";
import { chartSpaceXml } from "./chart-xml";
import { drawingXml } from "./drawing-xml";
import type { ResolvedChart } from "./types";
import { elements, rootEnd, topLevelChildren } from "./xml-scan";
import { xmlUnescape } from "./xml-text";

/**
 * Adds charts to an .xlsx package written by ExcelJS (which cannot write charts): per sheet with charts
 * one drawing part, one chart part per chart, the relationships sheet → drawing → chart, the content
 * types, and `<drawing r:id>` in the sheet at the place CT_Worksheet requires — after pageSetup,
 * headerFooter, rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors and smartTags, before
 * legacyDrawing, legacyDrawingHF, drawingHF, picture, oleObjects, controls, webPublishItems, tableParts
 * and extLst (ECMA-376 Part 1, 18.3.1.99). Parts already in the package are left as they are.
 */

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Elements that follow <drawing> in CT_Worksheet. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** The charts of one sheet, by the sheet's name. */
export interface SheetCharts {
  sheetName: string;
  charts: ResolvedChart[];
}

const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

function relsXml(rels: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rels}</Relationships>`;
}

/** Package path of every worksheet by sheet name (xl/workbook.xml and its relationships). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map(elements(rels, "Relationship").map((r) => [r.Id, r.Target]));
  const out = new Map<string, string>();
  for (const s of elements(wb, "sheet")) {
    const target = targets.get(s["r:id"]);
    if (!target || s.name === undefined) continue;
    out.set(xmlUnescape(s.name), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The next free number N of parts named `${prefix}N.xml` (xl/charts/chart, xl/drawings/drawing). */
function nextNumber(zip: JSZip, prefix: string): () => number {
  let n = 0;
  zip.forEach((path) => {
    const m = path.startsWith(prefix) ? /^(\d+)\.xml$/.exec(path.slice(prefix.length)) : null;
    if (m) n = Math.max(n, Number(m[1]));
  });
  return () => ++n;
}

/** Adds a relationship to a part's .rels (created when missing); returns its new id. */
async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const path = relsPath(part);
  const xml = (await zip.file(path)?.async("string")) ?? relsXml("");
  const used = elements(xml, "Relationship").map((r) => Number(/^rId(\d+)$/.exec(r.Id ?? "")?.[1] ?? 0));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.file(
    path,
    xml
      .replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`)
      .replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${rel}</Relationships>`),
  );
  return id;
}

/** The sheet XML with `<drawing r:id>` inserted in schema order; null when the sheet has a drawing already. */
export function withDrawingElement(sheetXml: string, rId: string): string | null {
  const children = topLevelChildren(sheetXml);
  if (children.some((c) => c.name === "drawing")) return null;
  const before = children.find((c) => AFTER_DRAWING.has(c.name));
  const at = before ? before.start : rootEnd(sheetXml);
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${rId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${R_NS}"`);
  return xml;
}

/**
 * The package with the charts added. Returns the new bytes and the names of sheets whose charts could not be
 * added (a sheet that is not in the package, or that has a drawing already — never a sheet Finsam writes).
 */
export async function addChartsToPackage(
  bytes: Uint8Array,
  sheets: readonly SheetCharts[],
): Promise<{ bytes: Uint8Array; skipped: string[] }> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return { bytes, skipped: [] };
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const nextChart = nextNumber(zip, "xl/charts/chart");
  const nextDrawing = nextNumber(zip, "xl/drawings/drawing");
  const overrides: string[] = [];
  const skipped: string[] = [];
  for (const { sheetName, charts } of todo) {
    const sheetPath = parts.get(sheetName);
    const sheetXml = sheetPath ? await zip.file(sheetPath)?.async("string") : undefined;
    if (!sheetPath || sheetXml === undefined || topLevelChildren(sheetXml).some((c) => c.name === "drawing")) {
      skipped.push(sheetName);
      continue;
    }
    const d = nextDrawing();
    const drawingPath = `xl/drawings/drawing${d}.xml`;
    const chartRels = charts.map((chart, i) => {
      const n = nextChart();
      zip.file(`xl/charts/chart${n}.xml`, chartSpaceXml(chart));
      overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>`);
      return `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`;
    });
    zip.file(drawingPath, drawingXml(charts));
    zip.file(relsPath(drawingPath), relsXml(chartRels.join("")));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);
    const rId = await addRelationship(zip, sheetPath, REL_DRAWING, `../drawings/drawing${d}.xml`);
    zip.file(sheetPath, withDrawingElement(sheetXml, rId)!);
  }
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace(/<\/Types>\s*$/, `${overrides.join("")}</Types>`));
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes: out, skipped };
}
