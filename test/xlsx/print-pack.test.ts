/**
 * The board pack on paper without LibreOffice (fast): every sheet that goes into the årsredovisning or delårsrapport —
 * the reports, the bokslut sheets of a SIE file and the Nästa år scenario sheets — gets the reports' print layout,
 * a footer that names the förbund and what the sheet covers, headers that never print against each other, and
 * nothing clipped (test/xlsx/print-pdf.test.ts prints them).
 */
import type { RawSheet, SheetPlan } from "../../src/domain/model";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { withPrintLayout } from "../../src/domain/plan/print-layout";
import type { PlanCell } from "../../src/domain/model";
import { titleRows, titleStyles } from "../../src/domain/plan/common";
import { bokslutPlans, exampleSheets, IDAG, nastaArPlans, SIE_RUNS } from "../fixtures/print/board-pack";
import { clippedTexts } from "../fixtures/print/clipping";
import { A4, MARGINS } from "../../src/domain/plan/print-pages";
import { textWidth } from "../../src/domain/plan/print-measure";
import { printedFooterText, touchingHeaders } from "../fixtures/print/footer-and-headers";

let sheets: RawSheet[];
let rapport: SheetPlan[];
let nastaAr: SheetPlan[];
const bokslut = new Map<string, SheetPlan[]>();

beforeAll(async () => {
  sheets = await exampleSheets();
  rapport = runPipeline(sheets, { fran: "2024-01-01", till: "2024-06-30", idag: IDAG }).plans;
  nastaAr = await nastaArPlans(sheets);
  for (const run of SIE_RUNS) bokslut.set(run.file, bokslutPlans(run));
});

const UPPSALA = "Samordningsförbundet Uppsala län";
/** The footer's first line: förbund and what the sheet covers (the second says "Skapad …"). */
const footerLine = (part: string | undefined) => printedFooterText(part).split("\n")[0];

describe("the footer prints what it says", () => {
  it("a period right after the font size code is not read as part of the size (&8 2024-01-01 …)", () => {
    // Before: "&"Arial,Regular"&82024-01-01 – 2024-06-30" — Excel and LibreOffice read size 82024 and print "-01-01 – 2024-06-30".
    const plan = withPrintLayout(
      {
        kind: "t",
        key: "k",
        name: "T",
        rows: [
          ...titleRows({ rapport: "T", fran: "2024-01-01", till: "2024-06-30", kallor: [], idag: IDAG }),
          ["Post", "Belopp"],
          ["A", 1],
        ],
        styles: titleStyles(2),
      },
      { fran: "2024-01-01", till: "2024-06-30", idag: IDAG },
    );
    expect(footerLine(plan.pageSetup!.footer!.left)).toBe("2024-01-01 – 2024-06-30");
    expect(printedFooterText(plan.pageSetup!.footer!.left).split("\n")[1]).toBe(`Skapad ${IDAG} av Finsam för Excel`);
    expect(printedFooterText(plan.pageSetup!.footer!.right)).toBe("Sida 1 av 1");
  });

  it("the bokslut sheets name the förbund of the SIE file (#FNAMN) and the period", () => {
    const plans = bokslut.get("uppsala-2024-06-30.se")!;
    expect(plans.map((p) => p.kind)).toEqual(expect.arrayContaining(["bokslut-resultatrakning", "bokslut-balansrakning"]));
    for (const p of plans) expect(footerLine(p.pageSetup?.footer?.left)).toBe(`${UPPSALA} · 2024-01-01 – 2024-06-30`);
  });

  it("Beslutsutrymme names the years it covers, as its title does (2024–2028), not the run's half year", () => {
    const plan = rapport.find((p) => p.kind === "beslutsutrymme")!;
    expect(plan.rows[0][0]).toContain("2024–2028");
    // Before: "Samordningsförbundet Uppsala län · 2024-01-01 – 2024-06-30".
    expect(footerLine(plan.pageSetup!.footer!.left)).toBe(`${UPPSALA} · 2024–2028`);
  });

  it("every other report of the run names the run's period", () => {
    for (const p of rapport.filter((x) => x.kind !== "beslutsutrymme" && x.kind !== "bidrag"))
      expect(`${p.name}: ${footerLine(p.pageSetup?.footer?.left)}`).toBe(`${p.name}: ${UPPSALA} · 2024-01-01 – 2024-06-30`);
  });
});

describe("the footer's three parts never print over each other", () => {
  it("left, centre and right, measured at the footer's size, leave room between them on A4 (portrait bokslut sheets too)", () => {
    // Before: "Samordningsförbundet Uppsala län · 2024-01-01 – 2024-06-30" ran into "Skapad 2024-08-15 av Finsam för
    // Excel" on the portrait Resultaträkning.
    const plans = [...rapport, ...[...bokslut.values()].flat(), ...nastaAr];
    const found: string[] = [];
    for (const p of plans) {
      const ps = p.pageSetup!;
      const page = (ps.orientation === "Portrait" ? A4.width : A4.height) - (MARGINS.left + MARGINS.right) * 72;
      // Points on paper: the footer's size code is the size before scaling; the scale shrinks it to ≥ 8 pt.
      const scale = (ps.printedFontSize ?? 10) / 10;
      const width = (part: string | undefined) => {
        const size = Number(/&(\d+)/.exec(part ?? "")?.[1] ?? 10) * scale;
        return Math.max(
          0,
          ...printedFooterText(part)
            .split("\n")
            .map((l) => textWidth(l, size)),
        );
      };
      const left = width(ps.footer?.left);
      const center = width(ps.footer?.center);
      const right = width(ps.footer?.right);
      const centerStart = center > 0 ? (page - center) / 2 : page - right;
      if (left + 6 > centerStart) found.push(`${p.name}: vänster ${left.toFixed(0)} pt når mitten vid ${centerStart.toFixed(0)} pt`);
      if (center > 0 && (page + center) / 2 + 6 > page - right) found.push(`${p.name}: mitten når höger`);
    }
    expect(found).toEqual([]);
  });
});

describe("the Nästa år scenario sheets print like the reports", () => {
  it("Skriv scenario writes the Beslutsutrymme and Bidrag sheets with A4, print area, print titles, ≥ 8 pt and the footer", () => {
    // Before: pageSetup without print area, footer or printed font size (the plans went to the host as planned).
    expect(nastaAr.map((p) => p.kind).sort()).toEqual(["beslutsutrymme", "bidrag"]);
    for (const p of nastaAr) {
      const ps = p.pageSetup!;
      expect(ps.paperSize).toBe("A4");
      expect(ps.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ps.printTitleRows).toBeDefined();
      expect(ps.printedFontSize).toBeGreaterThanOrEqual(8);
      expect(printedFooterText(ps.footer?.right)).toBe("Sida 1 av 1");
    }
    const bu = nastaAr.find((p) => p.kind === "beslutsutrymme")!;
    expect(footerLine(bu.pageSetup!.footer!.left)).toBe(`${UPPSALA} · 2024–2028`);
    const bidrag = nastaAr.find((p) => p.kind === "bidrag")!;
    expect(footerLine(bidrag.pageSetup!.footer!.left)).toBe(`${UPPSALA} · 2025`);
  });
});

describe("the board pack prints every text whole", () => {
  it("no text of a bokslut or scenario sheet is clipped on any printed page", () => {
    const plans = [...[...bokslut.values()].flat(), ...nastaAr];
    expect(plans.length).toBeGreaterThanOrEqual(3 * 5 + 2);
    expect(plans.flatMap((p) => clippedTexts(p).map((t) => `${p.name}: ${t}`))).toEqual([]);
  });

  it("no header prints against the header to its left (reports, bokslut, scenario sheets)", () => {
    // Before: "Budget jan–jun 2024 (tkr)" against "Utfall jan–jun 2024 (tkr)" (Resultat), "Inkl. sökande K" against
    // "Inkl. sökande M" (Uppföljning deltagare), "Skillnad (kr)" against "Resultat" (Kontroller bokslut).
    const plans = [...rapport, ...[...bokslut.values()].flat(), ...nastaAr];
    expect(plans.flatMap(touchingHeaders)).toEqual([]);
  });

  it("a right-aligned header over numbers keeps its gap in a made-up report with long period headers", () => {
    const rows: PlanCell[][] = titleRows({ rapport: "Test", fran: "2024-01-01", till: "2024-06-30", kallor: [], idag: IDAG });
    const headers = [
      "Resultaträkning",
      "Budget jan–jun 2024 (tkr)",
      "Utfall jan–jun 2024 (tkr)",
      "Inkl. sökande K",
      "Inkl. sökande M",
      "S:a",
    ];
    rows.push(headers);
    for (let i = 0; i < 6; i++) rows.push([`Post ${i}`, 12050, 12094, 7, 4, 11]);
    for (const w of [40, 60, 75, 90]) {
      const plan = withPrintLayout(
        {
          kind: "t",
          key: "k",
          name: `Bredd ${w}`,
          rows,
          styles: titleStyles(headers.length),
          tables: [{ name: "T", range: `A5:F11` }],
          columnWidths: [200, ...headers.slice(1).map(() => w)],
        },
        { fran: "2024-01-01", till: "2024-06-30", idag: IDAG },
      );
      expect(touchingHeaders(plan)).toEqual([]);
    }
  });
});
