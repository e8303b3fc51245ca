import type { Issue } from "../issues/issue";
import { computeBokslut } from "../compute/bokslut";
import { findKontoplanSheet, readKontoplanSheet, type KontoplanRad } from "../ledger/kontoplan";
import { looksLikeSaldobalans, readSaldobalans } from "../ledger/saldobalans";
import type { Ledger } from "../ledger/types";
import { planBokslut } from "../plan/bokslut/bokslut-sheets";
import { compareUtfallPerInsats } from "../compute/bokslut/utfall-jamforelse";
import type { ModuleOutput, PipelineContext, ReportModule } from "./types";

/**
 * Report module "Bokslut" (domain.md §3.7): from a SIE 4 file the host read (options.ledger) or, without one, a
 * saldobalans sheet in the workbook → Resultaträkning, Balansräkning (with soliditet), Kassaflödesanalys, Noter and
 * Kontroller bokslut. A "Kontoplan" sheet (Konto från | Konto till | Rad | Not | Grupp | Insats) overrides the BAS
 * defaults. The workbook's Budget sheet gives the resultaträkning's prognos column (delår) and its budget column when
 * the ledger has no budget of its own (#PBUDGET, saldobalans Budget column). With objekt on the transactions, the utfall per insats is compared with the Utfall sheet when it has one.
 * Null when there is neither a SIE file nor a saldobalans sheet.
 */

export const BOKSLUT_REPORT_KIND = "bokslut";

export const bokslutModule: ReportModule<"bokslut"> = {
  kind: BOKSLUT_REPORT_KIND,
  label: "Bokslut ur bokföringen (SIE 4 eller saldobalans)",
  run(ctx: PipelineContext): ModuleOutput<"bokslut"> | null {
    const issues: Issue[] = [];
    let ledger: Ledger | undefined;
    let readerIssues: Issue[] = [];
    if (ctx.options.ledger) {
      ledger = ctx.options.ledger.ledger;
      readerIssues = ctx.options.ledger.issues;
    } else {
      const sb = ctx.sheets.find(looksLikeSaldobalans);
      if (!sb) return null;
      const read = readSaldobalans(sb);
      ledger = read.ledger;
      readerIssues = read.issues;
    }
    issues.push(...readerIssues);
    let kontoplan: KontoplanRad[] = [];
    const kp = findKontoplanSheet(ctx.sheets);
    if (kp) {
      const r = readKontoplanSheet(kp);
      kontoplan = r.rader;
      issues.push(...r.issues);
    }
    const mb = ctx.base.installningar.medlemsbidragTotalt;
    const b = computeBokslut(ledger, readerIssues, {
      till: ctx.options.till,
      kontoplan,
      sheets: ctx.sheets,
      arbetsbok: ctx.base,
      ...(mb ? { medlemsbidrag: mb } : {}),
    });
    issues.push(...b.issues);
    if (ctx.base.utfall.length > 0 && b.result.utfallPerInsats.length > 0) {
      issues.push(
        ...compareUtfallPerInsats(b.result.utfallPerInsats, ctx.base.utfall, {
          fran: b.result.saldon.fran,
          till: b.result.saldon.till,
          kalla: ledger.kalla,
        }),
      );
    }
    const forbund = ctx.base.installningar.forbund ?? ledger.foretag;
    const plans = planBokslut(b.result, { kalla: ledger.kalla, idag: ctx.options.idag, ...(forbund ? { forbund } : {}) });
    const { saldon, ...rest } = b.result;
    return { result: { ...rest, kalla: ledger.kalla, fran: saldon.fran, till: saldon.till, delar: saldon.delar }, plans, issues };
  },
};
