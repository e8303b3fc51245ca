import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import { cellAddress, locateTable } from "../text/header";
import { SALDOBALANS_SPECS } from "../template/saldobalans";
import { parseSvNumber } from "../text/sv-number";
import { isSumLabel } from "../text/rows";
import { LEDGER_CODES as L } from "./codes";
import { formatOre } from "./sie-read";
import { emptyLedger, type BudgetKolumn, type Ledger, type LedgerSaldo } from "./types";

/**
 * Saldobalans sheet (domain.md §3.7) — what a förbund gets in Excel from the kommun's ekonomisystem:
 * Konto | Benämning | IB | Period | UB, optional Budget and Föregående år; header anywhere in the first 30 rows,
 * sum rows ("Summa …") skipped. Signs as in the ledger (debet +, kredit −).
 * Balance konton (1xxx, 2xxx) give #IB/#UB; result konton give #RES = Period (UB when Period is empty).
 * Every row where IB + Period ≠ UB is a finding with its difference on the UB cell (Mölndal 2016's
 * balansrapport has four such rows, 116 000 kr each); the row's UB is used as written.
 * Budget column: "Budget", "Årsbudget", "Budget helår", "Budget 2016" are the year's budget, "Periodbudget",
 * "Budget perioden", "Ack budget" the period's (ledger.budgetKolumn, used for the resultaträkning's budget column).
 * It is read in the ledger's sign; when most result konton with both a period and a budget have them with opposite
 * signs (a budget typed with intäkter positive), the column is turned and an info finding says so.
 */

export { SALDOBALANS_SPECS, looksLikeSaldobalans } from "../template/saldobalans";

export interface SaldobalansResult {
  ledger: Ledger;
  issues: Issue[];
  /** Budget per konto (öre), when the sheet has a Budget column. */
  budget: Map<string, number>;
}

const toOre = (kr: number): number => Math.round(kr * 100);

export function readSaldobalans(sheet: RawSheet): SaldobalansResult {
  const ledger = emptyLedger(sheet.name, "saldobalans");
  const issues: Issue[] = [];
  const budget = new Map<string, number>();
  const t = locateTable(sheet, SALDOBALANS_SPECS, { minMatches: 3 });
  if (!t || t.missing.length > 0) return { ledger, issues, budget };
  const c = t.columns;
  const budgetCol = findBudgetColumn(t.headers, c);
  const budgetSaldon: (LedgerSaldo & { period?: number })[] = [];
  for (let r = t.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const kontoCell = row[c.konto];
    const kontoText = kontoCell === null || kontoCell === undefined ? "" : String(kontoCell).trim();
    const m = /^(\d{3,8})\b\s*(.*)$/.exec(kontoText);
    if (!m) {
      if (kontoText !== "" && !isSumLabel(kontoText)) {
        const label = c.namn !== undefined ? String(row[c.namn] ?? "") : "";
        if (!isSumLabel(label) && !/^(summa|s:a|totalt)/i.test(kontoText)) {
          issues.push(
            issue(
              "info",
              L.SIE_OLASBAR_POST,
              sheet.name,
              cellAddress(sheet, r, c.konto),
              `"${kontoText}" är inget kontonummer; raden räknas som rubrik och läses inte.`,
            ),
          );
        }
      }
      continue;
    }
    const konto = m[1];
    const namn = c.namn !== undefined ? String(row[c.namn] ?? "").trim() : m[2];
    const rad = r + sheet.origin.row + 1;
    const num = (key: string, col = c[key]): number | undefined | null => {
      if (col === undefined) return undefined;
      const p = parseSvNumber(row[col]);
      if (p.kind === "empty") return undefined;
      if (p.kind === "error") {
        const foljd =
          key === "budget"
            ? `budgeten för konto ${konto} används inte`
            : key === "foregaende"
              ? `föregående år för konto ${konto} används inte`
              : "kontot är inte inläst";
        issues.push(
          issue(
            "fel",
            L.SIE_OLASBART_BELOPP,
            sheet.name,
            cellAddress(sheet, r, col),
            `Beloppet för konto ${konto} kan inte läsas (${p.reason}); ${foljd}.`,
          ),
        );
        return null;
      }
      return toOre(p.value);
    };
    const ib = num("ib");
    const period = num("period");
    const ub = num("ub");
    const bud = num("budget", budgetCol?.col);
    const fg = num("foregaende");
    if (ib === null || period === null || ub === null) continue;
    if (ledger.konton.has(konto)) {
      issues.push(
        issue(
          "varning",
          L.SIE_DUBBLETT_KONTO,
          sheet.name,
          cellAddress(sheet, r, c.konto),
          `Konto ${konto} finns redan på rad ${ledger.konton.get(konto)?.rad}; den här raden läses inte.`,
        ),
      );
      continue;
    }
    ledger.konton.set(konto, { konto, namn, rad });
    const balans = konto.startsWith("1") || konto.startsWith("2");
    const ibOre = ib ?? 0;
    if (ub !== undefined && period !== undefined && ibOre + period !== ub) {
      const diff = ub - (ibOre + period);
      issues.push(
        issue(
          "fel",
          L.IB_TRANS_UB,
          sheet.name,
          cellAddress(sheet, r, c.ub),
          `Konto ${konto} ${namn}: IB ${formatOre(ibOre)} + period ${formatOre(period)} = ${formatOre(ibOre + period)} kr, men UB är ${formatOre(ub)} kr (skillnad ${formatOre(diff)} kr). UB används som den står; rätta raden eller fråga ekonomiservice.`,
        ),
      );
    }
    const ubOre = ub ?? ibOre + (period ?? 0);
    if (balans) {
      ledger.ib.push({ ar: 0, konto, ore: ibOre, rad });
      ledger.ub.push({ ar: 0, konto, ore: ubOre, rad });
      if (fg !== null && fg !== undefined) ledger.ub.push({ ar: -1, konto, ore: fg, rad });
    } else {
      ledger.res.push({ ar: 0, konto, ore: period ?? ubOre - ibOre, rad });
      if (fg !== null && fg !== undefined) ledger.res.push({ ar: -1, konto, ore: fg, rad });
    }
    if (bud !== null && bud !== undefined) {
      budget.set(konto, bud);
      if (!balans) budgetSaldon.push({ ar: 0, konto, ore: bud, rad, ...(period ? { period } : {}) });
    }
  }
  if (budgetCol) {
    const cell = cellAddress(sheet, t.headerRow, budgetCol.col);
    const rubrik = String(sheet.values[t.headerRow]?.[budgetCol.col] ?? "").trim();
    const vand = budgetSignTurned(budgetSaldon);
    if (vand)
      issues.push(
        issue(
          "info",
          L.SALDOBALANS_BUDGET_TECKEN,
          sheet.name,
          cell,
          `Kolumnen "${rubrik}" har intäkter positiva och kostnader negativa, tvärtom mot IB, Period och UB; budgeten läses med bokföringens tecken (intäkter negativa).`,
        ),
      );
    const saldon = budgetSaldon.map(({ period: _p, ...s }) => (vand ? { ...s, ore: -s.ore } : s));
    ledger.budgetKolumn = { slag: budgetCol.slag, rubrik, sheet: sheet.name, cell, saldon };
  }
  return { ledger, issues, budget };
}

/** The budget column: a period budget wins (it matches the Period column), then the year's; "Budget 2016" counts as the year's. */
function findBudgetColumn(headers: readonly string[], c: Record<string, number>): { col: number; slag: BudgetKolumn["slag"] } | undefined {
  if (c.periodbudget !== undefined) return { col: c.periodbudget, slag: "period" };
  if (c.budget !== undefined) return { col: c.budget, slag: "helar" };
  const used = new Set(Object.values(c));
  const col = headers.findIndex((h, i) => !used.has(i) && /^(ars)?budget(helar)?(19|20)\d\d$/.test(h));
  return col >= 0 ? { col, slag: "helar" } : undefined;
}

/** True when most result konton with both a period and a budget have them with opposite signs (at least two such konton). */
function budgetSignTurned(rows: readonly { ore: number; period?: number }[]): boolean {
  let same = 0;
  let opposite = 0;
  for (const r of rows) {
    if (!r.period || r.ore === 0) continue;
    if (Math.sign(r.period) === Math.sign(r.ore)) same++;
    else opposite++;
  }
  return opposite >= 2 && opposite > same;
}
