export * from "./raw";
export * from "./records";
export * from "./plan";
export * from "./ports";
export * from "./address";
export * from "./severity";
