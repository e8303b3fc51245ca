import { TEMPLATE_KIND } from "./output-registry";
import { a1Range, columnLetter } from "../model/address";
import type { CellStyle, DataValidationPlan, PlanCell, SheetPlan } from "../model/plan";
import type { SheetKind, WorkbookMapping } from "../model/mapping";
import { DELTAGARE_MALL_RUBRIKER } from "../template/deltagare";
import { AVSLUTNINGSORSAK, JA_NEJ, KON, UTBILDNING } from "../parse/deltagare/varden";
import { normalizeHeader } from "../text/header";
import { isoToSerial } from "../text/sv-date";
import { BAS_KONTOPLAN, RAD_NAMN } from "../ledger/kontoplan";
import { COLORS, FORMAT, tableName } from "./common";
import { BUDGET_GRUPPER } from "../template/columns";

/**
 * "Skapa mallar" (domain.md §2): the standard input sheets Insatser, Budget, Utfall, Rekvisitioner, Deltagare,
 * Medlemmar, Inställningar and Kontoplan (the BAS-style defaults of the bokslut, domain.md §3.7) as SheetPlans of kind "mall": row 1 the sheet's title, row 2 a short instruction,
 * row 3 the header (the names the parsers read, amounts in kr), example rows from row 4 in an Excel table,
 * list validation for Typ, Kategori, Grupp (Budget), Kostnadsslag, Kön, Avslutningsorsak, Utbildning, Ja/Nej and Medlem typ over
 * rows 4–1000, formats for amounts (`#,##0`), dates (`yyyy-mm-dd`) and shares (`0%`), frozen header.
 * A template is NOT planned when the workbook already has a sheet of that name, or (with a mapping) a sheet the
 * mapping reads as that kind — existing sheets are never touched. Keys are unique per run ("mall:<blad>:<idag>"),
 * so a host never takes a filled-in template for an earlier output to replace.
 */

export const MALL_KIND = TEMPLATE_KIND;

const FIRST_ROW = 3; // 0-based index of the first example row (row 4)
const LAST_VALIDATED_ROW = 1000;
const TYP = ["Individ", "Struktur", "Förstudie", "Övrig"];
const KATEGORI = ["Intäkt", "Kostnad"];
const KOSTNADSSLAG = ["Personal", "Lokal", "Övrigt"];
const MEDLEMSTYP = ["Stat", "Region", "Kommun"];

type Format = "belopp" | "datum" | "andel" | "heltal";

interface Column {
  header: string;
  width: number;
  list?: string[];
  format?: Format;
}

interface Mall {
  name: string;
  /** The sheet kind the detector reads it as; undefined for sheets read by name (Kontoplan). */
  kind?: SheetKind;
  title: string;
  instruction: string;
  columns: Column[];
  examples: (string | number | null)[][];
}

export interface MallarOptions {
  /** Names of the workbook's sheets. */
  existing: readonly string[];
  /** The workbook's mapping: a kind it already reads is not given a template. */
  mapping?: WorkbookMapping;
  /** Räkenskapsår of the examples (default: the year of idag). */
  ar?: number;
  forbund?: string;
  idag: string;
}

export interface MallarResult {
  plans: SheetPlan[];
  /** Templates not planned, with the reason in Swedish. */
  skipped: { name: string; reason: string }[];
}

const d = (iso: string) => isoToSerial(iso);

function mallar(ar: number, forbund: string): Mall[] {
  const kr = (s: string) => `${s} (kr)`;
  return [
    {
      name: "Insatser",
      kind: "insatser",
      title: `Insatser – ${forbund}`,
      instruction:
        "En rad per insats. Insats = kort unikt namn som används på de andra bladen. Typ väljs i listan. Budget per år i kronor.",
      columns: [
        { header: "Insats", width: 24 },
        { header: "Insatsnamn", width: 36 },
        { header: "Typ", width: 12, list: TYP },
        { header: "Inriktning", width: 22 },
        { header: "Insatsägare", width: 22 },
        { header: "Start", width: 12, format: "datum" },
        { header: "Slut", width: 12, format: "datum" },
        { header: kr(`Budget ${ar}`), width: 16, format: "belopp" },
        { header: kr(`Budget ${ar + 1}`), width: 16, format: "belopp" },
      ],
      examples: [
        [
          "Jobbcentrum",
          "Jobbcentrum – Din väg framåt",
          "Individ",
          null,
          "Enköpings kommun",
          d(`${ar - 2}-01-01`),
          d(`${ar}-12-31`),
          2_652_000,
          null,
        ],
        [
          "Lokussamordnare",
          "Lokussamordnare",
          "Struktur",
          null,
          "Uppsala kommun",
          d(`${ar - 4}-01-01`),
          d(`${ar + 1}-12-31`),
          360_000,
          360_000,
        ],
      ],
    },
    {
      name: "Budget",
      kind: "budget",
      title: `Budget – ${forbund}`,
      instruction:
        "En rad per post och år: förbundets intäkter och kostnader. Kategori och Grupp väljs i listorna; Grupp avgör var posten redovisas (tom = gissas från namnet). Belopp i kronor, kostnader som positiva tal.",
      columns: [
        { header: "Post", width: 28 },
        { header: "Kategori", width: 12, list: KATEGORI },
        { header: "År", width: 8, format: "heltal" },
        { header: kr("Budget"), width: 16, format: "belopp" },
        { header: kr("Prognos"), width: 16, format: "belopp" },
        { header: "Grupp", width: 22, list: [...BUDGET_GRUPPER] },
      ],
      // Uppsala 2024 (Ekonomisk information 2024-10-24): budget and prognos of the förbund's own posts.
      examples: [
        ["Medlemsavgifter", "Intäkt", ar, 23_322_000, 23_322_000, "Medlemsintäkt"],
        ["ESF-medel", "Intäkt", ar, 778_000, 800_000, "ESF"],
        ["Förtroendevalda", "Kostnad", ar, 800_000, 450_000, "Förtroendevalda"],
        ["Förvaltning", "Kostnad", ar, 3_822_000, 3_850_000, "Förvaltning"],
        ["Ekonom projektstöd", "Kostnad", ar, 440_000, 440_000, "Övrig samverkansinsats"],
      ],
    },
    {
      name: "Utfall",
      kind: "utfall",
      title: `Utfall – ${forbund}`,
      instruction:
        "En rad per post (eller insats) och period: 2024-Q1, 2024-H1 eller 2024-05. Belopp i kronor, kostnader som positiva tal.",
      columns: [
        { header: "Post", width: 28 },
        { header: "Period", width: 12 },
        { header: kr("Utfall"), width: 16, format: "belopp" },
        { header: "Kostnadsslag", width: 14, list: KOSTNADSSLAG },
      ],
      examples: [
        ["Jobbcentrum", `${ar}-Q1`, 448_200, null],
        ["Medlemsavgifter", `${ar}-Q1`, 5_830_500, null],
      ],
    },
    {
      name: "Rekvisitioner",
      kind: "rekvisitioner",
      title: `Rekvisitioner – ${forbund}`,
      instruction: "En rad per rekvisition. Period = kvartal eller halvår. Personal, Lokal och Övrigt ska summera till Belopp.",
      columns: [
        { header: "Insats", width: 24 },
        { header: "Period", width: 12 },
        { header: kr("Belopp"), width: 16, format: "belopp" },
        { header: "Inkommen", width: 12, format: "datum" },
        { header: kr("Personal"), width: 14, format: "belopp" },
        { header: kr("Lokal"), width: 14, format: "belopp" },
        { header: kr("Övrigt"), width: 14, format: "belopp" },
      ],
      examples: [["Jobbcentrum", `${ar}-Q1`, 448_200, d(`${ar}-04-15`), 392_000, 31_500, 24_700]],
    },
    {
      name: "Deltagare",
      kind: "deltagare",
      title: `Deltagare – ${forbund}`,
      instruction:
        "En rad per deltagare och insats, med påhittat ID (aldrig personnummer). Avslutningsorsak krävs när Utskriven är ifylld.",
      columns: DELTAGARE_MALL_RUBRIKER.map((header): Column => ({
        header,
        width: header.length > 14 ? 22 : 14,
        ...(header === "Kön" ? { list: KON.labels } : {}),
        ...(header === "Avslutningsorsak" ? { list: AVSLUTNINGSORSAK.labels } : {}),
        ...(header === "Utbildning" ? { list: UTBILDNING.labels } : {}),
        ...(header === "Anonym" || header === "Handlingsplan" ? { list: JA_NEJ.labels } : {}),
        ...(header === "Inskriven" || header === "Utskriven" ? { format: "datum" as const } : {}),
        ...(header === "Sysselsättningsgrad" ? { format: "andel" as const } : {}),
      })),
      examples: [
        DELTAGARE_MALL_RUBRIKER.map(
          (h) =>
            ({
              "Deltagar-ID": "D001",
              Insats: "Jobbcentrum",
              Kön: "K",
              Födelseår: 1990,
              Inskriven: d(`${ar}-02-01`),
              Anonym: "Nej",
              Utbildning: "Gymnasium",
              Handlingsplan: "Ja",
            })[h] ?? null,
        ),
        DELTAGARE_MALL_RUBRIKER.map(
          (h) =>
            ({
              "Deltagar-ID": "D002",
              Insats: "Jobbcentrum",
              Kön: "M",
              Födelseår: 1985,
              Inskriven: d(`${ar - 1}-09-15`),
              Utskriven: d(`${ar}-03-31`),
              Avslutningsorsak: AVSLUTNINGSORSAK.labels[1],
              Anonym: "Nej",
              Utbildning: "Grundskola",
              Handlingsplan: "Ja",
              Sysselsättningsgrad: 0.75,
            })[h] ?? null,
        ),
      ],
    },
    {
      name: "Medlemmar",
      kind: "medlemmar",
      title: `Medlemmar – ${forbund}`,
      instruction:
        "En rad per medlem. Typ väljs i listan; Invånare behövs för kommunernas fördelning. Andel bara om en fast andel är beslutad.",
      columns: [
        { header: "Medlem", width: 32 },
        { header: "Typ", width: 10, list: MEDLEMSTYP },
        { header: "Invånare", width: 12, format: "heltal" },
        { header: "Andel", width: 10, format: "andel" },
      ],
      examples: [
        ["Försäkringskassan/Arbetsförmedlingen", "Stat", null, null],
        ["Region Uppsala", "Region", null, null],
        ["Enköpings kommun", "Kommun", 47_000, null],
      ],
    },
    {
      name: "Inställningar",
      kind: "installningar",
      title: `Inställningar – ${forbund}`,
      instruction: "Värden som gäller hela arbetsboken. Belopp i kronor; gränser för förbrukningskvot i procent.",
      columns: [
        { header: "Inställning", width: 28 },
        { header: "Värde", width: 36 },
      ],
      examples: [
        ["Förbund", forbund],
        ["Räkenskapsår", ar],
        ["Medlemsbidrag totalt", 23_322_000],
        ["Ackumulerat överskott", 6_360_000],
        ["Reservfond", 1_000_000],
        ["Enhet", "tkr"],
        ["Hög förbrukning", "100 %"],
        ["Låg förbrukning", "80 %"],
      ],
    },
    {
      name: "Kontoplan",
      title: `Kontoplan för bokslutet – ${forbund}`,
      instruction:
        "Vilken rad i bokslutet varje konto hör till (ifyllt med BAS-standard). Ändra eller lägg till rader för förbundets egna konton; den första rad som passar gäller. Insats: kontots utfall räknas på insatsen.",
      columns: [
        { header: "Konto från", width: 12 },
        { header: "Konto till", width: 12 },
        // No list validation: the row names pass Excel's 255-character limit of a list; the reader names the valid ones.
        { header: "Rad", width: 26 },
        { header: "Not", width: 16 },
        { header: "Grupp", width: 26 },
        { header: "Insats", width: 20 },
      ],
      examples: BAS_KONTOPLAN.map((r) => [r.fran, r.till, RAD_NAMN[r.rad], r.not ?? null, r.grupp ?? null, r.insats ?? null]),
    },
  ];
}

const FORMATS: Record<Format, string> = { belopp: FORMAT.helt, datum: FORMAT.datum, andel: FORMAT.procent, heltal: "0" };

function planOf(m: Mall, idag: string): SheetPlan {
  const width = m.columns.length;
  const last = columnLetter(width - 1);
  const headerRow = FIRST_ROW - 1;
  const lastExample = FIRST_ROW + m.examples.length - 1;
  const rows: PlanCell[][] = [[m.title], [m.instruction], m.columns.map((c) => c.header), ...m.examples.map((r) => r.map((v) => v))];
  const styles: CellStyle[] = [
    { range: "A1", bold: true, fontSize: 14, fontColor: COLORS.titleText },
    { range: "A2", italic: true, fontColor: COLORS.noteText },
    { range: `A3:${last}3`, bold: true, fill: COLORS.headerFill, wrap: true },
  ];
  const dataValidations: DataValidationPlan[] = [];
  m.columns.forEach((c, i) => {
    const col = columnLetter(i);
    if (c.format) styles.push({ range: `${col}${FIRST_ROW + 1}:${col}${LAST_VALIDATED_ROW}`, numberFormat: FORMATS[c.format] });
    if (c.list) {
      dataValidations.push({
        range: `${col}${FIRST_ROW + 1}:${col}${LAST_VALIDATED_ROW}`,
        list: c.list,
        errorMessage: `Välj ${c.header} i listan: ${c.list.join(", ")}.`,
      });
    }
  });
  return {
    kind: MALL_KIND,
    key: `mall:${normalizeHeader(m.name)}:${idag}`,
    name: m.name,
    rows,
    styles,
    tables: [{ name: tableName("Mall", m.name), range: a1Range(headerRow, 0, lastExample, width - 1), style: "TableStyleLight9" }],
    dataValidations,
    freeze: { rows: FIRST_ROW },
    columnWidths: m.columns.map((c) => c.width * 6),
    summary: `Mall ${m.name}: ${m.instruction}`,
  };
}

/** The templates to write (see the file comment); never one whose sheet or kind the workbook already has. */
export function planMallar(opts: MallarOptions): MallarResult {
  const ar = opts.ar ?? Number(opts.idag.slice(0, 4));
  const names = new Set(opts.existing.map((n) => normalizeHeader(n)));
  const kinds = new Map<SheetKind, string>();
  for (const s of opts.mapping?.sheets ?? []) if (s.use && !kinds.has(s.kind)) kinds.set(s.kind, s.sheet);
  const plans: SheetPlan[] = [];
  const skipped: MallarResult["skipped"] = [];
  for (const m of mallar(ar, opts.forbund ?? "Samordningsförbundet")) {
    if (names.has(normalizeHeader(m.name))) {
      skipped.push({ name: m.name, reason: `Bladet ${m.name} finns redan och lämnas orört.` });
      continue;
    }
    const own = m.kind === undefined ? undefined : kinds.get(m.kind);
    if (own !== undefined) {
      skipped.push({ name: m.name, reason: `Bladet ${own} läses redan som ${m.name}; ingen mall behövs.` });
      continue;
    }
    plans.push(planOf(m, opts.idag));
  }
  return { plans, skipped };
}
