import { describeError } from "../../services/errors";
import { useCallback, useRef, useState } from "react";
import type { MallarSvar, MappingEdit, MappingService, MappningSvar, MappningVy, SheetKind } from "../../services/mapping";

export type MappingBusy = "lasa" | "spara" | "mallar" | null;

export type MallarResultat = Extract<MallarSvar, { ok: true }>;

export interface MappingState {
  view: MappningVy | null;
  busy: MappingBusy;
  error: string | null;
  /** Set after a successful save, cleared by the next change. */
  justSaved: boolean;
  mallar: MallarResultat | null;
}

/**
 * State and actions of the mapping editor; every workbook access goes through the mapping service.
 * `onChanged` runs after the mapping was saved or templates were written, so the pane re-reads the workbook.
 */
export function useMapping(service: MappingService | undefined, onChanged?: () => void) {
  const [view, setView] = useState<MappningVy | null>(null);
  const [busy, setBusy] = useState<MappingBusy>(null);
  const [error, setError] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [mallar, setMallar] = useState<MallarResultat | null>(null);
  const running = useRef(false);

  /** Shows a service answer: the new view, or its message. */
  const show = useCallback((svar: MappningSvar): boolean => {
    if (!svar.ok) {
      setError(svar.message);
      return false;
    }
    setError(null);
    setView(svar);
    return true;
  }, []);

  async function guarded(kind: Exclude<MappingBusy, null>, action: (s: MappingService) => Promise<void>): Promise<void> {
    if (!service || running.current) return;
    running.current = true;
    setBusy(kind);
    try {
      await action(service);
    } catch (e) {
      setError(describeError(e));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  const las = () =>
    guarded("lasa", async (s) => {
      show(await s.readMapping());
    });

  /** A pure correction: instant, no workbook access. */
  function edit(f: (s: MappingService) => MappningSvar): void {
    if (!service || running.current) return;
    setJustSaved(false);
    show(f(service));
  }

  return {
    state: { view, busy, error, justSaved, mallar } satisfies MappingState,
    las,
    correctSheetKind: (sheet: string, kind: SheetKind) => edit((s) => s.correctSheetKind(sheet, kind)),
    correctColumn: (sheet: string, column: string, role: string) => edit((s) => s.correctColumn(sheet, column, role)),
    setSheetUse: (sheet: string, on: boolean) => edit((s) => s.setSheetUse(sheet, on)),
    setColumnPeriod: (sheet: string, column: string, text: string) => edit((s) => s.setColumnPeriod(sheet, column, text)),
    setColumnUnit: (sheet: string, column: string, factor: number) => edit((s) => s.setColumnUnit(sheet, column, factor)),
    /** Header row, insats or Grupp column, row mark, alias: null when made, else the service's Swedish message (shown at the form). */
    editMapping(e: MappingEdit): string | null {
      if (!service || running.current) return null;
      const svar = service.editMapping(e);
      if (!svar.ok) return svar.message;
      setJustSaved(false);
      setError(null);
      setView(svar);
      return null;
    },
    spara: () =>
      guarded("spara", async (s) => {
        if (show(await s.saveMapping())) {
          setJustSaved(true);
          onChanged?.();
        }
      }),
    writeTemplates: () =>
      guarded("mallar", async (s) => {
        const svar = await s.writeTemplates();
        if (!svar.ok) return setError(svar.message);
        setError(null);
        setMallar(svar);
        if (svar.written.length > 0) {
          show(await s.readMapping());
          onChanged?.();
        }
      }),
  };
}
