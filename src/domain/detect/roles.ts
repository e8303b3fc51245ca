import { KOLUMN_TEXT } from "../template/deltagare";
import type { DeltagareKolumn } from "../model/deltagare";
import { SPEC_KINDS, type SpecKind } from "../template/spec-kinds";
import type { Measure, SheetKind } from "../model/mapping";
import { KEY_LABEL } from "../template/vocabulary";

/**
 * What the task pane offers when the user corrects a column: the roles a column of a sheet of this kind can
 * have (Swedish labels), and for amount columns the measures. Roles are the ones detection and parsing use.
 */

export interface RoleOption {
  role: string;
  label: string;
}

const BASE_ROLES: Record<"insatser" | "budget" | "utfall", string[]> = {
  insatser: ["post", "namn", "typ", "inriktning", "agare", "start", "slut", "belopp"],
  budget: ["post", "kategori", "grupp", "agare", "typ", "ar", "belopp", "matt", "insatskolumn", "radsumma"],
  utfall: [
    "post",
    "agare",
    "kategori",
    "grupp",
    "typ",
    "period",
    "fran",
    "till",
    "kostnadsslag",
    "kod",
    "konto",
    "kontonamn",
    "kredit",
    "belopp",
    "matt",
    "insatskolumn",
    "radsumma",
  ],
};

/** Roles of an ekonomisystem export (export-layout.ts): the dimension's code and the konto, read as kostnadsslag. */
const EXPORT_LABEL: Record<string, string> = {
  kod: "Kod (projekt, kostnadsställe – namnet läses ur Insats)",
  konto: "Konto (läses som kostnadsslag)",
  kontonamn: "Kontonamn (läses som kostnadsslag)",
  kredit: "Kredit (dras från Debet, som är utfallet)",
};

export const MEASURE_LABEL: Record<Measure, string> = {
  utfall: "Utfall",
  budget: "Budget",
  prognos: "Prognos",
  avvikelse: "Avvikelse (kontrolleras)",
  kvot: "Förbrukningskvot (används inte)",
  ovrigt: "Övrigt belopp (används inte)",
};

export function roleOptions(kind: SheetKind): RoleOption[] {
  const ignore: RoleOption = { role: "ignorera", label: KEY_LABEL.ignorera };
  if (kind === "insatser" || kind === "budget" || kind === "utfall") {
    return [
      ...BASE_ROLES[kind].map((role) => ({
        role,
        label: role === "post" && kind === "insatser" ? "Insats (kortnamn)" : (EXPORT_LABEL[role] ?? KEY_LABEL[role]),
      })),
      ignore,
    ];
  }
  if (kind in SPEC_KINDS) {
    return [
      ...SPEC_KINDS[kind as SpecKind].map((s) => ({
        role: s.key,
        label: kind === "deltagare" ? KOLUMN_TEXT[s.key as DeltagareKolumn] : s.synonyms[0],
      })),
      ignore,
    ];
  }
  return [ignore];
}
