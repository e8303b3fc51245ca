/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { GridView, type GridSheet } from "../../src/demo/GridView";
import type { ChartData } from "../../src/demo/chart-data";

afterEach(cleanup);

const sheet: GridSheet = {
  name: "Förbrukningskvot 2024-06-30",
  values: [
    ["Förbrukningskvot – Samordningsförbundet Uppsala län", ""],
    ["Insats", "Kvot"],
    ["Jobbcentrum", 955 / 1326],
  ],
  formulas: [
    [null, null],
    [null, null],
    [null, '=IF(E6=0,"",F6/E6)'],
  ],
  numberFormats: [
    ["General", "General"],
    ["General", "General"],
    ["General", "0%"],
  ],
  freeze: { rows: 2, columns: 1 },
};

const chart: ChartData = {
  title: "Kvot per insats",
  type: "ColumnClustered",
  categories: ["Jobbcentrum"],
  series: [{ name: "Kvot", values: [0.72] }],
  format: "0%",
  anchor: { row: 0, col: 4 },
  width: 300,
  height: 200,
};

describe("GridView", () => {
  it("shows formatted values, formulas on hover, and selects a clicked cell", () => {
    const selected: [number, number][] = [];
    render(<GridView sheet={sheet} selection={{ row: 2, col: 1 }} onSelect={(r, c) => selected.push([r, c])} />);
    const kvot = document.querySelector('[data-cell="B3"]') as HTMLElement;
    expect(kvot.textContent).toBe("72%");
    expect(kvot.getAttribute("title")).toBe('B3: =IF(E6=0,"",F6/E6)');
    expect(kvot.getAttribute("aria-selected")).toBe("true");
    fireEvent.click(document.querySelector('[data-cell="A3"]') as HTMLElement);
    expect(selected).toEqual([[2, 0]]);
  });

  it("keeps frozen rows and columns sticky", () => {
    render(<GridView sheet={sheet} selection={null} onSelect={() => undefined} />);
    const style = (cell: string) => (document.querySelector(`[data-cell="${cell}"]`) as HTMLElement).style;
    expect(style("A1").position).toBe("sticky");
    expect(style("B2").position).toBe("sticky");
    expect(style("A3").position).toBe("sticky");
    expect(style("B3").position).toBe("");
  });

  it("draws the sheet's charts over the grid and shows enough columns for their anchor", () => {
    render(<GridView sheet={sheet} selection={null} onSelect={() => undefined} charts={[chart]} />);
    expect(screen.getByRole("img", { name: "Diagram: Kvot per insats" })).toBeTruthy();
    expect(document.querySelector('[data-cell="E1"]')).toBeTruthy();
  });
});
