/** @jest-environment jsdom */
import { cleanup, render, screen } from "@testing-library/react";
import type { ChartData } from "../../src/demo/chart-data";
import { ChartSvg, clip, SERIES_COLORS } from "../../src/demo/ChartSvg";

afterEach(cleanup);

const data = (over: Partial<ChartData> = {}): ChartData => ({
  title: "Inregistrerade perioden per insats, kvinnor och män",
  type: "ColumnClustered",
  categories: ["Jobbcentrum", "Bryggan"],
  series: [
    { name: "Kvinnor", values: [8, 11] },
    { name: "Män", values: [7, null] },
  ],
  format: null,
  anchor: { row: 5, col: 17 },
  width: 640,
  height: 373,
  ...over,
});

const bars = (svg: Element) => [...svg.querySelectorAll("rect[fill]")].filter((r) => r.querySelector("title"));

describe("ChartSvg", () => {
  it("draws one bar per value with the series colour, data labels and a legend", () => {
    render(<ChartSvg data={data()} />);
    const svg = screen.getByRole("img", { name: "Diagram: Inregistrerade perioden per insats, kvinnor och män" });
    const drawn = bars(svg);
    expect(drawn.map((b) => b.querySelector("title")?.textContent)).toEqual([
      "Kvinnor, Jobbcentrum: 8",
      "Män, Jobbcentrum: 7",
      "Kvinnor, Bryggan: 11",
    ]);
    expect(drawn.map((b) => b.getAttribute("fill"))).toEqual([SERIES_COLORS[0], SERIES_COLORS[1], SERIES_COLORS[0]]);
    // taller value → taller bar
    const h = drawn.map((b) => Number(b.getAttribute("height")));
    expect(h[2]).toBeGreaterThan(h[0]);
    expect(h[0]).toBeGreaterThan(h[1]);
    expect(svg.textContent).toContain("Kvinnor");
    expect(svg.textContent).toContain("Män");
    expect(svg.getAttribute("width")).toBe("640");
  });

  it("draws bar charts sideways and formats values with the cells' number format (tkr)", () => {
    render(<ChartSvg data={data({ type: "BarClustered", format: "#,##0,", series: [{ name: "Kvar", values: [3401000, 14260000] }] })} />);
    const drawn = bars(screen.getByRole("img"));
    expect(drawn.map((b) => b.querySelector("title")?.textContent?.replace(/\u00a0/g, " "))).toEqual([
      "Kvar, Jobbcentrum: 3 401",
      "Kvar, Bryggan: 14 260",
    ]);
    expect(Number(drawn[1].getAttribute("width"))).toBeGreaterThan(Number(drawn[0].getAttribute("width")));
  });

  it("draws stacked columns on top of each other, lines and pies", () => {
    const { unmount } = render(<ChartSvg data={data({ type: "ColumnStacked" })} />);
    const [k, m] = bars(screen.getByRole("img"));
    expect(Number(m.getAttribute("y")) + Number(m.getAttribute("height"))).toBeCloseTo(Number(k.getAttribute("y")), 5);
    unmount();
    const line = render(<ChartSvg data={data({ type: "Line" })} />);
    expect(screen.getByRole("img").querySelectorAll("polyline")).toHaveLength(2);
    line.unmount();
    render(<ChartSvg data={data({ type: "Pie" })} />);
    expect(screen.getByRole("img").querySelectorAll("path")).toHaveLength(2);
  });

  it("says when the chart has no data", () => {
    render(<ChartSvg data={data({ series: [{ name: "Tom", values: [null, null] }] })} />);
    expect(screen.getByRole("img").textContent).toContain("Diagrammets data saknas.");
  });

  it("clips long labels with an ellipsis", () => {
    expect(clip("Plattform för individstöd", 10)).toBe("Plattform…");
    expect(clip("Kort", 10)).toBe("Kort");
  });
});
