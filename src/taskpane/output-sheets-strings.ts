/** The pane's texts about Finsam's own report sheets (those in the output register). Straight quotes around names. */

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

export const outputStrings = {
  taBort: "Ta bort Finsams rapportblad",
  taBortBekrafta: "Ta bort",
  avbryt: "Avbryt",
  taBortOmaskad: "Ta bort det omaskade bladet",
  taBortOmaskade: "Ta bort de omaskade bladen",
};

/** Before Skapa rapporter: the existing report sheets it will replace, or null when none. */
export function ersattsText(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const n = names.length;
  return `Skapa rapporter ersätter ${n} ${n === 1 ? "befintligt" : "befintliga"} rapportblad: ${quoted(names)}.`;
}

/** The confirmation before "Ta bort Finsams rapportblad". */
export function taBortFraga(names: readonly string[]): string {
  if (names.length === 0) return "Arbetsboken har inga rapportblad från Finsam.";
  return `Ta bort ${names.length} rapportblad som Finsam har skapat: ${quoted(names)}? Dina egna blad tas inte bort.`;
}

/** After a removal. */
export function borttagnaText(n: number): string {
  if (n === 0) return "Inga rapportblad togs bort.";
  return `${n} rapportblad ${n === 1 ? "borttaget" : "borttagna"}.`;
}

/** With Publicering on: the unmasked Uppföljning deltagare sheets still in the workbook, or null when none. */
export function omaskadText(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const one = names.length === 1;
  return `${one ? "Det omaskade bladet" : "De omaskade bladen"} ${quoted(names)} finns kvar i arbetsboken. Där syns antal under gränsen; ta bort ${one ? "det" : "dem"} innan arbetsboken lämnas ut.`;
}
