import { Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { periodRange, withTyp, withYear } from "../services/period";
import type { PeriodVal } from "../services/types";
import { PeriodFields } from "./PeriodFields";
import { strings } from "./strings";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  varning: { marginTop: tokens.spacingVerticalS },
  range: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const TYPER: PeriodVal["typ"][] = ["kvartal", "halvar", "helar", "datum"];

export interface PeriodChooserProps {
  value: PeriodVal;
  onChange(value: PeriodVal): void;
  /** Years offered (the chosen one is always offered too). */
  years: number[];
  problem: string | null;
  /** Varning when the chosen period has no utfall although the workbook has some (default-period.ts). */
  varning?: string | null;
  disabled: boolean;
}

/** Kvartal, halvår, helår or own dates; shows the dates the choice stands for. */
export function PeriodChooser({ value, onChange, years, problem, varning, disabled }: PeriodChooserProps) {
  const s = useStyles();
  const range = periodRange(value);
  const yearOptions = value.typ === "datum" ? years : [...new Set([...years, value.ar])].sort((a, b) => a - b);
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{strings.periodLegend}</legend>
      <div className={s.row}>
        <Field className={s.field} label={strings.periodTyp}>
          <Select
            className={s.select}
            value={value.typ}
            disabled={disabled}
            onChange={(_, d) => onChange(withTyp(value, d.value as PeriodVal["typ"]))}
          >
            {TYPER.map((t) => (
              <option key={t} value={t}>
                {strings.periodTyper[t]}
              </option>
            ))}
          </Select>
        </Field>
        {value.typ !== "datum" && (
          <Field className={s.field} label={strings.ar}>
            <Select
              className={s.select}
              value={String(value.ar)}
              disabled={disabled}
              onChange={(_, d) => onChange(withYear(value, Number(d.value)))}
            >
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {value.typ === "kvartal" && (
          <Field className={s.field} label={strings.kvartal}>
            <Select
              className={s.select}
              value={String(value.nr)}
              disabled={disabled}
              onChange={(_, d) => onChange({ ...value, nr: Number(d.value) as 1 | 2 | 3 | 4 })}
            >
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>{`Q${n}`}</option>
              ))}
            </Select>
          </Field>
        )}
        {value.typ === "halvar" && (
          <Field className={s.field} label={strings.halvar}>
            <Select
              className={s.select}
              value={String(value.nr)}
              disabled={disabled}
              onChange={(_, d) => onChange({ ...value, nr: Number(d.value) as 1 | 2 })}
            >
              <option value="1">H1</option>
              <option value="2">H2</option>
            </Select>
          </Field>
        )}
      </div>
      {value.typ === "datum" ? (
        <PeriodFields
          till={value.till}
          fran={value.fran}
          onTill={(till) => onChange({ ...value, till })}
          onFran={(fran) => onChange({ ...value, fran })}
          problem={problem}
          disabled={disabled}
        />
      ) : (
        <p className={s.range} data-testid="period-range">{`${range.fran} – ${range.till}`}</p>
      )}
      {varning && (
        <MessageBar intent="warning" layout="multiline" className={s.varning} data-testid="period-varning">
          <MessageBarBody>{varning}</MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}
