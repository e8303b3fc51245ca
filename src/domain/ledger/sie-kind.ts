import type { Ledger } from "./types";

/**
 * What kind of file the user picked, when it is not SIE 4 (the reader's first and last questions):
 * `notSieReason` names what a non-SIE file most likely is (empty, an Excel workbook, a PDF or other binary, a web
 * page, SIE 5 XML, a CSV export), so the finding says what to do instead; `sieTypProblem` says what a SIE type 1–3
 * file (saldon only) or an import file without saldon (SIE 4I) lacks for a bokslut.
 */

/** Why `text` is not a SIE file, or undefined when it starts like one (a #-record among its first characters). */
export function notSieReason(text: string, kalla: string): string | undefined {
  const head = text.slice(0, 400);
  if (/^\s*#/.test(head.slice(0, 200))) return undefined;
  const vad =
    head.trim() === ""
      ? "Filen är tom"
      : head.startsWith("PK")
        ? "Filen är en Excel-arbetsbok (.xlsx) eller ett annat zip-arkiv, inte en SIE-fil. En saldobalans i Excel läses som arbetsbok (bladet Saldobalans); bokföringen läses från en SIE 4-fil"
        : head.startsWith("%PDF")
          ? "Filen är en PDF, inte en SIE-fil"
          : /^\s*<\?xml/i.test(head) && /sie\.se|<Sie/i.test(text.slice(0, 2000))
            ? "Filen är SIE 5 (XML); Finsam läser SIE 4. Välj exporten SIE 4 (typ 4E) i ekonomisystemet"
            : /^\s*</.test(head)
              ? /<html|<!doctype html/i.test(head)
                ? "Filen är en webbsida (HTML), t.ex. en felsida som sparats i stället för exporten"
                : "Filen är en XML- eller HTML-fil, inte en SIE-fil"
              : head.includes("\u0000")
                ? "Filen är binär (ingen text), inte en SIE-fil"
                : /^[^\n#]*[;\t][^\n]*\n/.test(head)
                  ? "Filen ser ut som en CSV- eller textexport med kolumner (semikolon eller tabb), inte en SIE-fil. En saldobalans i Excel läses som arbetsbok (bladet Saldobalans)"
                  : "Filen börjar inte med en #-post som #FLAGGA, så den är ingen SIE-fil";
  return `${vad} (${kalla}). Exportera en SIE 4-fil (typ 4E) ur ekonomisystemet och välj den.`;
}

const TYP_NAMN: Record<string, string> = { "1": "årssaldon", "2": "periodsaldon", "3": "objektsaldon" };

/**
 * What the ledger lacks for a bokslut given its #SIETYP and records, or undefined when nothing is missing.
 * `fel` when nothing at all can be built; otherwise a varning that says what the figures rest on and what cannot be done.
 */
export function sieTypProblem(
  lg: Ledger,
): { code: "SIE_FEL_TYP" | "SIE_SALDON_SAKNAS"; severity: "fel" | "varning"; text: string } | undefined {
  const typ = (lg.sietyp ?? "").charAt(0);
  const saldon = lg.ib.length + lg.ub.length + lg.res.length > 0;
  if (lg.ver.length === 0 && (typ === "1" || typ === "2" || typ === "3")) {
    if (!saldon)
      return {
        code: "SIE_FEL_TYP",
        severity: "fel",
        text: `Filen är SIE typ ${typ} men har varken verifikationer eller saldon (#IB, #UB, #RES); inget bokslut kan byggas. Exportera "SIE 4" ur ekonomisystemet.`,
      };
    const objekt =
      typ === "3"
        ? "utfall per insats finns bara per månad från #PSALDO med objekt"
        : "utfall per insats kan inte tas fram (filen har inga objekt)";
    return {
      code: "SIE_FEL_TYP",
      severity: "varning",
      text: `Filen är SIE typ ${typ} (${TYP_NAMN[typ]}) utan verifikationer: resultat- och balansräkningen bygger på #UB och #RES för hela räkenskapsåret. Det som saknas: kontrollen att varje verifikation balanserar och att IB + transaktioner = UB, ett bokslut per ett annat datum än filens, och ${objekt}. Exportera "SIE 4" (typ 4E) för allt detta.`,
    };
  }
  if (lg.ver.length > 0 && !saldon)
    return {
      code: "SIE_SALDON_SAKNAS",
      severity: "varning",
      text: `Filen har verifikationer men inga saldon (#IB, #UB, #RES)${lg.sietyp === "4I" ? ": en importfil (SIE 4I)" : ""}. Resultaträkningen räknas från transaktionerna, men balansräkningen saknar ingående balanser och visar bara årets rörelser. Exportera SIE 4E (med saldon) för ett fullständigt bokslut.`,
    };
  return undefined;
}
