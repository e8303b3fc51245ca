import type { InsatsTyp, Kategori, Kostnadsslag } from "../model/records";
import { normalizeHeader } from "./header";

const TYP_PREFIXES: readonly [string, InsatsTyp][] = [
  ["individ", "individ"],
  ["struktur", "struktur"],
  ["forstudie", "forstudie"],
  ["ovrig", "ovrig"],
  ["kompetens", "ovrig"],
  ["ekonom", "ovrig"],
  ["verksamhetsutveck", "ovrig"],
  ["annan", "ovrig"],
  ["annat", "ovrig"],
];

/** "Individ", "Individinsats", "individinriktad" → individ; "Strukturinriktad" → struktur; "Förstudie"; "Övrig", "Kompetenshöjande" → ovrig. */
export function parseInsatsTyp(text: string): InsatsTyp | undefined {
  const n = normalizeHeader(text);
  for (const [prefix, typ] of TYP_PREFIXES) if (n.startsWith(prefix)) return typ;
  return undefined;
}

export const TYP_NAMES = ["Individ", "Struktur", "Förstudie", "Övrig"];

/** "Intäkt", "Intäkter", "Inkomst" → intakt; "Kostnad", "Kostnader", "Utgift" → kostnad. */
export function parseKategori(text: string): Kategori | undefined {
  const n = normalizeHeader(text);
  if (n.startsWith("intakt") || n.startsWith("inkomst")) return "intakt";
  if (n.startsWith("kostnad") || n.startsWith("utgift")) return "kostnad";
  return undefined;
}

export const KATEGORI_NAMES = ["Intäkt", "Kostnad"];

/** "Personal", "Personalkostnader", "Lön" → personal; "Lokal", "Lokalkostnader", "Hyra" → lokal; "Övrigt", "Övriga" → ovrigt. */
export function parseKostnadsslag(text: string): Kostnadsslag | undefined {
  const n = normalizeHeader(text);
  if (n.startsWith("personal") || n.startsWith("lon")) return "personal";
  if (n.startsWith("lokal") || n.startsWith("hyr")) return "lokal";
  if (n.startsWith("ovrig") || n.startsWith("annat") || n.startsWith("annan")) return "ovrigt";
  return undefined;
}

export const KOSTNADSSLAG_NAMES = ["Personal", "Lokal", "Övrigt"];
