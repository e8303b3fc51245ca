import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { FinsamServices } from "../services/types";
import { IssueList } from "./IssueList";
import { PeriodFields } from "./PeriodFields";
import {
  checkSummary,
  plannedSummary,
  replacedSummary,
  strings,
  syncSummary,
  writtenSummary,
} from "./strings";
import { usePane } from "./usePane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: `${tokens.spacingVerticalXS} 0` },
  small: { margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FinsamPaneProps {
  services: FinsamServices;
  /** Period end to start with (the demo passes the example's); default: the last completed quarter. */
  initialTill?: string;
  /** Root element: "main" in the add-in (the page is the pane), "div" when embedded (the demo). */
  as?: "main" | "div";
}

/** The task pane: choose the period, Kontrollera, Skapa rapporter. Calls only `services`. */
export function FinsamPane({ services, initialTill, as: Root = "main" }: FinsamPaneProps) {
  const s = useStyles();
  const { state, setTill, setFran, kontrollera, skapaRapporter, visaCell } = usePane(services, initialTill);
  const { kontroll, rapport, busy, error, cellError, periodError } = state;
  const disabled = busy !== null;
  const issues = rapport ? rapport.issues : kontroll ? kontroll.issues : null;

  return (
    <Root className={s.root} aria-busy={disabled}>
      <header>
        <h1 className={s.title}>{strings.appTitle}</h1>
        <p className={s.intro}>{strings.appIntro}</p>
      </header>

      <PeriodFields
        till={state.till}
        fran={state.fran}
        onTill={setTill}
        onFran={setFran}
        problem={periodError}
        disabled={disabled}
      />

      <div className={s.actions} role="group" aria-label={strings.actionsLabel}>
        <Button appearance="secondary" onClick={kontrollera} disabled={disabled || periodError !== null}>
          {strings.kontrollera}
        </Button>
        <Button appearance="primary" onClick={skapaRapporter} disabled={disabled || periodError !== null}>
          {strings.skapaRapporter}
        </Button>
      </div>

      <div aria-live="polite" role="status">
        {busy && <Spinner size="tiny" label={busy === "kontroll" ? strings.kontrollerar : strings.skapar} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{strings.failedHeading}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {rapport && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.writtenHeading}</MessageBarTitle>
              <span data-testid="written-summary">{writtenSummary(rapport.written.map((w) => w.name))}</span>
              {rapport.replaced.length > 0 && <div>{replacedSummary(rapport.replaced)}</div>}
              <div>{syncSummary(rapport.syncsRead, rapport.syncsWrite)}</div>
            </MessageBarBody>
          </MessageBar>
        )}
        {cellError && (
          <MessageBar intent="warning">
            <MessageBarBody>{strings.cellNotShown(cellError)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {issues && (
        <section aria-labelledby="finsam-issues-heading">
          <h2 id="finsam-issues-heading" className={s.sectionHeading}>
            {strings.issuesHeading}
          </h2>
          {kontroll && !rapport && (
            <>
              <p className={s.summary}>{checkSummary(kontroll.lastaBlad.length, kontroll.antal)}</p>
              <p className={s.small}>{plannedSummary(kontroll.rapporter.map((r) => r.name))}</p>
              {kontroll.syncsRead !== null && <p className={s.small}>{syncSummary(kontroll.syncsRead)}</p>}
            </>
          )}
          <IssueList issues={issues} onSelect={visaCell} />
        </section>
      )}
    </Root>
  );
}
