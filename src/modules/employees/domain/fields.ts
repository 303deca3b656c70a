import { z } from "zod";
import { hasControlChars, isIsoDate, isPhone, normalisePhone } from "./employee-rules";
import { type FieldIssue, issue } from "./issues";

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

const zEmail = z.email();
export const emailIssue = (value: string) =>
  value.length > 254 || !zEmail.safeParse(value).success ? "employees.v.email" : null;

export const phoneIssue = (value: string) => (isPhone(normalisePhone(value)) ? null : "employees.v.phone");

export const dateIssue = (value: string) => (isIsoDate(value) ? null : "employees.v.date");

/** Collects issues from (field, key|null) pairs. */
export function collect(pairs: [string, string | null][]): FieldIssue[] {
  return pairs.filter(([, key]) => key !== null).map(([field, key]) => issue(field, key!));
}
