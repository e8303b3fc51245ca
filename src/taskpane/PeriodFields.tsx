import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "./strings";

const useStyles = makeStyles({
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  field: { flex: "1 1 130px", minWidth: 0 },
});

export interface PeriodFieldsProps {
  till: string;
  fran: string;
  onTill(value: string): void;
  onFran(value: string): void;
  /** Swedish problem with the period, shown under the fields. */
  problem: string | null;
  disabled: boolean;
}

/** Period end (required) and start (defaults to 1 January of the end's year). */
export function PeriodFields({ till, fran, onTill, onFran, problem, disabled }: PeriodFieldsProps) {
  const s = useStyles();
  const tillProblem = problem && problem.includes("slutdatum") ? problem : undefined;
  const franProblem = problem && !tillProblem ? problem : undefined;
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{strings.periodLegend}</legend>
      <Field
        className={s.field}
        label={strings.tillLabel}
        hint={strings.tillHint}
        validationMessage={tillProblem}
        validationState={tillProblem ? "error" : "none"}
        required
      >
        <Input type="date" value={till} disabled={disabled} onChange={(_, d) => onTill(d.value)} />
      </Field>
      <Field
        className={s.field}
        label={strings.franLabel}
        hint={strings.franHint}
        validationMessage={franProblem}
        validationState={franProblem ? "error" : "none"}
      >
        <Input type="date" value={fran} disabled={disabled} onChange={(_, d) => onFran(d.value)} />
      </Field>
    </fieldset>
  );
}
