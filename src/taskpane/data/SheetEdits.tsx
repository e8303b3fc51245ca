import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { BladVy } from "../../services/mapping";
import type { EditForms, FormAction, FormTarget, RowMarkAs } from "./edit-forms";
import { editStrings as t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  grow: { flex: "1 1 140px", minWidth: 0 },
  number: { flex: "0 1 96px", minWidth: "72px" },
  select: { minWidth: 0, width: "100%" },
  /** Fluent's Input keeps a natural width of its own; in a 320–350 px pane it must shrink with its field. */
  input: { minWidth: 0, width: "100%" },
  hint: { flex: "1 1 100%", margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  marks: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  mark: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  markText: { flex: "1 1 0", minWidth: 0, overflowWrap: "anywhere" },
});

export interface SheetEditsProps {
  blad: BladVy;
  forms: EditForms;
  dispatch(a: FormAction): void;
  /** Makes the edit of a form (DataStep: toEdit → mapping service). */
  onSubmit(target: FormTarget): void;
  /** Message of the last refused edit of this sheet's forms, by form. */
  errors: Partial<Record<"rubrikrad" | "rad" | "kolumn", string>>;
  onInsatsColumn(column: string): void;
  onGruppColumn(column: string | null): void;
  disabled: boolean;
}

const BASE = new Set(["insatser", "budget", "utfall"]);

/**
 * A sheet's edits beyond a column's role: its header row, which column holds the insatser, which holds each
 * row's Grupp, and the rows that are sums or not data. Every field says in its label which sheet it is on.
 */
export function SheetEdits({ blad, forms, dispatch, onSubmit, errors, onInsatsColumn, onGruppColumn, disabled }: SheetEditsProps) {
  const s = useStyles();
  const sheet = blad.sheet;
  const insats = blad.columns.find((c) => c.value === "post")?.column ?? "";
  const grupp = blad.columns.find((c) => c.value === "grupp")?.column ?? "";
  const rad = forms.rad[sheet];
  const options = blad.columns.map((c) => (
    <option key={c.column} value={c.column}>
      {t.kolumnVal(c.column, c.header)}
    </option>
  ));
  return (
    <div className={s.root}>
      <form
        className={s.line}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit({ form: "rubrikrad", sheet });
        }}
      >
        <Field
          className={s.number}
          label={t.rubrikradLabel}
          validationMessage={errors.rubrikrad}
          validationState={errors.rubrikrad ? "error" : "none"}
          size="small"
        >
          <Input
            className={s.input}
            size="small"
            inputMode="numeric"
            value={forms.rubrikrad[sheet] ?? (blad.headerRow > 0 ? String(blad.headerRow) : "")}
            disabled={disabled}
            aria-label={t.rubrikradInput(sheet)}
            onChange={(_, d) => dispatch({ type: "rubrikrad", sheet, text: d.value })}
          />
        </Field>
        <Button size="small" type="submit" disabled={disabled || forms.rubrikrad[sheet] === undefined}>
          {t.andra}
        </Button>
        <p className={s.hint}>
          {blad.headerRowAndrad ? `${t.rubrikradHint(blad.headerRow)} ${t.rubrikradAndrad}` : t.rubrikradHint(blad.headerRow)}
        </p>
      </form>

      {BASE.has(blad.kind) && blad.columns.length > 0 && (
        <div className={s.line}>
          <Field
            className={s.grow}
            label={t.insatsLabel}
            size="small"
            validationMessage={errors.kolumn}
            validationState={errors.kolumn ? "error" : "none"}
          >
            <Select
              className={s.select}
              size="small"
              value={insats}
              disabled={disabled}
              aria-label={t.insatsSelect(sheet)}
              onChange={(_, d) => d.value && onInsatsColumn(d.value)}
            >
              {insats === "" && <option value="">{t.ingenKolumn}</option>}
              {options}
            </Select>
          </Field>
          {(blad.kind === "budget" || blad.kind === "utfall") && (
            <Field className={s.grow} label={t.gruppLabel} hint={t.gruppHint} size="small">
              <Select
                className={s.select}
                size="small"
                value={grupp}
                disabled={disabled}
                aria-label={t.gruppSelect(sheet)}
                onChange={(_, d) => onGruppColumn(d.value === "" ? null : d.value)}
              >
                <option value="">{t.ingenKolumn}</option>
                {options}
              </Select>
            </Field>
          )}
        </div>
      )}

      {blad.headerRow > 0 && (
        <div className={s.root}>
          <p className={s.label}>{t.raderLabel}</p>
          <p className={s.small}>{t.raderIntro}</p>
          {blad.rows.length > 0 && (
            <ul className={s.marks} aria-label={`${t.raderLabel}, bladet ${sheet}`}>
              {blad.rows.map((r) => (
                <li key={r.row} className={s.mark} data-testid={`rad-${r.row}`}>
                  <span className={s.markText}>{t.markerad(r.row, r.as, r.text)}</span>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={disabled}
                    aria-label={t.taBortRad(r.row, sheet)}
                    onClick={() => onSubmit({ form: "taBortRad", sheet, row: r.row })}
                  >
                    {t.taBort}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form
            className={s.line}
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit({ form: "rad", sheet });
            }}
          >
            <Field
              className={s.number}
              label={t.radNummer}
              size="small"
              validationMessage={errors.rad}
              validationState={errors.rad ? "error" : "none"}
            >
              <Input
                className={s.input}
                size="small"
                inputMode="numeric"
                value={rad?.row ?? ""}
                disabled={disabled}
                aria-label={t.radInput(sheet)}
                onChange={(_, d) => dispatch({ type: "radRow", sheet, text: d.value })}
              />
            </Field>
            <Field className={s.grow} label="Som" size="small">
              <Select
                className={s.select}
                size="small"
                value={rad?.as ?? "summa"}
                disabled={disabled}
                aria-label={t.radSom(sheet)}
                onChange={(_, d) => dispatch({ type: "radAs", sheet, as: d.value as RowMarkAs })}
              >
                <option value="summa">{t.som.summa}</option>
                <option value="ignorera">{t.som.ignorera}</option>
              </Select>
            </Field>
            <Button size="small" type="submit" disabled={disabled}>
              {t.markera}
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
