import type { AnchorCell, ResolvedChart } from "./types";
import { xmlAttr } from "./xml-text";

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml, xdr:wsDr): one xdr:twoCellAnchor per chart, from its
 * anchor cell to the cell where its size ends, holding a graphic frame that points at the chart part
 * through the drawing's relationship `rId`. editAs="oneCell": the chart moves with its cells but keeps its size.
 */

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

function cellXml(tag: "from" | "to", c: AnchorCell): string {
  return (
    `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>${c.colOff}</xdr:colOff>` +
    `<xdr:row>${c.row}</xdr:row><xdr:rowOff>${c.rowOff}</xdr:rowOff></xdr:${tag}>`
  );
}

/** One chart's anchor; `id` is the shape id (unique in the drawing, from 2), `rId` its relationship. */
export function chartAnchorXml(chart: ResolvedChart, id: number, rId: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${cellXml("from", chart.from)}${cellXml("to", chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Diagram ${id - 1}" descr="${xmlAttr(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part with the charts' anchors; chart i uses relationship "rId{i+1}". */
export function drawingXml(charts: readonly ResolvedChart[]): string {
  const anchors = charts.map((c, i) => chartAnchorXml(c, i + 2, `rId${i + 1}`)).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors}</xdr:wsDr>`;
}
