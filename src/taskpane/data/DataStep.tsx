import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, useId } from "@fluentui/react-components";
import { useEffect, useReducer, useState } from "react";
import { BLADTYPER, type MappingService, type MappningVy } from "../../services/mapping";
import type { FinsamServices, KontrollOk } from "../../services/types";
import type { DataEditor, DataEditorProps } from "../data-slot";
import { AliasSection } from "./AliasSection";
import { EMPTY_FORMS, formsReducer, toEdit, type FormTarget } from "./edit-forms";
import { MallarSection } from "./MallarSection";
import { SheetEdits } from "./SheetEdits";
import { SheetCard } from "./SheetCard";
import { dataStrings as t } from "./strings";
import { useMapping } from "./useMapping";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  layoutList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  saveBar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface DataStepProps {
  /** The pane's services; the mapping lives in `services.mapping`. */
  services: Partial<FinsamServices> & { mapping?: MappingService };
  /**
   * The pane's latest read: the mapping is (re)loaded whenever it changes. Undefined = standalone (the step
   * shows its own read button); null = the pane has not read the workbook yet.
   */
  kontroll?: KontrollOk | null;
  /** Runs after the mapping was saved or templates were written (the pane re-reads the workbook). */
  onChanged?(): void;
}

/** What the save bar says: saved just now, changes not saved, or that saving makes the next run one click. */
function saveStatus(view: MappningVy, justSaved: boolean): string {
  if (justSaved) return t.savedOk;
  if (!view.unsaved) return "";
  const changed = view.sheets.some((b) => b.corrected || b.columns.some((c) => c.andrad));
  return changed ? t.unsaved : t.notYetSaved;
}

/** Step 1's mapping editor: what was detected, with confidence; corrections; save; Skapa mallar. */
export function DataStep({ services, kontroll, onChanged }: DataStepProps) {
  const s = useStyles();
  const headingId = useId("mappning-");
  const m = useMapping(services.mapping, onChanged);
  const { view, busy, error, justSaved, mallar } = m.state;
  const [forms, dispatch] = useReducer(formsReducer, EMPTY_FORMS);
  /** The message of the last refused form edit, keyed "sheet|form" ("|alias" for the alias form). */
  const [formError, setFormError] = useState<{ key: string; message: string } | null>(null);

  /** Makes a form's edit: a message at the form when it cannot be made, else the form is emptied. */
  const submit = (target: FormTarget) => {
    const sheet = "sheet" in target ? target.sheet : "";
    const form = target.form === "taBortRad" ? "rad" : target.form === "taBortAlias" ? "alias" : target.form;
    const key = `${sheet}|${form}`;
    const e = toEdit(forms, target);
    const message = "error" in e ? e.error : m.editMapping(e);
    if (message) return setFormError({ key, message });
    setFormError(null);
    if (target.form === "alias") dispatch({ type: "done", form: "alias" });
    else if (target.form === "rubrikrad" || target.form === "rad") dispatch({ type: "done", form: target.form, sheet: target.sheet });
  };
  const errorOf = (key: string) => (formError?.key === key ? formError.message : undefined);
  const column = (sheet: string, e: Parameters<typeof m.editMapping>[0]) => {
    const message = m.editMapping(e);
    setFormError(message ? { key: `${sheet}|kolumn`, message } : null);
  };

  useEffect(() => {
    // Reload only when the pane has read the workbook again.
    if (kontroll) void m.las();
  }, [kontroll]);

  const header = (
    <header>
      <h3 id={headingId} className={s.heading}>
        {t.heading}
      </h3>
      <p className={s.small}>{t.intro}</p>
    </header>
  );
  if (!services.mapping) {
    return (
      <section className={s.root} aria-labelledby={headingId}>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t.noService}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const layout = view?.sheets.flatMap((b) => (b.layoutAndrad ? [b.layoutAndrad] : [])) ?? [];
  const locked = busy !== null;
  return (
    <section className={s.root} aria-labelledby={headingId} aria-busy={busy !== null}>
      {header}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.failed}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {layout.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="layout-andrad">
          <MessageBarBody>
            <MessageBarTitle>{t.layoutTitle}</MessageBarTitle>
            {t.layoutIntro}
            <ul className={s.layoutList}>
              {layout.map((i) => (
                <li key={`${i.sheet}!${i.cell}`}>
                  <strong>{i.cell ? `${i.sheet}!${i.cell}` : i.sheet}</strong>: {i.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        {kontroll === null && !view && <p className={s.small}>{t.vantaPaInlasning}</p>}
        {(kontroll === undefined || view) && (
          <Button appearance={view ? "subtle" : "primary"} size={view ? "small" : "medium"} onClick={() => void m.las()} disabled={locked}>
            {view ? t.lasInIgen : t.lasIn}
          </Button>
        )}
        {busy === "lasa" && <Spinner size="tiny" label={t.laser} />}
      </div>
      {view && (
        <>
          <p className={s.text}>
            {t.savedState[view.saved]}
            {view.savedReason ? ` (${view.savedReason})` : ""}
          </p>
          <div className={s.sheets} role="group" aria-label={t.sheetsLabel}>
            {view.sheets.map((b) => (
              <SheetCard
                key={b.sheet}
                blad={b}
                kinds={BLADTYPER}
                openColumns={view.sheets.length === 1}
                disabled={locked}
                onKind={(kind) => m.correctSheetKind(b.sheet, kind)}
                onColumn={(column, value) => m.correctColumn(b.sheet, column, value)}
                onPeriod={(column, text) => m.setColumnPeriod(b.sheet, column, text)}
                onUnit={(column, factor) => m.setColumnUnit(b.sheet, column, factor)}
                onUse={(on) => m.setSheetUse(b.sheet, on)}
                openEdits={
                  forms.rubrikrad[b.sheet] !== undefined || forms.rad[b.sheet] !== undefined || formError?.key.startsWith(`${b.sheet}|`)
                }
                edits={
                  <SheetEdits
                    blad={b}
                    forms={forms}
                    dispatch={dispatch}
                    onSubmit={submit}
                    errors={{
                      rubrikrad: errorOf(`${b.sheet}|rubrikrad`),
                      rad: errorOf(`${b.sheet}|rad`),
                      kolumn: errorOf(`${b.sheet}|kolumn`),
                    }}
                    onInsatsColumn={(c) => column(b.sheet, { typ: "insatskolumn", sheet: b.sheet, column: c })}
                    onGruppColumn={(c) => column(b.sheet, { typ: "grupp", sheet: b.sheet, column: c })}
                    disabled={locked}
                  />
                }
              />
            ))}
          </div>
          <AliasSection
            alias={view.mapping.alias}
            forms={forms}
            dispatch={dispatch}
            onSubmit={submit}
            error={errorOf("|alias")}
            disabled={locked}
          />
          <div className={s.saveBar}>
            <Button appearance="primary" onClick={() => void m.spara()} disabled={locked || !view.unsaved}>
              {busy === "spara" ? t.sparar : t.spara}
            </Button>
            <span role="status" className={s.small} data-testid="spara-status">
              {saveStatus(view, justSaved)}
            </span>
          </div>
        </>
      )}
      <MallarSection result={mallar} busy={busy === "mallar"} disabled={locked} onSkapa={() => void m.writeTemplates()} />
    </section>
  );
}

/** The step-1 slot's editor over a mapping service: `mountPane(…, { dataEditor: createDataEditor(mapping) })`. */
export function createDataEditor(mapping: MappingService): DataEditor {
  return function MappingEditor({ services, kontroll, onChanged }: DataEditorProps) {
    return <DataStep services={{ ...services, mapping }} kontroll={kontroll} onChanged={onChanged} />;
  };
}
