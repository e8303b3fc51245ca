import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { CODES } from "../issues/codes";
import { cellAddress } from "../text/header";
import type { StatedSums, SumKind } from "../parse/beslutsutrymme-sheet";
import { computeBeslutsutrymme, SAMVERKAN_GRUPPER, type BeslutsutrymmeModel } from "./beslutsutrymme";
import { formatSvUpTo } from "../text/format";

const KIND_LABEL: Record<SumKind, string> = {
  intakter: "Summa intäkter",
  kostnader: "Summa kostnader",
  samverkan: "Summa samverkansinsatser",
  ovriga: "Summa övriga samverkansinsatser",
  "samverkan-alla": "Samverkansinsatser (totalt)",
  resultat: "Årets beräknade resultat",
  ingaende: "Över-/underskott från tidigare år",
  kvarvarande: "Kvarvarande beslutsutrymme",
};

/**
 * The sum rows a förbund's own beslutsutrymme sheet states (Summa intäkter, ÅRETS BERÄKNADE RESULTAT,
 * Kvarvarande beslutsutrymme …) against the model computed from its posts: varning SUMMA_STAMMER_INTE at the
 * written cell when they differ by more than half a unit (Uppsala 2024-10-24 reproduces to the tkr).
 */
export function checkBeslutsutrymmeSums(model: BeslutsutrymmeModel, stated: StatedSums, sheet: RawSheet, issues: Issue[]): void {
  const { written, yearCols, factor } = stated;
  const result = computeBeslutsutrymme(model);
  const tol = 0.5 * factor + 1e-6;
  for (const w of written) {
    w.values.forEach((v, i) => {
      if (v === null) return;
      const y = result.ar[i];
      const g = y.grupper;
      const expected: Record<SumKind, number> = {
        intakter: y.intakter,
        kostnader: y.kostnader,
        samverkan: SAMVERKAN_GRUPPER.reduce((a, k) => a + g[k], 0),
        ovriga: g["ovriga-samverkansinsatser"],
        "samverkan-alla": g.insats + g["ej-nyttjade"] + g["ovriga-samverkansinsatser"],
        resultat: y.resultat,
        ingaende: y.ingaende,
        kvarvarande: y.kvarvarande,
      };
      const e = expected[w.kind];
      if (Math.abs(e - v) > tol) {
        const unit = factor === 1000 ? " tkr" : " kr";
        issues.push(
          issue(
            "varning",
            CODES.SUMMA_STAMMER_INTE,
            sheet.name,
            cellAddress(sheet, w.r, yearCols[i]),
            `${KIND_LABEL[w.kind]} ${y.kolumn.label}: bladet anger ${formatSvUpTo(v / factor, 2)}${unit} men raderna ger ${formatSvUpTo(e / factor, 2)}${unit}. Kontrollera summan.`,
          ),
        );
      }
    });
  }
}
