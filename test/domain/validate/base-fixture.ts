import type { Insats, ParsedWorkbook, UtfallRad } from "../../../src/domain/model/records";

export function insats(name: string, row: number, extra: Partial<Insats> = {}): Insats {
  return {
    insats: name,
    typ: "individ",
    agare: "Enköpings kommun",
    start: "2022-01-01",
    slut: "2024-12-31",
    budgetPerAr: {},
    source: { sheet: "Insatser", cell: `A${row}` },
    ...extra,
  };
}

export function utfall(post: string, row: number, from: string, to: string, label: string): UtfallRad {
  return { post, period: { from, to, label }, utfall: 1000, source: { sheet: "Utfall", cell: `A${row}` } };
}

export function workbook(parts: Partial<ParsedWorkbook>): ParsedWorkbook {
  return { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {}, ...parts };
}
