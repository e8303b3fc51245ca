import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  field: { flex: "1 1 130px", minWidth: 0 },
});

export interface PeriodFieldsProps {
  till: string;
  fran: string;
  onTill(value: string): void;
  onFran(value: string): void;
  /** Swedish problem with the period, shown under the field it concerns. */
  problem: string | null;
  disabled: boolean;
}

/** Own dates: first day (från) and last day (till och med) of the period. */
export function PeriodFields({ till, fran, onTill, onFran, problem, disabled }: PeriodFieldsProps) {
  const s = useStyles();
  const tillProblem = problem && problem.includes("slutdatum") && !problem.startsWith("Startdatum") ? problem : undefined;
  const franProblem = problem && !tillProblem ? problem : undefined;
  return (
    <div className={s.row}>
      <Field
        className={s.field}
        label={strings.franLabel}
        hint={strings.franHint}
        validationMessage={franProblem}
        validationState={franProblem ? "error" : "none"}
        required
      >
        <Input type="date" value={fran} disabled={disabled} onChange={(_, d) => onFran(d.value)} />
      </Field>
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
    </div>
  );
}
