import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../services/types";
import { strings } from "./strings";

/**
 * Progress of a long action: the step's name ("Läser blad …", "Kontrollerar …", "Beräknar …", "Skriver …")
 * and a bar that fills step by step. Announced politely to screen readers.
 */
export function ProgressStatus({ progress }: { progress: Progress | null }) {
  const step = progress?.step ?? "lasa";
  const index = progress?.index ?? 1;
  const total = progress?.total ?? 2;
  const text = `${strings.stepOf(index, total)}: ${strings.step[step]}`;
  return (
    <Field label={strings.progressLabel} validationMessage={text} validationState="none" data-testid="progress">
      <ProgressBar value={(index - 0.5) / total} max={1} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
