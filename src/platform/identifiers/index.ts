export * from "./messages";
export * from "./nik";
export * from "./nip";
export * from "./uuid";
