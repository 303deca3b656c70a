import { type FieldIssue, issue } from "../../../platform/errors";
import { isIsoDate, parseEmail, parsePhone } from "../../../platform/identifiers";
import { hasControlChars } from "./employee-rules";

/**
 * Field rules shared by the form, the JSON API and the import, so one value is judged the same way on every
 * path. Each returns an issue key or null.
 */
export const NAME_MIN = 2;
export const NAME_MAX = 150;
export const TEXT_MAX = 150;

export function nameIssue(name: string): string | null {
  if (name.length < NAME_MIN || name.length > NAME_MAX) return "employees.v.nameLength";
  if (hasControlChars(name)) return "employees.v.controlChars";
  if (!/\p{L}/u.test(name)) return "employees.v.nameLetters";
  return null;
}

export function textIssue(value: string, max = TEXT_MAX): string | null {
  if (value.length > max) return "employees.v.textLength";
  if (hasControlChars(value)) return "employees.v.controlChars";
  return null;
}

// Contact and date rules are the platform's (src/platform/identifiers), the same in every module.
export const emailIssue = (value: string) => (parseEmail(value).ok ? null : "email.format");
export const phoneIssue = (value: string) => {
  const parsed = parsePhone(value);
  return parsed.ok ? null : parsed.error.key;
};
export const dateIssue = (value: string) => (isIsoDate(value) ? null : "date.format");

/** The stored form of a phone number that passed phoneIssue: "+62…". */
export const storedPhone = (value: string) => {
  const parsed = parsePhone(value);
  return parsed.ok ? parsed.value.e164 : value;
};

/** Collects issues from (field, key|null) pairs. */
export function collect(pairs: [string, string | null][]): FieldIssue[] {
  return pairs.filter(([, key]) => key !== null).map(([field, key]) => issue(field, key!));
}
