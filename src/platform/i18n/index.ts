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

/**
 * A message named by its key, usable as a parameter of another message ("status {status}" with the status's
 * own label), so a command can say everything in keys and the reader's language is chosen at the edge.
 */
export type MessageRef = { key: string; params?: Params };
export type Params = { [name: string]: string | number | MessageRef };

export const msg = (key: string, params?: Params): MessageRef => (params ? { key, params } : { key });

export const hasMessage = (key: string) => key in catalogue.id;

/** The template for the key in the locale (Indonesian when missing); an unknown key is returned as it is. */
export function translate(locale: Locale, key: string, params?: Params): string {
  const template = catalogue[locale][key] ?? catalogue.id[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    return typeof value === "object" ? translate(locale, value.key, value.params) : String(value);
  });
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
