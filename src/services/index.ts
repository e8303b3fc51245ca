/** The service layer: the only API the task pane and the demo call. */
export { createServices, describeError } from "./finsam-services";
export { countIssues, groupIssues, SEVERITIES } from "./issues";
export { defaultTill, franForTill, isIsoDate, isoFromLocalDate, periodProblem } from "./period";
export type * from "./types";
