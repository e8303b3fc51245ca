import type { ChartSeriesData, ResolvedChart } from "./types";
import { xmlAttr, xmlText } from "./xml-text";

/**
 * One chart as a DrawingML part (xl/charts/chartN.xml, c:chartSpace), in the element order of the
 * schema (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarSer/CT_LineSer/CT_PieSer, CT_CatAx, CT_ValAx).
 * Every series refers to the report's cells (c:f) and carries their values (c:strCache, c:numCache), so
 * Excel and LibreOffice draw the chart without recalculating; fonts are named (Arial), so no viewer
 * falls back to a serif font; 10 pt text prints at 8 pt or more at the reports' smallest scale (80 %).
 */

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The Office theme's first six accent colours, the series colours Excel itself gives a new chart. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

const CAT_AX = 500000001;
const VAL_AX = 500000002;

function strCache(values: string[]): string {
  const pts = values.map((v, i) => (v === "" ? "" : `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (number | null)[], formatCode: string): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function fill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

/** A series: c:idx, c:order, c:tx, (c:spPr, type-specific elements), c:cat, c:val, (c:smooth). */
function seriesXml(s: ChartSeriesData, i: number, chart: ResolvedChart): string {
  const color = PALETTE[i % PALETTE.length];
  const head =
    `<c:idx val="${i}"/><c:order val="${i}"/>` + `<c:tx><c:strRef><c:f>${xmlText(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
  const data =
    `<c:cat><c:strRef><c:f>${xmlText(s.catRef)}</c:f>${strCache(s.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(s.valRef)}</c:f>${numCache(s.values, chart.formatCode)}</c:numRef></c:val>`;
  switch (chart.type) {
    case "Pie":
      return `<c:ser>${head}${data}</c:ser>`;
    case "Line":
      return (
        `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${fill(color)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill(color)}</c:spPr></c:marker>${data}<c:smooth val="0"/></c:ser>`
      );
    default:
      return `<c:ser>${head}<c:spPr>${fill(color)}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
}

/** The chart-type element (c:barChart, c:lineChart, c:pieChart) with its series. */
function plotXml(chart: ResolvedChart): string {
  const series = chart.series.map((s, i) => seriesXml(s, i, chart)).join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  switch (chart.type) {
    case "Pie":
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
    case "Line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
    default: {
      const dir = chart.type === "BarClustered" ? "bar" : "col";
      const stacked = chart.type === "ColumnStacked";
      return (
        `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="${stacked ? 80 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ""}${axIds}</c:barChart>`
      );
    }
  }
}

const GRID_LINE = '<c:spPr><a:ln w="6350">' + fill("D9D9D9") + "</a:ln></c:spPr>";
const AXIS_LINE = '<c:spPr><a:ln w="6350">' + fill("BFBFBF") + "</a:ln></c:spPr>";

/**
 * Category and value axes (not for pie charts). A horizontal bar chart has its categories on the left, top to
 * bottom in the order of the table (orientation maxMin) and its value axis at the foot (crosses at the last category).
 */
function axesXml(chart: ResolvedChart): string {
  if (chart.type === "Pie") return "";
  const horizontal = chart.type === "BarClustered";
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/>${AXIS_LINE}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines>${GRID_LINE}</c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlAttr(chart.formatCode)}" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"><a:latin typeface="Arial"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" sz="1200" b="1"><a:latin typeface="Arial"/></a:rPr><a:t>${xmlText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** The whole chart part. */
export function chartSpaceXml(chart: ResolvedChart): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart)}${axesXml(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${fill("FFFFFF")}<a:ln w="9525">${fill("D9D9D9")}</a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Arial"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="sv-SE"/></a:p></c:txPr></c:chartSpace>`
  );
}
