import { platformMessages } from "./platform-messages";

/**
 * The message catalogue (SPEC §3.1: Bahasa Indonesia by default, English a switch away). Modules add their
 * own dictionaries with addMessages() from their index.ts; keys are namespaced ("employees.list.title").
 */
export type Locale = "id" | "en";
export const locales: readonly Locale[] = ["id", "en"];
export type Dictionary = Record<string, string>;
export type Catalogue = { id: Dictionary; en: Dictionary };

const catalogue: Catalogue = { id: {}, en: {} };

export function addMessages(messages: Catalogue): void {
  Object.assign(catalogue.id, messages.id);
  Object.assign(catalogue.en, messages.en);
}
addMessages(platformMessages);

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: string, params?: Params): string {
  const template = catalogue[locale][key] ?? catalogue.id[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type T = (key: string, params?: Params) => string;
export const translator =
  (locale: Locale): T =>
  (key, params) =>
    translate(locale, key, params);

/** Keys present in one language but not the other: a test keeps both complete. */
export function missingKeys(): { id: string[]; en: string[] } {
  const idKeys = Object.keys(catalogue.id);
  const enKeys = Object.keys(catalogue.en);
  return {
    id: enKeys.filter((k) => !(k in catalogue.id)),
    en: idKeys.filter((k) => !(k in catalogue.en)),
  };
}

export function parseLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : "id";
}
