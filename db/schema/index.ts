export * from "./enums";
export * from "./identity";
export * from "./portfolio";
export * from "./strategy";
export * from "./kpis";
export * from "./audit";
export * from "./integrations";
export * from "./imports";
