import type { Sakerhet } from "../../services/mapping";

/** Every text of the mapping editor (step 1. Data), in Swedish. */
export const dataStrings = {
  heading: "Så läses bladen",
  intro:
    "Finsam har gissat vad varje blad och kolumn innehåller; hög, medel och låg visar hur säker gissningen är. Rätta det som blivit fel och spara mappningen, så används den nästa gång.",
  lasIn: "Visa mappningen",
  lasInIgen: "Läs in mappningen igen",
  vantaPaInlasning: "Läs in arbetsboken för att se hur bladen tolkas.",
  laser: "Läser bladen …",
  noService: "Mappningen kan inte visas i den här versionen av tillägget.",
  failed: "Det gick inte",

  savedState: {
    ingen: "Ingen mappning är sparad ännu: det här är vad Finsam hittade själv.",
    sparad: "Den sparade mappningen används.",
    olaslig: "Den sparade mappningen kunde inte läsas och bladen har lästs av på nytt.",
  },
  unsaved: "Ändringarna är inte sparade.",
  notYetSaved: "Spara så används mappningen nästa gång.",
  savedOk: "Mappningen är sparad i arbetsboken.",
  spara: "Spara mappning",
  sparar: "Sparar …",

  layoutTitle: "Bladens rubriker har ändrats",
  layoutIntro:
    "De här bladen ser inte ut som när mappningen sparades. De har lästs av på nytt – kontrollera dem och spara mappningen igen.",
  layoutBadge: "Layouten har ändrats",

  sheetsLabel: "Blad och kolumner",
  kindLabel: "Läses som",
  kindSelect: (sheet: string) => `Läses som, bladet ${sheet}`,
  useLabel: "Används",
  useSwitch: (sheet: string) => `Används, bladet ${sheet}`,
  headerRow: (row: number) => (row > 0 ? `Rubrikrad ${row}` : "Ingen rubrikrad"),
  markedRows: (n: number) => (n === 1 ? "1 markerad rad" : `${n} markerade rader`),
  sakerhet: { hog: "hög", medel: "medel", lag: "låg" } satisfies Record<Sakerhet, string>,
  sakerhetLabel: (level: string, confidence: number) => `Säkerhet ${level} (${Math.round(confidence * 100)} %)`,
  ejMappad: "ej läst",
  ejMappadLabel: "Kolumnen läses inte",
  andrad: "Ändrad",
  andradLabel: "Ändrad av dig",
  columnsHeader: (n: number) => `Kolumner (${n})`,
  noColumns: "Inga kolumner läses på det här bladet.",
  noHeader: "(ingen rubrik)",
  columnSelect: (column: string, header: string, sheet: string) => `Kolumn ${column}${header ? ` "${header}"` : ""} på bladet ${sheet}`,
  periodLabel: "Period",
  periodPlaceholder: "t.ex. 2024-H1, 2024 eller 2024-01-01 - 2024-06-30",
  periodInput: (column: string, sheet: string) => `Period för kolumn ${column} på bladet ${sheet}`,
  periodSaknas: "Ingen period: skriv den här, annars används kolumnen inte.",
  unitLabel: "Enhet",
  unitSelect: (column: string, sheet: string) => `Enhet för kolumn ${column} på bladet ${sheet}`,
  units: [
    { value: 1, label: "kr" },
    { value: 1000, label: "tkr" },
    { value: 1_000_000, label: "mkr" },
  ],

  mallarHeading: "Mallar",
  mallarIntro:
    "Skapar standardbladen (Insatser, Budget, Utfall, Rekvisitioner, Deltagare, Medlemmar, Inställningar) med listor och exempelrader. Blad som redan finns lämnas orörda.",
  skapaMallar: "Skapa mallar",
  skaparMallar: "Skapar mallar …",
  mallarSkrivna: (names: string[]) =>
    names.length === 0 ? "Inga nya mallar behövdes." : `${names.length} mallar skapade: ${names.join(", ")}.`,
  mallarHoppade: "Skapades inte:",
} as const;

/** Texts of the edits beyond a column's role (SheetEdits, AliasSection): header row, insats and Grupp column, row marks, aliases. */
export const editStrings = {
  sectionHeader: "Rubrikrad, insatskolumn och rader",
  rubrikradLabel: "Rubrikrad",
  rubrikradHint: (row: number) =>
    row > 0 ? `Nu rad ${row}. Skriv radnumret där kolumnrubrikerna står.` : "Skriv radnumret där kolumnrubrikerna står.",
  rubrikradInput: (sheet: string) => `Rubrikrad på bladet ${sheet}`,
  rubrikradAndrad: "Rubrikraden är ändrad av dig.",
  andra: "Ändra",
  insatsLabel: "Insatsernas namn står i",
  insatsSelect: (sheet: string) => `Kolumnen med insatsernas namn på bladet ${sheet}`,
  gruppLabel: "Grupp står i",
  gruppHint: "Förtroendevalda, Förvaltning, Samverkansinsats eller Intäkt per rad",
  gruppSelect: (sheet: string) => `Kolumnen med grupp på bladet ${sheet}`,
  ingenKolumn: "(ingen)",
  kolumnVal: (column: string, header: string) => (header ? `${column}: ${header}` : column),
  raderLabel: "Rader som inte är data",
  raderIntro: "Markera en summarad som inte heter Summa, eller en rad som varken är data eller summa (t.ex. Beslutsutrymme ej fördelat).",
  radInput: (sheet: string) => `Rad att markera på bladet ${sheet}`,
  radSom: (sheet: string) => `Markera raden på bladet ${sheet} som`,
  radNummer: "Rad",
  markera: "Markera",
  som: { summa: "Summarad", ignorera: "Inte data" } as Record<"summa" | "ignorera", string>,
  markerad: (row: number, as: "summa" | "ignorera", text: string) =>
    `Rad ${row}${text ? ` "${text}"` : ""}: ${as === "summa" ? "summarad (kontrolleras, läses inte som data)" : "inte data (läses inte)"}`,
  taBort: "Ta bort",
  taBortRad: (row: number, sheet: string) => `Ta bort markeringen av rad ${row} på bladet ${sheet}`,

  aliasHeading: "Andra namn på insatser (alias)",
  aliasIntro:
    "När utfall eller budget skriver en insats under ett annat namn: ange namnet och vilken insats det är. Sparas med mappningen.",
  aliasNamn: "Namn i arbetsboken",
  aliasInsats: "Är insatsen",
  laggTill: "Lägg till",
  aliasRad: (namn: string, insats: string) => `"${namn}" räknas som ${insats}`,
  taBortAlias: (namn: string) => `Ta bort aliaset ${namn}`,
  ingaAlias: "Inga alias i mappningen.",
} as const;
