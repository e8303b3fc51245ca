import JSZip from "jszip";
import { elements } from "./xml-scan";
import { xmlUnescape } from "./xml-text";

/**
 * The sheets of an .xlsx that hold charts: worksheets whose drawing refers to a chart part, and chart sheets
 * (a sheet that is only a chart). ExcelJS drops every chart when it reads a workbook; the CLI warns about
 * the ones it does not draw again itself (charts on report sheets it replaces are written anew).
 */
export async function sheetsWithCharts(bytes: Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return [];
  }
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
  const resolve = (from: string, target: string) => {
    if (target.startsWith("/")) return target.slice(1);
    const parts = from.split("/").slice(0, -1);
    for (const seg of target.split("/")) {
      if (seg === "..") parts.pop();
      else if (seg !== ".") parts.push(seg);
    }
    return parts.join("/");
  };
  const wbRels = new Map(elements(await text("xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [r.Id, r]));
  const out: string[] = [];
  for (const s of elements(await text("xl/workbook.xml"), "sheet")) {
    const rel = wbRels.get(s["r:id"]);
    if (!rel || s.name === undefined) continue;
    const name = xmlUnescape(s.name);
    if (/\/chartsheet$/.test(rel.Type ?? "")) {
      out.push(name);
      continue;
    }
    const part = resolve("xl/workbook.xml", rel.Target ?? "");
    let charts = false;
    for (const d of elements(await text(relsOf(part)), "Relationship").filter((r) => /\/drawing$/.test(r.Type ?? ""))) {
      const drawing = resolve(part, d.Target ?? "");
      if (elements(await text(relsOf(drawing)), "Relationship").some((r) => /\/chart$/.test(r.Type ?? ""))) charts = true;
    }
    if (charts) out.push(name);
  }
  return out;
}

/** True when a chart of the input sits on a sheet that is not among `replaced` (so the copy will lack it). */
export async function chartsOutside(bytes: Uint8Array, replaced: readonly string[]): Promise<boolean> {
  const gone = new Set(replaced.map((n) => n.toLowerCase()));
  return (await sheetsWithCharts(bytes)).some((n) => !gone.has(n.toLowerCase()));
}
