/** The service layer: the only API the task pane and the demo call. */
export { ACTION_STEPS, createServices, describeError } from "./finsam-services";
export { defaultChoices, PANE_CHOICES_KEY, parseChoices } from "./choices";
export { countIssues, filterIssues, groupIssues, groupIssuesBySheet, SEVERITIES, type SheetIssueGroup } from "./issues";
export {
  defaultTill,
  franForTill,
  isIsoDate,
  isoFromLocalDate,
  periodProblem,
  periodRange,
  periodValForTill,
  withTyp,
  withYear,
} from "./period";
export { bladOversikt } from "./sheet-kinds";
export type * from "./types";
export { createBokforingService, decodeSie, type BokforingService, type BokforingSvar } from "./ledger";
