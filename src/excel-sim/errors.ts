/**
 * Errors of the simulated Excel, shaped like `OfficeExtension.Error` (name "RichApi.Error",
 * `code`, `debugInfo.errorLocation`), so code that handles real Office.js errors handles these too.
 */

export const SimErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidReference: "InvalidReference",
  invalidOperation: "InvalidOperation",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  generalException: "GeneralException",
  notImplemented: "NotImplemented",
  runMustReturnPromise: "RunMustReturnPromise",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  writeNotSupportedWhenModalDialogOpen: "WriteNotSupportedWhenModalDialogOpen",
  inactiveWorkbook: "InactiveWorkbook",
  activityLimitReached: "ActivityLimitReached",
} as const;

export interface SimDebugInfo {
  code: string;
  message: string;
  /** "Object.member" where the request failed, like Office.js, e.g. "Worksheet.name". */
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: SimError | null = null;

  constructor(code: string, message: string, errorLocation?: string, statement?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement };
  }

  /** The same error with the failing statement's location filled in (when it had none). */
  at(errorLocation: string, statement: string, surrounding: string[]): SimError {
    const e = new SimError(this.code, this.message, this.debugInfo.errorLocation ?? errorLocation, statement);
    e.debugInfo.surroundingStatements = surrounding;
    return e;
  }
}

export function simError(code: string, message: string, errorLocation?: string): SimError {
  return new SimError(code, message, errorLocation);
}

export function isSimError(e: unknown): e is SimError {
  return e instanceof SimError;
}

export const notLoaded = (property: string, type: string): SimError =>
  new SimError(
    SimErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );

export const invalidArgument = (message: string, location?: string): SimError =>
  new SimError(SimErrorCodes.invalidArgument, message, location);

export const itemNotFound = (message: string, location?: string): SimError => new SimError(SimErrorCodes.itemNotFound, message, location);

export const itemAlreadyExists = (message: string, location?: string): SimError =>
  new SimError(SimErrorCodes.itemAlreadyExists, message, location);

export const shapeMismatch = (location?: string): SimError =>
  invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", location);
