import type { BokforingSvar } from "../services/ledger";
import { formatSv } from "../domain/text/format";

/** Swedish texts of the SIE file input (step 1). */
export const bokforingStrings = {
  heading: "Bokföring (SIE 4)",
  intro:
    "Välj en SIE 4-fil från ekonomisystemet för att få resultaträkning, balansräkning, kassaflödesanalys och utfall per insats ur bokföringen. Filen läses här i webbläsaren; inget skickas någonstans.",
  valj: "Välj SIE-fil …",
  byt: "Byt SIE-fil …",
  tabort: "Sluta använda filen",
  laser: "Läser filen …",
  inputLabel: "SIE-fil",
};

const plural = (n: number, en: string, flera: string): string => `${formatSv(n)} ${n === 1 ? en : flera}`;

/** "uppsala.se: Samordningsförbundet Uppsala län, räkenskapsår …, 17 konton, 110 verifikationer (220 transaktioner)." */
export function bokforingSummary(s: Extract<BokforingSvar, { ok: true }>): string {
  const delar = [
    s.foretag,
    s.rakenskapsar ? `räkenskapsår ${s.rakenskapsar}` : undefined,
    s.omfattn ? `saldon t.o.m. ${s.omfattn}` : undefined,
    plural(s.konton, "konto", "konton"),
    `${plural(s.verifikationer, "verifikation", "verifikationer")} (${plural(s.transaktioner, "transaktion", "transaktioner")})`,
  ].filter(Boolean);
  return `${s.fil}: ${delar.join(", ")}.`;
}

export function bokforingFynd(s: Extract<BokforingSvar, { ok: true }>): string {
  const { fel, varning } = s.antal;
  if (fel === 0 && varning === 0) return "Filen lästes utan fel. Bokslutsbladen skapas med rapporterna.";
  return `Filen har ${plural(fel, "fel", "fel")} och ${plural(varning, "varning", "varningar")}; se Kontroll efter nästa inläsning.`;
}
