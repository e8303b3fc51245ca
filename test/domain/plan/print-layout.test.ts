import type { PlanCell, SheetPlan } from "../../../src/domain/model";
import { TEXT_INDENT_FORMAT, withPrintLayout } from "../../../src/domain/plan/print-layout";
import { textWidth, wrappedLines, rowHeightFor, shownNumber } from "../../../src/domain/plan/print-measure";
import { periodHeader, titleRows, titleStyles } from "../../../src/domain/plan/common";
import { clippedTexts } from "../../fixtures/print/clipping";

describe("periodHeader", () => {
  it("names the months of the period, not its last date", () => {
    expect(periodHeader("2024-01-01", "2024-06-30")).toBe("jan–jun 2024");
    expect(periodHeader("2024-01-01", "2024-03-31")).toBe("jan–mar 2024");
    expect(periodHeader("2024-01-01", "2024-12-31")).toBe("jan–dec 2024");
    expect(periodHeader("2024-06-01", "2024-06-30")).toBe("jun 2024");
    expect(periodHeader("2023-07-01", "2024-06-30")).toBe("jul 2023–jun 2024");
    expect(periodHeader("2024-01-15", "2024-06-10")).toBe("2024-01-15–2024-06-10");
  });
});

const INFO = { forbund: "Samordningsförbundet Test & Co", fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" };

/** A report plan with `ncols` columns of `colWidth` pt, a long note and wrapped messages in the last column. */
function report(ncols: number, colWidth: number, note: string, message = "kort"): SheetPlan {
  const rows: PlanCell[][] = titleRows({
    rapport: "Test",
    forbund: INFO.forbund,
    fran: INFO.fran,
    till: INFO.till,
    kallor: ["Budget"],
    idag: INFO.idag,
    not: note,
  });
  rows.push(["Insats", ...Array.from({ length: ncols - 2 }, (_, i) => `Förbrukningskvot ${i}`), "Meddelande"]);
  for (let r = 0; r < 5; r++) rows.push([`Insats ${r}`, ...Array.from({ length: ncols - 2 }, () => 1234567), message]);
  const last = String.fromCharCode(64 + ncols);
  return {
    kind: "test",
    key: "k",
    name: "Test",
    rows,
    styles: [...titleStyles(ncols), { range: `${last}6:${last}10`, wrap: true }],
    tables: [{ name: "T", range: `A5:${last}10` }],
    columnWidths: Array.from({ length: ncols }, () => colWidth),
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true },
  };
}

describe("wrappedLines", () => {
  it("counts word-wrapped lines, explicit line breaks and words longer than the cell", () => {
    expect(wrappedLines("kort", 100, 10)).toBe(1);
    expect(wrappedLines("a\nb\nc", 100, 10)).toBe(3);
    const long = "ord ".repeat(60).trim();
    const lines = wrappedLines(long, 100, 10);
    expect(lines).toBeGreaterThanOrEqual(Math.ceil(textWidth(long, 10) / 100));
    expect(wrappedLines("x".repeat(80), 60, 10)).toBeGreaterThan(3);
  });
  it("gives rows at least 12,75 pt per line at 10 pt", () => {
    expect(rowHeightFor(1, 10)).toBeGreaterThanOrEqual(12.75);
    expect(rowHeightFor(3, 10)).toBeGreaterThanOrEqual(3 * 12.75);
  });
  it("measures numbers as their format shows them", () => {
    expect(shownNumber(1326400, "#,##0,")).toBe("1 326");
    expect(shownNumber(-9628000, "#,##0,")).toBe("-9 628");
    expect(shownNumber(0.724, "0%")).toBe("72 %");
    expect(shownNumber(1234567, "#,##0")).toBe("1 234 567");
  });
});

describe("withPrintLayout", () => {
  const notes = ["", "Kort not.", "Förbrukningskvot = utfall / periodiserad budget. ".repeat(8)];
  const shapes: [number, number][] = [
    [3, 80],
    [6, 90],
    [8, 110],
    [12, 95],
    [16, 100],
  ];
  for (const [ncols, w] of shapes)
    for (const note of notes)
      it(`${ncols} columns of ${w} pt, note of ${note.length} characters: ≥ 8 pt, merged note tall enough, footer`, () => {
        const plan = withPrintLayout(report(ncols, w, note, "Ett långt meddelande som måste radbrytas ".repeat(5)), INFO);
        const ps = plan.pageSetup!;
        expect(ps.printedFontSize).toBeGreaterThanOrEqual(8);
        expect(ps.paperSize).toBe("A4");
        expect(ps.printArea).toBe(`A1:${String.fromCharCode(64 + ncols)}10`);
        if (!ps.fitToWidth) {
          expect(ps.scale).toBe(80);
          expect(ps.printTitleColumns).toBe("$A:$A");
        }
        expect(ps.footer?.right).toContain("Sida &P av &N");
        expect(ps.footer?.left).toContain("Test && Co · 2024-01-01 – 2024-06-30");
        expect(ps.footer?.left).toContain("\nSkapad 2024-08-15 av Finsam för Excel");
        const widths = plan.columnWidths!;
        // The note (row 4) is merged over the first page's columns (from B when the report needs several page
        // widths: column A prints again on each) and its height holds its wrapped lines.
        const merge = plan.merges!.find((m) => m.startsWith(ps.fitToWidth ? "A4:" : "B4:"));
        if (note) {
          expect(merge).toBeDefined();
          const [firstCol, lastCol] = merge!.split(":").map((a) => a.charCodeAt(0) - 65);
          const width = widths.slice(firstCol, lastCol + 1).reduce((a, b) => a + b, 0);
          expect(plan.rowHeights![3]).toBeGreaterThanOrEqual(rowHeightFor(wrappedLines(note, width, 10), 10));
        }
        // Every wrapped message row holds its lines.
        for (let r = 5; r < 10; r++) {
          const msg = String(plan.rows[r][ncols - 1]);
          expect(plan.rowHeights![r]).toBeGreaterThanOrEqual(rowHeightFor(wrappedLines(msg, widths[ncols - 1], 10), 10));
        }
        // No header broken mid-word: each header word fits its column.
        plan.rows[4].forEach((h, c) => {
          for (const word of String(h).split(" ")) expect(textWidth(word, 10, true)).toBeLessThanOrEqual(widths[c]);
        });
        // Headers over numbers are right-aligned; the text column's is not.
        expect(plan.styles).toContainEqual({ range: "B5", horizontalAlignment: "Right" });
        expect(plan.styles).not.toContainEqual({ range: "A5", horizontalAlignment: "Right" });
        // One named font on every cell of the print area.
        expect(plan.styles![0]).toEqual({ range: `A1:${String.fromCharCode(64 + ncols)}10`, fontName: "Arial", fontSize: 10 });
      });

  it("prints the cells of a row made tall by wrapped text at the top of the row; header rows stay at the bottom, over their numbers", () => {
    const plan = withPrintLayout(
      report(6, 90, "Not.", "Ett långt meddelande som bryts över flera rader i sin kolumn, så att raden blir hög."),
      INFO,
    );
    const last = plan.rows.length;
    expect(plan.rowHeights![5]).toBeGreaterThan(rowHeightFor(1, 10));
    const styles = plan.styles!;
    const top = styles.findIndex((st) => st.verticalAlignment === "Top" && st.range === `A1:F${last}`);
    const bottom = styles.findIndex((st) => st.verticalAlignment === "Bottom" && st.range === "A5:F5");
    expect(top).toBeGreaterThan(-1);
    expect(bottom).toBeGreaterThan(top);
  });

  it("breaks the page before a table that would otherwise be split, when it fits on one page", () => {
    const rows: PlanCell[][] = titleRows({ rapport: "Två tabeller", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
    const tables: SheetPlan["tables"] = [];
    for (let t = 0; t < 3; t++) {
      rows.push([], [`Tabell ${t}`]);
      const header = rows.push(["Namn", "Antal"]) - 1;
      for (let r = 0; r < 18; r++) rows.push([`Rad ${r}`, r]);
      tables.push({ name: `T${t}`, range: `A${header + 1}:B${rows.length}` });
    }
    const plan = withPrintLayout({ kind: "x", key: "x", name: "x", rows, tables, columnWidths: [200, 80] }, INFO);
    expect(plan.pageSetup!.orientation).toBe("Portrait");
    const breaks = plan.pageSetup!.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(String(plan.rows[b][0])).toMatch(/^Tabell \d$/);
  });

  it("indents a text column that follows a right-aligned number column, so it reads as a column of its own", () => {
    const rows: PlanCell[][] = titleRows({ rapport: "Drift", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
    rows.push(["Post", "Utfall", "Andel av årsbudget", "Not", "Insatsägare"]);
    rows.push(["Medlemsavgifter", 11661000, 0.5, "prognos delvis = budget", "Kommunen"]);
    rows.push(["Övriga intäkter", 12000, "", "ej budgeterad; prognos = budget", "Regionen"]);
    rows.push(["ESF-medel", 421000, 0.54, "", "Staten"]);
    const plain = withPrintLayout(
      { kind: "x", key: "x", name: "x", rows, styles: [{ range: "C6:C8", numberFormat: "0%" }], columnWidths: [150, 80, 80, 160, 100] },
      INFO,
    );
    const not = plain.styles!.filter((s) => s.range === "D5:D8");
    expect(not).toContainEqual({ range: "D5:D8", numberFormat: TEXT_INDENT_FORMAT });
    // Only there: not the number columns, not a text column after a text column.
    expect(plain.styles!.filter((s) => s.numberFormat === TEXT_INDENT_FORMAT).map((s) => s.range)).toEqual(["D5:D8"]);
    // Wide enough for the indent too.
    const widths = plain.columnWidths!;
    expect(widths[3]).toBeGreaterThanOrEqual(textWidth("ej budgeterad; prognos = budget", 10) + textWidth("M", 10));
  });

  it.each([
    ["alone", false],
    ["with its own column headings (Resultat's sections)", true],
  ])(
    "breaks a table longer than a page before one of its sub-headings (%s), never leaving a heading at the foot of a page",
    (_, labelled) => {
      const rows: PlanCell[][] = titleRows({ rapport: "Nyckeltal", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
      rows.push(["Resultaträkning", "Belopp"]);
      for (let r = 0; r < 8; r++) rows.push([`Post ${r}`, r * 1000]);
      rows.push([]);
      const header = rows.push(["Nyckeltal", "Belopp"]) - 1;
      const styles: SheetPlan["styles"] = [];
      const headings: number[] = [];
      for (let g = 0; g < 8; g++) {
        headings.push(rows.push(labelled ? [`Grupp ${g}`, "Belopp (tkr)"] : [`Grupp ${g}`]) - 1);
        styles.push({ range: `A${rows.length}:B${rows.length}`, bold: true, fill: "#EEEEEE" });
        for (let r = 0; r < 7; r++) rows.push([`Nyckeltal ${g}.${r}`, r]);
      }
      const plan = withPrintLayout(
        {
          kind: "x",
          key: "x",
          name: "x",
          rows,
          styles,
          tables: [
            { name: "R", range: `A5:B13` },
            { name: "N", range: `A${header + 1}:B${rows.length}` },
          ],
          columnWidths: [400, 300],
        },
        INFO,
      );
      const breaks = plan.pageSetup!.rowBreaks ?? [];
      // 8 × 8 rows of 15 pt (the sheet's default row) do not fit one page: the table is split, and only before a "Grupp" heading.
      expect(breaks.some((b) => b > header)).toBe(true);
      for (const b of breaks.filter((b) => b > header)) expect(headings).toContain(b);
    },
  );

  it("a row with a bold first cell beside plain text (Valideringsrapport's Fel) is no sub-heading: the page fills before it breaks", () => {
    const rows: PlanCell[][] = titleRows({ rapport: "Validering", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
    rows.push(["Allvarlighet", "Blad", "Meddelande"]);
    const styles: SheetPlan["styles"] = [];
    for (let r = 0; r < 80; r++) {
      const fel = r < 6;
      rows.push([fel ? "Fel" : "Varning", "Utfall", `Meddelande ${r}`]);
      if (fel) styles.push({ range: `A${rows.length}`, bold: true, fontColor: "#9C0006" });
    }
    const plan = withPrintLayout(
      { kind: "x", key: "x", name: "x", rows, styles, tables: [{ name: "T", range: `A5:C${rows.length}` }], columnWidths: [80, 100, 300] },
      INFO,
    );
    const breaks = plan.pageSetup!.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    // Page 1 holds far more than the six Fel rows (about 45 rows of 15 pt).
    expect(breaks[0]).toBeGreaterThan(35);
  });

  it("never leaves a table's last row (its Summa) alone at the top of a page", () => {
    const lone: number[] = [];
    for (let n = 30; n <= 110; n++) {
      const rows: PlanCell[][] = titleRows({ rapport: "Lång", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
      rows.push(["Insats", "Belopp"]);
      for (let r = 0; r < n; r++) rows.push([`Insats ${r}`, r]);
      rows.push(["Summa", n]);
      const plan = withPrintLayout(
        { kind: "x", key: "x", name: "x", rows, tables: [{ name: "T", range: `A5:B${rows.length}` }], columnWidths: [200, 100] },
        INFO,
      );
      const breaks = plan.pageSetup!.rowBreaks ?? [];
      if (breaks.includes(rows.length - 1)) lone.push(n);
      // Every page still holds rows: no break right after another.
      breaks.forEach((b, i) => i > 0 && expect(b - breaks[i - 1]).toBeGreaterThan(1));
    }
    expect(lone).toEqual([]);
  });

  it("prints the charts: a chart beside the printed columns moves below the printed rows, inside the print area, whole on a page", () => {
    const rows: PlanCell[][] = titleRows({ rapport: "Diagram", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
    rows.push(["Insats", "Kvinnor", "Män"]);
    for (let r = 0; r < 30; r++) rows.push([`Insats ${r}`, r, 30 - r]);
    const charts: SheetPlan["charts"] = [
      { type: "ColumnClustered", dataRange: "A5:C35", seriesBy: "Columns", title: "Per insats", anchor: "F5", width: 400, height: 280 },
      { type: "BarClustered", dataRange: "A5:C15", seriesBy: "Columns", title: "Tio första", anchor: "F25", width: 600, height: 300 },
      { type: "Line", dataRange: "A5:B10", seriesBy: "Columns", title: "Redan inne", anchor: "A8", width: 50, height: 50 },
    ];
    const plan = withPrintLayout({ kind: "x", key: "x", name: "x", rows, charts, columnWidths: [200, 100, 100] }, INFO);
    const [a, b, c] = plan.charts!;
    // The chart inside the printed columns stays; the others go below the last row (35), one blank row apart.
    expect(c).toEqual(charts[2]);
    expect(a).toMatchObject({ title: "Per insats", anchor: "A37", width: 400, height: 280 });
    const rowsA = Math.ceil(280 / 15);
    expect(b.anchor).toBe(`A${37 + rowsA + 1}`);
    // Keeping its size: the print spans the default columns (48 pt) right of the table as far as the widest chart.
    expect(b).toMatchObject({ width: 600, height: 300 });
    const widths = plan.columnWidths!;
    let cols = 0;
    for (let sum = 0; sum < 600; cols++) sum += widths[cols] ?? 48;
    const bottom = 37 + rowsA + 1 + Math.ceil(300 / 15) - 1;
    expect(plan.pageSetup!.printArea).toBe(`A1:${String.fromCharCode(64 + cols)}${bottom}`);
    // A chart that would run over the page foot starts a new page (landscape: 600 pt wide); the title rows stay with the table.
    expect(plan.pageSetup!.orientation).toBe("Landscape");
    // The break is at the blank row above the chart, so the chart's top edge never touches the page before.
    expect(plan.pageSetup!.rowBreaks ?? []).toEqual([35, 36 + rowsA]);
  });
});

describe("column page breaks (a report wider than one page)", () => {
  /** Printable landscape A4 width at 80 %, in points at 100 % (margins 0,5 in each side). */
  const PAGE = (841.9 - 72) / 0.8;

  /**
   * Two tables under each other; each header has a group-label row above it ("Grupp g" over its columns). Column A
   * is `first` pt wide, the others `w`; `groups` gives the number of columns of each group (the same for both tables).
   */
  function grouped(groups: number[], w: number, first = 230, merged = false): SheetPlan {
    const rows: PlanCell[][] = titleRows({ rapport: "Bred", fran: INFO.fran, till: INFO.till, kallor: [], idag: INFO.idag });
    const tables: SheetPlan["tables"] = [];
    const merges: string[] = [];
    const ncols = 1 + groups.reduce((a, b) => a + b, 0);
    for (let t = 0; t < 2; t++) {
      rows.push([], [`Tabell ${t}`]);
      const labelRow: PlanCell[] = [null];
      const starts: number[] = [];
      groups.forEach((n, g) => {
        starts.push(labelRow.length);
        labelRow.push(`Grupp ${g}`, ...Array.from({ length: n - 1 }, () => null));
      });
      const label = rows.push(labelRow) - 1;
      if (merged) groups.forEach((n, g) => merges.push(`${a1Col(starts[g])}${label + 1}:${a1Col(starts[g] + n - 1)}${label + 1}`));
      const header = rows.push(["Insats", ...Array.from({ length: ncols - 1 }, (_, c) => `K${c}`)]) - 1;
      // Twelve digits: each column is as wide as its numbers (≈ 80 pt), the report wider than a page at 8 pt.
      for (let r = 0; r < 4; r++) rows.push([`Insats ${r}`, ...Array.from({ length: ncols - 1 }, () => 123456789012)]);
      tables.push({ name: `T${t}`, range: `A${header + 1}:${a1Col(ncols - 1)}${rows.length}` });
    }
    // Merged group labels: no label row detection needed, the merges alone say where the groups are.
    if (merged) for (const r of rows) if (r[0] === null) r.fill(null, 1);
    return {
      kind: "x",
      key: "x",
      name: "x",
      rows,
      tables,
      merges: merged ? merges : undefined,
      columnWidths: [first, ...Array.from({ length: ncols - 1 }, () => w)],
    };
  }
  const a1Col = (c: number) => String.fromCharCode(65 + c);
  /** Column runs [start, end) of each printed page. */
  const pages = (breaks: number[], n: number) => [0, ...breaks].map((s, i) => [s, [...breaks, n][i]]);
  /** First column of each group (1-based after column A). */
  const groupStarts = (groups: number[]) => groups.map((_, g) => 1 + groups.slice(0, g).reduce((a, b) => a + b, 0));

  it.each([
    [[3, 3, 3, 3, 3], 70],
    [[3, 3, 3, 3, 3], 78],
    [[2, 4, 3, 2, 4, 3], 66],
    [[4, 4, 4, 4, 4, 4], 60],
    [[3, 2, 5, 3, 2, 5, 3], 72],
  ])("groups %j of %d pt columns: every break at a group edge, every page within the paper", (groups, w) => {
    const plan = withPrintLayout(grouped(groups, w), INFO);
    const ps = plan.pageSetup!;
    expect(ps.fitToWidth).toBe(false);
    expect(ps.printTitleColumns).toBe("$A:$A");
    const breaks = ps.columnBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const starts = groupStarts(groups);
    for (const b of breaks) expect(starts).toContain(b);
    const widths = plan.columnWidths!;
    for (const [s, e] of pages(breaks, widths.length)) {
      const used = (s === 0 ? 0 : widths[0]) + widths.slice(s, e).reduce((a, b) => a + b, 0);
      expect(used).toBeLessThanOrEqual(PAGE);
    }
    // The last break is not at a group edge that would have left room for the next group on the page before.
    for (let i = 0; i < breaks.length; i++) {
      const s = i === 0 ? 0 : breaks[i - 1];
      const next = starts.find((x) => x > breaks[i]) ?? widths.length;
      const wider = (s === 0 ? 0 : widths[0]) + widths.slice(s, next).reduce((a, b) => a + b, 0);
      expect(wider).toBeGreaterThan(PAGE * 0.97);
    }
  });

  it("breaks at the edges of merged group headers as well", () => {
    const groups = [3, 3, 3, 3, 3];
    const plan = withPrintLayout(grouped(groups, 70, 230, true), INFO);
    const breaks = plan.pageSetup!.columnBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(groupStarts(groups)).toContain(b);
  });

  it("widens a group whose label is longer than its columns, and sets no breaks when the report fits one page", () => {
    const plan = grouped([3, 3], 40, 150);
    plan.rows[6][1] = "Till arbete, studier eller aktivt arbetssökande";
    const out = withPrintLayout(plan, INFO);
    const widths = out.columnWidths!;
    expect(widths[1] + widths[2] + widths[3]).toBeGreaterThanOrEqual(textWidth(String(plan.rows[6][1]), 10, true));
    expect(out.pageSetup!.fitToWidth).toBe(true);
    expect(out.pageSetup!.columnBreaks).toBeUndefined();
  });

  /**
   * The grouped report as the reports write it: title rows styled (title 14 pt bold, banner bold 10 pt), each table
   * under a bold 12 pt caption longer than column A, a long note under the last table; column A `first` pt wide.
   */
  function styledWide(groups: number[], first: number, note: string): SheetPlan {
    const plan = grouped(groups, 78, first);
    const ncols = plan.columnWidths!.length;
    const styles: SheetPlan["styles"] = [...titleStyles(ncols), { range: "A3", bold: true, fill: "#FFC7CE" }];
    plan.rows.forEach((row, r) => {
      if (typeof row[0] === "string" && row[0].startsWith("Tabell")) {
        row[0] = `${row[0]}: till arbete och/eller studier (avslutade perioden)`;
        styles.push({ range: `A${r + 1}`, bold: true, fontSize: 12 });
      }
    });
    plan.rows[2] = ["Preliminär — arbetsboken har 6 fel, se Valideringsrapport · Skapad 2024-08-15 av Finsam för Excel"];
    plan.rows.push([note]);
    return { ...plan, styles };
  }

  it.each([
    [[3, 3, 3, 3, 3], 230, "Under 30 år: ålder vid inskrivning. Handlingsplan: Ja av Ja + Nej."],
    [
      [3, 3, 3, 3, 3],
      120,
      "Under 30 år: ålder vid inskrivning (Ålder, eller inskrivningsår − födelseår). Handlingsplan: Ja av Ja + Nej. – = uppgift saknas.",
    ],
    [[2, 4, 3, 2, 4, 3], 160, "Kort not."],
    [
      [4, 4, 4, 4, 4, 4],
      140,
      "22 rekvisitioner: 18 godkända, 1 godkänd med anmärkning, 3 kräver åtgärd. Belopp i kronor. Kvot = (tidigare utbetalt + belopp) / periodiserad budget; hög över 100 %, låg under 80 %.",
    ],
  ])(
    "groups %j, column A %d pt: no title, caption or note is cut off where column A prints again on a later page",
    (groups, first, note) => {
      const plan = styledWide(groups, first, note);
      // Before: column A's lines run on over B … on page 1 only; on page 2 (A repeated beside K) they print cut off.
      const out = withPrintLayout(plan, INFO);
      expect(out.pageSetup!.columnBreaks!.length).toBeGreaterThan(0);
      expect(clippedTexts(out)).toEqual([]);
    },
  );

  it("repeats the title and each caption, marked (forts.), at the first column of every later page that prints its table", () => {
    const plan = styledWide([3, 3, 3, 3, 3], 180, "Not.");
    const out = withPrintLayout(plan, INFO);
    const breaks = out.pageSetup!.columnBreaks!;
    const captions = plan.rows.map((r, i) => (typeof r[0] === "string" && r[0].startsWith("Tabell") ? i : -1)).filter((i) => i >= 0);
    expect(captions).toHaveLength(2);
    for (const b of breaks) {
      expect(out.rows[0][b]).toBe("Bred (forts.)");
      for (const c of captions) expect(out.rows[c][b]).toBe(`${String(plan.rows[c][0])} (forts.)`);
      // The banner again, without its "Skapad …"; the period and the note print once, on page 1.
      expect(out.rows[2][b]).toBe("Preliminär — arbetsboken har 6 fel, se Valideringsrapport");
      for (const r of [1, plan.rows.length - 1]) expect(out.rows[r]?.[b] ?? null).toBeNull();
      // Merged over the page's own columns, centred, in the caption's own font.
      const next = breaks.find((x) => x > b) ?? out.columnWidths!.length;
      const range = `${a1Col(b)}${captions[0] + 1}:${a1Col(next - 1)}${captions[0] + 1}`;
      expect(out.merges).toContain(range);
      expect(out.styles).toEqual(
        expect.arrayContaining([
          { range, horizontalAlignment: "Center", wrap: true },
          { range, bold: true, fontSize: 12 },
        ]),
      );
    }
    // On page 1 the lines alone in column A move to B, merged over the rest of the page and centred; A is empty.
    expect(out.merges).toContain(`B1:${a1Col(breaks[0] - 1)}1`);
    expect(out.rows[captions[0]][1]).toBe(plan.rows[captions[0]][0]);
    expect(out.rows[captions[0]][0]).toBeNull();
  });

  it("a column of wrapped text gives up width to keep one page, but takes the room left on its page once the report needs two", () => {
    const message =
      "Kostnadsslagen (Personal 270 000 + Lokal 24 000 + Övrigt 29 500 = 323 500 kr) stämmer inte med beloppet 321 500 kr " +
      "(skillnad −2 000 kr). Rätta beloppet eller kostnadsslagen.";
    const rows: PlanCell[][] = titleRows({
      rapport: "Rekvisitionskontroll",
      fran: INFO.fran,
      till: INFO.till,
      kallor: [],
      idag: INFO.idag,
    });
    rows.push(["Insats", ...Array.from({ length: 12 }, (_, c) => `Belopp ${c} (kr)`), "Anmärkningar", "Källa"]);
    for (let r = 0; r < 5; r++) rows.push([`Insats ${r}`, ...Array.from({ length: 12 }, () => 123456789), message, "Rekvisitioner!A4"]);
    const out = withPrintLayout(
      {
        kind: "x",
        key: "x",
        name: "x",
        rows,
        styles: [...titleStyles(15), { range: "N6:N10", wrap: true }],
        tables: [{ name: "T", range: "A5:O10" }],
        columnWidths: [...Array(13).fill(80), 300, 100],
      },
      INFO,
    );
    const breaks = out.pageSetup!.columnBreaks!;
    expect(breaks.length).toBe(1);
    const widths = out.columnWidths!;
    // Anmärkningar on page 2, beside column A: as wide as its text allows there (300 pt), not the 150 pt it shrank to.
    expect(breaks[0]).toBeLessThanOrEqual(13);
    expect(widths[13]).toBeGreaterThanOrEqual(300);
    const page2 = widths[0] + widths.slice(breaks[0]).reduce((a, b) => a + b, 0);
    expect(page2).toBeLessThanOrEqual((841.9 - 72) / 0.8);
    expect(out.rowHeights![5]).toBeLessThanOrEqual(rowHeightFor(wrappedLines(message, 300, 10), 10));
  });

  it("a wide report without column groups (Rekvisitionskontroll) gets column breaks too, and nothing cut off", () => {
    const rows: PlanCell[][] = titleRows({
      rapport: "Rekvisitionskontroll",
      forbund: "Samordningsförbundet Uppsala län",
      fran: INFO.fran,
      till: INFO.till,
      kallor: ["Rekvisitioner"],
      idag: INFO.idag,
      not: "22 rekvisitioner: 18 godkända, 1 godkänd med anmärkning, 3 kräver åtgärd. Belopp i kronor.",
    });
    rows.push(["Insats", ...Array.from({ length: 16 }, (_, c) => `Belopp ${c} (kr)`)]);
    for (let r = 0; r < 5; r++) rows.push([`Insats ${r}`, ...Array.from({ length: 16 }, () => 123456789)]);
    const out = withPrintLayout(
      {
        kind: "x",
        key: "x",
        name: "x",
        rows,
        styles: titleStyles(17),
        tables: [{ name: "T", range: "A5:Q10" }],
        columnWidths: Array(17).fill(80),
      },
      INFO,
    );
    expect(out.pageSetup!.fitToWidth).toBe(false);
    expect(out.pageSetup!.columnBreaks!.length).toBeGreaterThan(0);
    expect(clippedTexts(out)).toEqual([]);
  });
});
