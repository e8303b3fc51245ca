export * from "./issue";
export { ISSUE_REGISTRY, ISSUE_CODES, issueInfo, allowedSeverities, type IssueCodeInfo, type IssueStage } from "./registry";
export { CODES } from "./codes";
export { compareIssues, sortIssues, collectIssues, type CollectOptions } from "./collect";
