import { MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FinsamServices } from "../services/types";
import type { Scenario } from "../services/nasta-ar";
import type { DataEditor } from "./data-slot";
import { createDataEditor } from "./data/DataStep";
import type { DiagnostikRapport } from "../services/diagnostik";
import { DataPanel } from "./DataPanel";
import { DiagnostikPanel } from "./DiagnostikPanel";
import { KontrollPanel } from "./KontrollPanel";
import { NastaArPanel } from "./nasta-ar/NastaArPanel";
import { ProgressStatus } from "./ProgressStatus";
import { RapportPanel } from "./RapportPanel";
import { periodLabel, strings } from "./strings";
import { usePane } from "./usePane";
import { useWorkbookPeriod } from "./useWorkbookPeriod";

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
  // Four steps side by side down to 320 px: the number above the name, each step a quarter of the width.
  tabs: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))" },
  tab: { justifyContent: "center", paddingLeft: "2px", paddingRight: "2px", minWidth: 0 },
  stepLabel: { display: "flex", flexDirection: "column", alignItems: "center", gap: "2px", whiteSpace: "nowrap" },
  stepNumber: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  stepNumberSelected: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  panel: { minWidth: 0 },
});

type Step = "data" | "kontroll" | "rapporter" | "nastaAr";
const STEPS: Step[] = ["data", "kontroll", "rapporter", "nastaAr"];

export interface FinsamPaneProps {
  services: FinsamServices;
  /** Period end to start with (the demo passes the example's); default: the last completed quarter. */
  initialTill?: string;
  /** Root element: "main" in the add-in (the page is the pane), "div" when embedded (the demo). */
  as?: "main" | "div";
  /** Step to open first (default 1. Data). */
  initialStep?: Step;
  /** The mapping editor of step 1 (src/taskpane/data/), when available. */
  dataEditor?: DataEditor;
  /** The Excel self-test (src/services/diagnostik.ts), shown at the foot of the pane when given. */
  diagnostik?: () => Promise<DiagnostikRapport>;
  /** Opened from the ribbon's Diagnostik button: the Diagnostik section gets the focus. */
  diagnostikFocus?: boolean;
}

/** The task pane: 1. Data, 2. Kontroll, 3. Rapporter, 4. Nästa år. Calls only `services`. */
export function FinsamPane({
  services,
  initialTill,
  as: Root = "main",
  initialStep = "data",
  dataEditor,
  diagnostik,
  diagnostikFocus,
}: FinsamPaneProps) {
  const s = useStyles();
  const pane = usePane(services, initialTill);
  const { state, choices } = pane;
  const [step, setStepRaw] = useState<Step>(initialStep);
  /** Nästa år reads the workbook when it mounts: it mounts on the first visit and then stays mounted. */
  const [nastaArOpened, setNastaArOpened] = useState(initialStep === "nastaAr");
  const setStep = (x: Step) => {
    if (x === "nastaAr") setNastaArOpened(true);
    setStepRaw(x);
  };
  /** The scenario chosen under Nästa år: Skapa rapporter writes next year's Bidrag per medlem from it. */
  const [valtScenario, setValtScenario] = useState<Scenario | null>(null);
  const busy = state.busy !== null;
  const typer = useMemo(() => services.reportKinds(), [services]);
  // The mapping editor of step 1: the one passed in, else the one over the services' mapping (when the host keeps settings).
  const editor = useMemo(
    () => dataEditor ?? (services.mapping ? createDataEditor(services.mapping) : undefined),
    [dataEditor, services.mapping],
  );
  const { years, varning: periodVarning } = useWorkbookPeriod(services, choices.choices.period, choices.setPeriod, initialTill);

  const tabId = (x: Step) => `finsam-tab-${x}`;
  const panelId = (x: Step) => `finsam-panel-${x}`;

  return (
    <Root className={s.root} aria-busy={busy}>
      <header>
        <h1 className={s.title}>{strings.appTitle}</h1>
        <p className={s.intro}>
          {strings.appIntro}{" "}
          <a href={strings.helpUrl} target="_blank" rel="noopener noreferrer">
            {strings.helpLink}
          </a>
        </p>
      </header>

      <TabList
        className={s.tabs}
        size="small"
        selectedValue={step}
        onTabSelect={(_, d) => setStep(d.value as Step)}
        aria-label={strings.stepsLabel}
      >
        {STEPS.map((x) => (
          <Tab key={x} value={x} id={tabId(x)} aria-controls={panelId(x)} className={s.tab}>
            <span className={s.stepLabel}>
              <span className={mergeClasses(s.stepNumber, step === x && s.stepNumberSelected)}>{STEPS.indexOf(x) + 1}</span>{" "}
              <span>{strings.tabs[x]}</span>
            </span>
          </Tab>
        ))}
      </TabList>

      <div aria-live="polite" role="status">
        {busy && <ProgressStatus progress={state.progress} />}
        {state.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.failedHeading}</MessageBarTitle>
              {state.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.cellError && (
          <MessageBar intent="warning">
            <MessageBarBody>{strings.cellNotShown(state.cellError)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div role="tabpanel" id={panelId("data")} aria-labelledby={tabId("data")} hidden={step !== "data"} className={s.panel}>
        <DataPanel
          services={services}
          kontroll={state.kontroll}
          busy={busy}
          onRead={() => void pane.checkWorkbook()}
          onShowKontroll={() => setStep("kontroll")}
          onSelect={pane.selectIssueCell}
          Editor={editor}
        />
      </div>
      <div role="tabpanel" id={panelId("kontroll")} aria-labelledby={tabId("kontroll")} hidden={step !== "kontroll"} className={s.panel}>
        <KontrollPanel
          kontroll={state.kontroll}
          rekvisitioner={state.rekvisitioner}
          periodText={periodLabel(choices.choices.period)}
          busy={busy}
          blocked={choices.periodError !== null}
          onKontrollera={() => void pane.checkWorkbook()}
          onRekvisitioner={() => void pane.checkRekvisitioner()}
          onHideRekvisitioner={pane.hideRekvisitioner}
          onChangePeriod={() => setStep("rapporter")}
          onSelect={pane.selectIssueCell}
        />
      </div>
      <div role="tabpanel" id={panelId("rapporter")} aria-labelledby={tabId("rapporter")} hidden={step !== "rapporter"} className={s.panel}>
        <RapportPanel
          choices={choices.choices}
          years={years}
          periodVarning={periodVarning}
          periodError={choices.periodError}
          typer={typer}
          tillgangliga={state.kontroll?.tillgangliga ?? null}
          rapport={state.rapport}
          busy={busy}
          onPeriod={choices.setPeriod}
          onOutput={choices.setOutput}
          onPublicering={choices.setPublicering}
          onSkapa={() => void pane.writeReports(valtScenario)}
          scenario={valtScenario?.name ?? null}
          onSelect={pane.selectIssueCell}
          ersatts={state.ersatts}
          taBort={state.taBort}
          borttagna={state.borttagna}
          {...(services.removeOutputSheets
            ? {
                onAskRemove: () => void pane.askRemove(),
                onRemove: (names: string[]) => void pane.removeSheets(names),
                onCancelRemove: pane.cancelRemove,
              }
            : {})}
        />
      </div>
      <div role="tabpanel" id={panelId("nastaAr")} aria-labelledby={tabId("nastaAr")} hidden={step !== "nastaAr"} className={s.panel}>
        {nastaArOpened && <NastaArPanel services={services} onValtScenario={setValtScenario} />}
      </div>
      {diagnostik && <DiagnostikPanel run={diagnostik} focus={diagnostikFocus} />}
    </Root>
  );
}
