import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Alias } from "../../domain/model/mapping";
import type { EditForms, FormAction, FormTarget } from "./edit-forms";
import { editStrings as t } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  itemText: { flex: "1 1 0", minWidth: 0, overflowWrap: "anywhere" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  grow: { flex: "1 1 130px", minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
});

export interface AliasSectionProps {
  alias: readonly Alias[];
  forms: EditForms;
  dispatch(a: FormAction): void;
  onSubmit(target: FormTarget): void;
  error?: string;
  disabled: boolean;
}

/** The mapping's aliases (a name as written → the insats it is), with a form to add one; saved with the mapping. */
export function AliasSection({ alias, forms, dispatch, onSubmit, error, disabled }: AliasSectionProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="alias-heading" data-testid="alias">
      <h4 id="alias-heading" className={s.heading}>
        {t.aliasHeading}
      </h4>
      <p className={s.small}>{t.aliasIntro}</p>
      {alias.length === 0 ? (
        <p className={s.small}>{t.ingaAlias}</p>
      ) : (
        <ul className={s.list}>
          {alias.map((a) => (
            <li key={a.namn} className={s.item}>
              <span className={s.itemText}>{t.aliasRad(a.namn, a.insats)}</span>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={t.taBortAlias(a.namn)}
                onClick={() => onSubmit({ form: "taBortAlias", namn: a.namn })}
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
          onSubmit({ form: "alias" });
        }}
      >
        <Field className={s.grow} label={t.aliasNamn} size="small" validationMessage={error} validationState={error ? "error" : "none"}>
          <Input
            className={s.input}
            size="small"
            value={forms.alias.namn}
            disabled={disabled}
            onChange={(_, d) => dispatch({ type: "aliasNamn", text: d.value })}
          />
        </Field>
        <Field className={s.grow} label={t.aliasInsats} size="small">
          <Input
            className={s.input}
            size="small"
            value={forms.alias.insats}
            disabled={disabled}
            onChange={(_, d) => dispatch({ type: "aliasInsats", text: d.value })}
          />
        </Field>
        <Button size="small" type="submit" disabled={disabled}>
          {t.laggTill}
        </Button>
      </form>
    </section>
  );
}
