export * from "./holidays-data";
export * from "./working-days";
