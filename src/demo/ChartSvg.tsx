import type { ReactNode } from "react";
import { demoStrings } from "../taskpane/strings";
import { axisTicks, type ChartData } from "./chart-data";
import { formatCell } from "./number-format";

/** Excel's default series colours (Office theme). */
export const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const FONT = "Calibri, Carlito, 'Segoe UI', system-ui, sans-serif";
const TITLE_H = 28;
const LEGEND_H = 24;
const PAD = 10;

/** At most `max` characters, with "…" when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

function Legend({ names, width, y }: { names: string[]; width: number; y: number }) {
  const longest = Math.max(4, ...names.map((n) => n.length));
  const item = Math.min(longest * 6.2 + 24, (width - 2 * PAD) / Math.max(1, names.length));
  const start = (width - item * names.length) / 2;
  return (
    <g fontSize={11}>
      {names.map((n, i) => (
        <g key={i} transform={`translate(${start + i * item},${y})`}>
          <rect width={10} height={10} y={-9} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
          <text x={14}>{clip(n, Math.floor(item / 6.5) - 2)}</text>
        </g>
      ))}
    </g>
  );
}

/** Column, bar or line chart on a value axis from 0. */
function AxisChart({ data }: { data: ChartData }) {
  const { width: W, height: H, categories, series } = data;
  const horizontal = data.type.startsWith("Bar");
  const stacked = data.type.includes("Stacked");
  const line = data.type.startsWith("Line");
  const fmt = (v: number) => formatCell(v, data.format ?? "#,##0");
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const sums = categories.map((_, c) => series.reduce((t, s) => t + Math.max(0, s.values[c] ?? 0), 0));
  const ticks = axisTicks(Math.min(0, ...all), stacked ? Math.max(0, ...sums) : Math.max(0, ...all));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const catLabelW = horizontal ? Math.min(150, Math.max(...categories.map((c) => c.length), 4) * 6 + 8) : 0;
  const valueLabelW = Math.max(...ticks.map((t) => fmt(t).length)) * 6.5 + 8;
  const left = PAD + (horizontal ? catLabelW : valueLabelW);
  const top = TITLE_H + 6;
  // Column charts whose category names do not fit under their column write them slanted.
  const longestCat = Math.max(4, ...categories.map((c) => c.length));
  const slant = !horizontal && longestCat * 6 > (W - left - PAD - 14) / Math.max(1, categories.length);
  const slantChars = Math.min(longestCat, 22);
  const bottom = H - LEGEND_H - (horizontal ? 18 : slant ? Math.round(slantChars * 4.2) + 16 : 30);
  const right = W - PAD - 14;
  const plotW = right - left;
  const plotH = bottom - top;
  const val = (v: number) => (horizontal ? left + ((v - lo) / (hi - lo)) * plotW : bottom - ((v - lo) / (hi - lo)) * plotH);
  const band = (horizontal ? plotH : plotW) / Math.max(1, categories.length);
  const barCount = stacked ? 1 : series.length;
  const barW = (band * 0.72) / Math.max(1, barCount);
  const showLabels = !line && categories.length * barCount <= 24;
  const shapes: ReactNode[] = [];
  categories.forEach((_, c) => {
    let base = 0;
    series.forEach((s, si) => {
      const v = s.values[c];
      if (v === null || line) return;
      const from = stacked ? base : 0;
      const to = from + v;
      if (stacked) base = to;
      const offset = c * band + band * 0.14 + (stacked ? 0 : si * barW);
      const a = val(Math.min(from, to));
      const b = val(Math.max(from, to));
      const fill = SERIES_COLORS[si % SERIES_COLORS.length];
      const rect = horizontal
        ? { x: a, y: top + offset, width: Math.max(0, b - a), height: barW }
        : { x: left + offset, y: b, width: barW, height: Math.max(0, a - b) };
      shapes.push(
        <rect key={`${c}-${si}`} {...rect} fill={fill}>
          <title>{`${s.name}, ${categories[c]}: ${fmt(v)}`}</title>
        </rect>,
      );
      if (showLabels && v !== 0) {
        const lx = horizontal ? b + 3 : rect.x + barW / 2;
        const ly = horizontal ? rect.y + barW / 2 + 4 : v < 0 ? a + 11 : b - 3;
        shapes.push(
          <text key={`l${c}-${si}`} x={lx} y={ly} fontSize={10} textAnchor={horizontal ? "start" : "middle"} fill="#404040">
            {fmt(v)}
          </text>,
        );
      }
    });
  });
  if (line) {
    series.forEach((s, si) => {
      const pts = s.values.map((v, c) => (v === null ? null : `${left + (c + 0.5) * band},${val(v)}`)).filter(Boolean);
      shapes.push(
        <polyline key={`p${si}`} points={pts.join(" ")} fill="none" stroke={SERIES_COLORS[si % SERIES_COLORS.length]} strokeWidth={2.5} />,
      );
    });
  }
  return (
    <>
      {ticks.map((t) => (
        <g key={t} fontSize={10} fill="#595959">
          {horizontal ? (
            <>
              <line x1={val(t)} x2={val(t)} y1={top} y2={bottom} stroke={t === 0 ? "#7f7f7f" : "#e0e0e0"} />
              <text x={val(t)} y={bottom + 13} textAnchor="middle">
                {fmt(t)}
              </text>
            </>
          ) : (
            <>
              <line x1={left} x2={right} y1={val(t)} y2={val(t)} stroke={t === 0 ? "#7f7f7f" : "#e0e0e0"} />
              <text x={left - 4} y={val(t) + 3} textAnchor="end">
                {fmt(t)}
              </text>
            </>
          )}
        </g>
      ))}
      {shapes}
      {categories.map((c, i) =>
        horizontal ? (
          <text key={i} x={left - 4} y={top + (i + 0.5) * band + 4} fontSize={10} textAnchor="end" fill="#404040">
            {clip(c, Math.floor(catLabelW / 6))}
          </text>
        ) : slant ? (
          <text
            key={i}
            transform={`translate(${left + (i + 0.5) * band},${bottom + 10}) rotate(-35)`}
            fontSize={10}
            textAnchor="end"
            fill="#404040"
          >
            {clip(c, slantChars)}
            <title>{c}</title>
          </text>
        ) : (
          <text key={i} x={left + (i + 0.5) * band} y={bottom + 14} fontSize={10} textAnchor="middle" fill="#404040">
            {c}
          </text>
        ),
      )}
      <Legend names={series.map((s) => s.name)} width={W} y={H - 8} />
    </>
  );
}

/** Pie of the first series, one slice per category. */
function PieChart({ data }: { data: ChartData }) {
  const { width: W, height: H } = data;
  const values = (data.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const r = Math.min(W - 2 * PAD, H - TITLE_H - LEGEND_H - 2 * PAD) / 2;
  const cx = W / 2;
  const cy = TITLE_H + PAD + r;
  let angle = -Math.PI / 2;
  const slices = values.map((v, i) => {
    const a0 = angle;
    angle += (v / total) * 2 * Math.PI;
    const large = angle - a0 > Math.PI ? 1 : 0;
    const d = `M${cx},${cy} L${cx + r * Math.cos(a0)},${cy + r * Math.sin(a0)} A${r},${r} 0 ${large} 1 ${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)} Z`;
    return <path key={i} d={d} fill={SERIES_COLORS[i % SERIES_COLORS.length]} stroke="#fff" />;
  });
  return (
    <>
      {slices}
      <Legend names={data.categories} width={W} y={H - 8} />
    </>
  );
}

/** A simple SVG rendering of an Excel chart (column, bar, stacked, line, pie) for the demo grid. */
export function ChartSvg({ data }: { data: ChartData }) {
  const label = demoStrings.chartLabel(data.title);
  const empty = data.series.every((s) => s.values.every((v) => v === null));
  return (
    <svg
      width={data.width}
      height={data.height}
      viewBox={`0 0 ${data.width} ${data.height}`}
      role="img"
      aria-label={label}
      fontFamily={FONT}
      style={{ background: "#ffffff", border: "1px solid #bfbfbf", boxShadow: "0 1px 3px rgba(0,0,0,0.15)" }}
      data-chart={data.title}
    >
      <title>{label}</title>
      <text x={data.width / 2} y={20} textAnchor="middle" fontSize={14} fontWeight={600} fill="#262626">
        {clip(data.title, Math.floor(data.width / 7.5))}
      </text>
      {empty ? (
        <text x={data.width / 2} y={data.height / 2} textAnchor="middle" fontSize={12} fill="#595959">
          {demoStrings.chartNoData}
        </text>
      ) : data.type.startsWith("Pie") || data.type === "Doughnut" ? (
        <PieChart data={data} />
      ) : (
        <AxisChart data={data} />
      )}
    </svg>
  );
}
