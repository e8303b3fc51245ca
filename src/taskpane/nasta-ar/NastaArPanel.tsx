import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { FinsamServices } from "../../services/types";
import type { NastaArService, Scenario } from "../../services/nasta-ar";
import { useEffect } from "react";
import { ReportScenario } from "./ReportScenario";
import { AnsokanForm } from "./AnsokanForm";
import { InsatsList } from "./InsatsList";
import { ForvaltningFields, MedlemsavgiftFields } from "./LeverFields";
import { ScenarioBar } from "./ScenarioBar";
import { nastaArStrings as t } from "./strings";
import { useNastaAr, type NastaArMessage } from "./useNastaAr";
import { YearTable } from "./YearTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  sourceRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  reload: { flexShrink: 0, whiteSpace: "nowrap" },
  source: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  levers: { minWidth: 0 },
  panel: { paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface NastaArPanelProps {
  /** The pane's services; the what-if lives in `services.nastaAr`. */
  services: Partial<FinsamServices> & { nastaAr?: NastaArService };
  /** Told the scenario Skapa rapporter should use (null: none) whenever it changes; the pane passes it to writeReports. */
  onValtScenario?: (scenario: Scenario | null) => void;
}

/** "Nästa år": the multi-year beslutsutrymme with what-if levers (domain.md §3.5). */
export function NastaArPanel({ services, onValtScenario }: NastaArPanelProps) {
  const s = useStyles();
  const header = (
    <header>
      <h2 className={s.heading}>{t.heading}</h2>
      <p className={s.intro}>{t.intro}</p>
    </header>
  );
  if (!services.nastaAr) {
    return (
      <section className={s.root} aria-label={t.heading}>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t.noService}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  return (
    <section className={s.root} aria-label={t.heading}>
      {header}
      <NastaArBody service={services.nastaAr} onValtScenario={onValtScenario} />
    </section>
  );
}

function Message({ message }: { message: NastaArMessage }) {
  if (message.kind === "written") {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody data-testid="nasta-ar-skrivet">
          {t.written(message.blad)}
          {message.ersatte.length > 0 && <div>{t.replaced(message.ersatte)}</div>}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={message.kind === "error" ? "error" : "info"} layout="multiline">
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}

function NastaArBody({ service, onValtScenario }: { service: NastaArService; onValtScenario?: (scenario: Scenario | null) => void }) {
  const s = useStyles();
  const st = useNastaAr(service);
  const { modell, berakning, bas, busy, vald } = st;
  const disabled = busy !== null;
  useEffect(() => onValtScenario?.(vald), [onValtScenario, vald]);

  if (!modell || !berakning || !bas) {
    return (
      <div role="status" aria-live="polite">
        {busy === "las" && <Spinner size="tiny" label={t.loading} />}
        {st.loadError && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.failedHeading}</MessageBarTitle>
              {st.loadError}
            </MessageBarBody>
          </MessageBar>
        )}
        {st.loadError && (
          <Button size="small" onClick={() => void st.lasIn()}>
            {t.reload}
          </Button>
        )}
      </div>
    );
  }

  const fieldProps = { modell, scenario: st.scenario, andra: st.andra, disabled };
  return (
    <>
      <div className={s.sourceRow}>
        <p className={s.source}>{t.source(modell.model.sourceSheet ?? "")}</p>
        <Button className={s.reload} size="small" appearance="subtle" disabled={disabled} onClick={() => void st.lasIn()}>
          {t.reload}
        </Button>
      </div>
      <YearTable rader={berakning.rader} bas={bas.rader} negativa={berakning.negativa} />
      {berakning.issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.leverIssues}</MessageBarTitle>
            <ul className={s.issues}>
              {berakning.issues.map((i, n) => (
                <li key={n}>{i.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <Accordion className={s.levers} multiple collapsible defaultOpenItems={["ansokan"]} aria-label={t.levers}>
        <AccordionItem value="ansokan">
          <AccordionHeader size="small">{t.ansokan}</AccordionHeader>
          <AccordionPanel className={s.panel}>
            <AnsokanForm {...fieldProps} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="insatser">
          <AccordionHeader size="small">{t.insatser}</AccordionHeader>
          <AccordionPanel className={s.panel}>
            <InsatsList {...fieldProps} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="medlemsavgifter">
          <AccordionHeader size="small">{t.medlemsavgifter}</AccordionHeader>
          <AccordionPanel className={s.panel}>
            <MedlemsavgiftFields {...fieldProps} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="forvaltning">
          <AccordionHeader size="small">{t.forvaltning}</AccordionHeader>
          <AccordionPanel className={s.panel}>
            <ForvaltningFields {...fieldProps} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <ScenarioBar
        scenario={st.scenario}
        sparade={st.sparade}
        busy={busy}
        setNamn={st.setNamn}
        spara={() => void st.spara()}
        rensa={st.rensa}
        skriv={() => void st.skriv()}
        oppna={st.oppna}
        taBort={(name) => void st.taBort(name)}
        status={
          <div role="status" aria-live="polite">
            {busy === "skriv" && <Spinner size="tiny" label={t.writing} />}
            {st.message && <Message message={st.message} />}
          </div>
        }
      />
      {modell.bidragAr !== undefined && (
        <ReportScenario ar={modell.bidragAr} vald={vald} disabled={disabled} valj={st.valj} slutaValja={st.slutaValja} />
      )}
    </>
  );
}
