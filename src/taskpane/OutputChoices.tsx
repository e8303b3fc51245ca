import { Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { PaneChoices, RapportTyp } from "../services/types";
import { strings } from "./strings";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  publicering: { marginLeft: tokens.spacingHorizontalXXL },
});

/** Kind of the deltagare report, the one Publicering applies to. */
const DELTAGARE = "deltagare";

export interface OutputChoicesProps {
  typer: RapportTyp[];
  /** Kinds the workbook has data for, once read (null before the first read: everything offered). */
  tillgangliga: readonly string[] | null;
  avvalda: readonly string[];
  publicering: PaneChoices["publicering"];
  onOutput(kind: string, on: boolean): void;
  onPublicering(value: PaneChoices["publicering"]): void;
  disabled: boolean;
}

/** One checkbox per report (those without data disabled), the Valideringsrapport always, and Publicering. */
export function OutputChoices(props: OutputChoicesProps) {
  const { typer, tillgangliga, avvalda, publicering, disabled } = props;
  const s = useStyles();
  const avvald = new Set(avvalda);
  const missing = (kind: string) => tillgangliga !== null && !tillgangliga.includes(kind);
  const deltagareOn = typer.some((t) => t.kind === DELTAGARE) && !avvald.has(DELTAGARE) && !missing(DELTAGARE);
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{strings.outputsLegend}</legend>
      <p className={s.hint}>{strings.outputsHint}</p>
      {typer.map((t) => (
        <div key={t.kind}>
          <Checkbox
            label={missing(t.kind) ? `${t.label} (${strings.saknarUnderlag})` : t.label}
            checked={!avvald.has(t.kind) && !missing(t.kind)}
            disabled={disabled || missing(t.kind)}
            onChange={(_, d) => props.onOutput(t.kind, d.checked === true)}
            data-kind={t.kind}
          />
          {t.kind === DELTAGARE && (
            <div className={s.publicering}>
              <Checkbox
                label={strings.publiceringLabel}
                checked={publicering !== null}
                disabled={disabled || !deltagareOn}
                onChange={(_, d) => props.onPublicering(d.checked === true ? (publicering ?? 5) : null)}
              />
              {publicering !== null && (
                <Field label={strings.publiceringGrans} hint={strings.publiceringHint} size="small">
                  <RadioGroup
                    value={String(publicering)}
                    disabled={disabled || !deltagareOn}
                    onChange={(_, d) => props.onPublicering(d.value === "3" ? 3 : 5)}
                  >
                    <Radio value="5" label={strings.publiceringUnder(5)} />
                    <Radio value="3" label={strings.publiceringUnder(3)} />
                  </RadioGroup>
                </Field>
              )}
            </div>
          )}
        </div>
      ))}
      <Checkbox label={strings.valideringsrapport} checked disabled />
    </fieldset>
  );
}
