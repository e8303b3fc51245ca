import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Tolkning } from "../../services/nasta-ar";

const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
});

export interface AmountFieldProps {
  label: string;
  /** Shown visually instead of `label`, which stays the accessible name. */
  visibleLabel?: string;
  /** No visible label (the row shows what it is); `label` stays the accessible name. */
  hideLabel?: boolean;
  /** The committed value (kronor or a fraction); undefined = no change. */
  value: number | undefined;
  parse(text: string): Tolkning;
  /** Text of a committed value ("1 300" for 1 300 000 kr). */
  format(value: number): string;
  /** Called on every keystroke that gives a number (or empty → null); invalid text is only shown. */
  onCommit(value: number | null): void;
  placeholder?: string;
  hint?: string;
  contentAfter?: string;
  disabled?: boolean;
  className?: string;
}

const same = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/**
 * A number typed in Swedish ("1 300", "2,5"): committed while typing so the figures follow instantly;
 * text that is not a number gets a Swedish validation message and changes nothing. When the value
 * changes from outside (a scenario opened, changes cleared) the text follows.
 */
export function AmountField(props: AmountFieldProps) {
  const { label, visibleLabel, hideLabel, value, parse, format, onCommit, placeholder, hint, contentAfter, disabled, className } = props;
  const s = useStyles();
  const [text, setText] = useState(() => (value === undefined ? "" : format(value)));
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const p = parse(text);
    if (p.kind === "error") return;
    const shown = p.kind === "number" ? p.value : undefined;
    if (!same(shown, value)) {
      setText(value === undefined ? "" : format(value));
      setProblem(null);
    }
    // Only outside changes of `value` matter here; `text` is the user's own.
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const p = parse(next);
    if (p.kind === "error") return setProblem(p.reason);
    setProblem(null);
    onCommit(p.kind === "number" ? p.value : null);
  };

  return (
    <Field
      className={className ?? s.field}
      label={hideLabel ? undefined : (visibleLabel ?? label)}
      hint={hint}
      validationMessage={problem ?? undefined}
      validationState={problem ? "error" : "none"}
      size="small"
    >
      <Input
        className={s.input}
        aria-label={hideLabel || visibleLabel ? label : undefined}
        value={text}
        inputMode="decimal"
        placeholder={placeholder}
        contentAfter={contentAfter}
        disabled={disabled}
        size="small"
        onChange={(_, d) => change(d.value)}
      />
    </Field>
  );
}
