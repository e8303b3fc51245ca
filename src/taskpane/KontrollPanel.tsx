import { Button, Link } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Severity } from "../domain/issues";
import { filterIssues, groupIssuesBySheet, SEVERITIES } from "../services/issues";
import type { KontrollOk, RekvisitionOk } from "../services/types";
import { IssueFilters } from "./IssueFilters";
import { IssueList } from "./IssueList";
import { usePaneStyles } from "./pane-styles";
import { RekvisitionList } from "./RekvisitionList";
import { checkSummary, strings } from "./strings";

export interface KontrollPanelProps {
  kontroll: KontrollOk | null;
  rekvisitioner: RekvisitionOk | null;
  periodText: string;
  busy: boolean;
  /** The period cannot be used (the buttons are disabled). */
  blocked: boolean;
  onKontrollera(): void;
  onRekvisitioner(): void;
  onHideRekvisitioner(): void;
  onChangePeriod(): void;
  onSelect(sheet: string, cell: string, where: string): void;
}

/** Step 2: Kontrollera, the issues grouped by sheet with filters, and Kontrollera rekvisitioner. */
export function KontrollPanel(props: KontrollPanelProps) {
  const { kontroll, rekvisitioner, busy, blocked, onSelect } = props;
  const p = usePaneStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [sheet, setSheet] = useState<string | null>(null);

  const issues = kontroll?.issues ?? [];
  const sheetOrder = kontroll?.lastaBlad ?? [];
  const sheets = useMemo(() => groupIssuesBySheet(issues, sheetOrder).map((g) => g.sheet), [issues, sheetOrder]);
  const chosenSheet = sheet !== null && sheets.includes(sheet) ? sheet : null;
  const shown = useMemo(() => filterIssues(issues, severities, chosenSheet), [issues, severities, chosenSheet]);

  const toggle = (sev: Severity) =>
    setSeverities((cur) => {
      const next = new Set(cur);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });

  return (
    <div className={p.panel}>
      <p className={p.small}>
        {strings.periodNu(props.periodText)}{" "}
        <Link as="button" inline onClick={props.onChangePeriod} style={{ fontSize: "inherit" }}>
          {strings.andraPeriod}
        </Link>
      </p>
      <div className={p.actions} role="group" aria-label={strings.actionsLabel}>
        <Button appearance="primary" onClick={props.onKontrollera} disabled={busy || blocked}>
          {strings.kontrollera}
        </Button>
        <Button onClick={props.onRekvisitioner} disabled={busy || blocked}>
          {strings.kontrolleraRekvisitioner}
        </Button>
      </div>

      {rekvisitioner && <RekvisitionList svar={rekvisitioner} onSelect={onSelect} onHide={props.onHideRekvisitioner} />}

      {!kontroll && !rekvisitioner && <p className={p.small}>{strings.notRunYet}</p>}
      {kontroll && (
        <section aria-labelledby="finsam-issues-heading" className={p.panel}>
          <h2 id="finsam-issues-heading" className={p.heading}>
            {strings.issuesHeading}
          </h2>
          <p className={p.text} data-testid="check-summary">
            {checkSummary(kontroll.lastaBlad.length, kontroll.antal)}
          </p>
          {issues.length > 0 && (
            <IssueFilters
              antal={kontroll.antal}
              severities={severities}
              onToggle={toggle}
              sheets={sheets}
              sheet={chosenSheet}
              onSheet={setSheet}
            />
          )}
          <IssueList
            issues={shown}
            sheetOrder={sheetOrder}
            onSelect={onSelect}
            emptyText={issues.length === 0 ? strings.noIssues : strings.noneMatch}
          />
        </section>
      )}
    </div>
  );
}
