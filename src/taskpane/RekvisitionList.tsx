import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Bedomning, RekvisitionOk } from "../services/types";
import { IssueList } from "./IssueList";
import { usePaneStyles } from "./pane-styles";
import { issueLocation, kronor, rekvSummary, strings } from "./strings";

/** Verdict colours: green approved, yellow with a remark, red when action is needed. */
export const VERDICT_COLOR: Record<Bedomning, "success" | "warning" | "danger"> = {
  Godkänd: "success",
  "Godkänd med anmärkning": "warning",
  "Åtgärd krävs": "danger",
};

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  reasons: { gridColumn: "1 / span 2", margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  amounts: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground2 },
});

export interface RekvisitionListProps {
  svar: RekvisitionOk;
  onSelect(sheet: string, range: string, where: string): void;
  onHide(): void;
}

/** The claims with their verdict badge and reasons; each row selects the claim's cells. */
export function RekvisitionList({ svar, onSelect, onHide }: RekvisitionListProps) {
  const s = useStyles();
  const p = usePaneStyles();
  const headingId = "finsam-rekv-heading";
  return (
    <section aria-labelledby={headingId} className={p.panel}>
      <div className={s.head}>
        <h2 id={headingId} className={p.heading}>
          {strings.rekvHeading}
        </h2>
        <Button size="small" appearance="subtle" onClick={onHide}>
          {strings.rekvHide}
        </Button>
      </div>
      {svar.rader.length === 0 ? (
        <p className={p.text}>{strings.rekvNone}</p>
      ) : (
        <>
          <p className={p.text} data-testid="rekv-summary">
            {rekvSummary(svar.antal)}
          </p>
          <ul className={p.list} aria-label={strings.rekvRegion}>
            {svar.rader.map((r, n) => {
              const where = issueLocation(r.sheet, r.range);
              return (
                <li key={`${r.sheet}-${r.range}-${n}`}>
                  <button
                    type="button"
                    className={p.rowButton}
                    aria-label={strings.rekvButtonLabel(r.verdict, r.insats, r.period, where)}
                    onClick={() => onSelect(r.sheet, r.range, where)}
                    data-verdict={r.verdict}
                  >
                    <Badge color={VERDICT_COLOR[r.verdict]} appearance="filled" size="small">
                      {strings.verdictShort[r.verdict]}
                    </Badge>
                    <span className={p.rowTitle}>{`${r.insats} ${r.period}`}</span>
                    <span className={s.amounts}>
                      {strings.rekvBelopp(kronor(r.belopp), kronor(r.attBetala))} · {where}
                    </span>
                    {r.reasons.length > 0 && (
                      <ul className={s.reasons}>
                        {r.reasons.map((reason, i) => (
                          <li key={i}>{reason}</li>
                        ))}
                      </ul>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {svar.issues.length > 0 && <IssueList issues={svar.issues} onSelect={onSelect} />}
    </section>
  );
}
