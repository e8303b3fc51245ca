import { axisTicks, chartData, splitSource, type ChartSource } from "../../src/demo/chart-data";

const sheets = [
  {
    name: "Uppföljning deltagare 2024-H1",
    values: [["Underlag"], ["Insats", "Kvinnor", "Män"], ["Jobbcentrum", 8, 7], ["Bryggan", 11, "x"]],
  },
  {
    name: "Beslutsutrymme 2024–2028",
    values: [
      ["", "Budget 2024", "Prognos 2024", "Prel 2025"],
      ["Kvarvarande beslutsutrymme", 3401000, 4830000, 1331000],
    ],
    numberFormats: [
      ["General", "General", "General", "General"],
      ["General", "#,##0,", "#,##0,", "#,##0,"],
    ],
  },
];

const chart = (over: Partial<ChartSource>): ChartSource => ({
  type: "ColumnClustered",
  source: "'Uppföljning deltagare 2024-H1'!A2:C4",
  seriesBy: "Columns",
  title: "Inregistrerade",
  anchor: "R6",
  width: 480,
  height: 280,
  ...over,
});

describe("chart data from the source range", () => {
  it("by columns: categories down the first column, one series per further column", () => {
    expect(chartData(chart({}), sheets)).toEqual({
      title: "Inregistrerade",
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
    });
  });

  it("by rows: categories along the first row, one series per further row, with the cells' number format", () => {
    const data = chartData(chart({ source: "'Beslutsutrymme 2024–2028'!$A$1:$D$2", seriesBy: "Rows", anchor: null }), sheets);
    expect(data?.categories).toEqual(["Budget 2024", "Prognos 2024", "Prel 2025"]);
    expect(data?.series).toEqual([{ name: "Kvarvarande beslutsutrymme", values: [3401000, 4830000, 1331000] }]);
    expect(data?.format).toBe("#,##0,");
    expect(data?.anchor).toBeNull();
  });

  it("is null when the source sheet or range is missing", () => {
    expect(chartData(chart({ source: "'Borta'!A1:B2" }), sheets)).toBeNull();
    expect(chartData(chart({ source: "#REF!" }), sheets)).toBeNull();
    expect(chartData(chart({ source: "A1:B2" }), sheets)).toBeNull();
  });

  it("splits quoted sheet names with doubled quotes", () => {
    expect(splitSource("'Kalles ''blad'''!B2:C3")).toEqual({ sheet: "Kalles 'blad'", range: "B2:C3" });
    expect(splitSource("Blad1!A1")).toEqual({ sheet: "Blad1", range: "A1" });
  });

  it("axis ticks are round numbers from zero to past the maximum", () => {
    expect(axisTicks(0, 18)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(151000, 14260000)).toEqual([0, 5000000, 10000000, 15000000]);
    expect(axisTicks(-669000, 8260000)).toEqual([-2500000, 0, 2500000, 5000000, 7500000, 10000000]);
    expect(axisTicks(0, 0)).toEqual([0]);
  });
});
