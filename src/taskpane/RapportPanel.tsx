import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneChoices, PeriodVal, RapportOk, RapportTyp } from "../services/types";
import { OutputChoices } from "./OutputChoices";
import { usePaneStyles } from "./pane-styles";
import { PeriodChooser } from "./PeriodChooser";
import { ersattsText, omaskadText, outputStrings, taBortFraga } from "./output-sheets-strings";
import { replacedSummary, resultSummary, strings, syncSummary } from "./strings";

const useStyles = makeStyles({
  written: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface RapportPanelProps {
  choices: PaneChoices;
  years: number[];
  /** The chosen period has no utfall although the workbook has some (useWorkbookPeriod). */
  periodVarning?: string | null;
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
  /** Existing report sheets Skapa rapporter would replace. */
  ersatts?: readonly string[];
  /** Sheets waiting for the user's yes to "Ta bort Finsams rapportblad" (null: not asked). */
  taBort?: readonly string[] | null;
  /** What the last removal did. */
  borttagna?: string | null;
  /** Absent where the host cannot remove sheets (the button is then not shown). */
  onAskRemove?(): void;
  onRemove?(names: string[]): void;
  onCancelRemove?(): void;
  /** Name of the scenario chosen under Nästa år (Skapa rapporter writes next year's Bidrag per medlem from it), or null. */
  scenario?: string | null;
}

/** Step 3: period, outputs and Publicering, Skapa rapporter, and what was written. */
export function RapportPanel(props: RapportPanelProps) {
  const { choices, rapport, busy } = props;
  const s = useStyles();
  const p = usePaneStyles();
  return (
    <div className={p.panel}>
      <PeriodChooser
        value={choices.period}
        onChange={props.onPeriod}
        years={props.years}
        problem={props.periodError}
        varning={props.periodVarning ?? null}
        disabled={busy}
      />
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
        {props.onAskRemove && (
          <Button onClick={props.onAskRemove} disabled={busy}>
            {outputStrings.taBort}
          </Button>
        )}
      </div>
      {props.scenario && (
        <div className={p.small} data-testid="rapport-scenario">
          {strings.rapportScenario(props.scenario)}
        </div>
      )}
      {ersattsText(props.ersatts ?? []) && (
        <div className={p.small} data-testid="ersatts">
          {ersattsText(props.ersatts ?? [])}
        </div>
      )}
      {props.taBort && (
        <MessageBar intent="warning" layout="multiline" data-testid="ta-bort-fraga">
          <MessageBarBody>
            <div>{taBortFraga(props.taBort)}</div>
            <div className={p.actions}>
              {props.taBort.length > 0 && (
                <Button appearance="primary" onClick={() => props.onRemove?.([...props.taBort!])} disabled={busy}>
                  {outputStrings.taBortBekrafta}
                </Button>
              )}
              <Button onClick={props.onCancelRemove}>{outputStrings.avbryt}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {props.borttagna && <div data-testid="borttagna">{props.borttagna}</div>}
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
            {omaskadText(rapport.omaskadeKvar) && (
              <div data-testid="omaskad-kvar">
                <div>{omaskadText(rapport.omaskadeKvar)}</div>
                {props.onRemove && (
                  <Button size="small" onClick={() => props.onRemove?.([...rapport.omaskadeKvar])} disabled={busy}>
                    {rapport.omaskadeKvar.length === 1 ? outputStrings.taBortOmaskad : outputStrings.taBortOmaskade}
                  </Button>
                )}
              </div>
            )}
            <div className={p.small}>{syncSummary(rapport.syncsRead, rapport.syncsWrite)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
