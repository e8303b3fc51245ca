/**
 * Diagnostik in the pane: one button runs the Excel self-test (src/services/diagnostik.ts) and shows a
 * copyable Swedish report. Offered at the foot of the pane, so a pilot user can paste it to us in one go.
 */
import { Badge, Button, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { DiagnostikRapport } from "../services/diagnostik";
import { diagnostikStrings as t } from "./diagnostik-strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "160px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const COLOR = { ok: "success", avviker: "warning", fel: "danger" } as const;

/**
 * `focus`: the pane was opened by the ribbon's Diagnostik button (taskpane.html?vy=diagnostik): the section is
 * scrolled into view and its run button focused, so the user sees where to click.
 */
export function DiagnostikPanel({ run, focus = false }: { run: () => Promise<DiagnostikRapport>; focus?: boolean }) {
  const s = useStyles();
  const runButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    runButton.current?.scrollIntoView?.({ block: "center" });
    runButton.current?.focus();
  }, [focus]);
  const [rapport, setRapport] = useState<DiagnostikRapport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      setRapport(await run());
    } catch (e) {
      setError(t.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!rapport) return;
    try {
      await navigator.clipboard.writeText(rapport.text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className={s.root} aria-labelledby="finsam-diagnostik">
      <h2 id="finsam-diagnostik" className={s.heading}>
        {t.heading}
      </h2>
      <p className={s.intro}>{t.intro}</p>
      <div className={s.actions}>
        <Button ref={runButton} onClick={() => void start()} disabled={busy}>
          {t.run}
        </Button>
        {busy && <Spinner size="tiny" label={t.running} />}
      </div>
      {error && <p role="alert">{error}</p>}
      {rapport && (
        <>
          <ul className={s.list} aria-label={t.resultLabel}>
            {rapport.resultat.map((r) => (
              <li key={r.namn} className={s.item}>
                <Badge appearance="filled" color={COLOR[r.status]}>
                  {t.status[r.status]}
                </Badge>
                <span>{r.namn}</span>
              </li>
            ))}
          </ul>
          <Textarea className={s.report} readOnly value={rapport.text} aria-label={t.reportLabel} resize="vertical" rows={12} />
          <div className={s.actions}>
            <Button appearance="primary" onClick={() => void copy()}>
              {t.copy}
            </Button>
            {copied && <span role="status">{t.copied}</span>}
          </div>
        </>
      )}
    </section>
  );
}
