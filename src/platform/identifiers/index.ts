export * from "./date";
export * from "./email";
export * from "./messages";
export * from "./nik";
export * from "./nip";
export * from "./phone";
export * from "./uuid";
