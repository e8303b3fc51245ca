import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneChoices, PeriodVal, RapportOk, RapportTyp } from "../services/types";
import { OutputChoices } from "./OutputChoices";
import { usePaneStyles } from "./pane-styles";
import { PeriodChooser } from "./PeriodChooser";
import { replacedSummary, resultSummary, strings, syncSummary } from "./strings";

const useStyles = makeStyles({
  written: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface RapportPanelProps {
  choices: PaneChoices;
  years: number[];
  periodError: string | null;
  typer: RapportTyp[];
  tillgangliga: readonly string[] | null;
  rapport: RapportOk | null;
  busy: boolean;
  onPeriod(value: PeriodVal): void;
  onOutput(kind: string, on: boolean): void;
  onPublicering(value: PaneChoices["publicering"]): void;
  onSkapa(): void;
  onSelect(sheet: string, cell: string, where: string): void;
}

/** Step 3: period, outputs and Publicering, Skapa rapporter, and what was written. */
export function RapportPanel(props: RapportPanelProps) {
  const { choices, rapport, busy } = props;
  const s = useStyles();
  const p = usePaneStyles();
  return (
    <div className={p.panel}>
      <PeriodChooser value={choices.period} onChange={props.onPeriod} years={props.years} problem={props.periodError} disabled={busy} />
      <OutputChoices
        typer={props.typer}
        tillgangliga={props.tillgangliga}
        avvalda={choices.avvalda}
        publicering={choices.publicering}
        onOutput={props.onOutput}
        onPublicering={props.onPublicering}
        disabled={busy}
      />
      <div className={p.actions}>
        <Button appearance="primary" onClick={props.onSkapa} disabled={busy || props.periodError !== null}>
          {strings.skapaRapporter}
        </Button>
      </div>
      {rapport && (
        <MessageBar intent={rapport.antal.fel > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.writtenHeading}</MessageBarTitle>
            <div data-testid="result-summary">{resultSummary(rapport.antal, rapport.written.length)}</div>
            <ul className={s.written} data-testid="written-list">
              {rapport.written.map((w) => (
                <li key={w.name}>
                  <Link as="button" aria-label={strings.gaTillRapport(w.name)} onClick={() => props.onSelect(w.name, "A1", w.name)}>
                    {w.name}
                  </Link>
                </li>
              ))}
            </ul>
            {rapport.replaced.length > 0 && <div>{replacedSummary(rapport.replaced)}</div>}
            <div className={p.small}>{syncSummary(rapport.syncsRead, rapport.syncsWrite)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
