import {
  addWorkingDays,
  type Calendar,
  dueDateWithPauses,
  type Pause,
  workingDaysBetween,
} from "../../../platform/calendar";

/**
 * The SLA clock of a request in working days (SPEC §4.5): n HK from the day after submission, not counting
 * the days it waited on the citizen (PERLU_PERBAIKAN). `null` while a pause is open.
 */
export const dueDateOf = (cal: Calendar, submittedOn: string, slaDays: number, pauses: readonly Pause[]) =>
  dueDateWithPauses(cal, submittedOn, slaDays, pauses);

export type SlaState =
  | { kind: "paused" }
  | { kind: "done"; onTime: boolean | null }
  | { kind: "overdue"; days: number }
  | { kind: "dueSoon"; days: number }
  | { kind: "onTrack"; days: number };

/** "Due soon" means due today or on the next working day: the job warns then, the queue flags it. */
export const DUE_SOON_HK = 1;

export function slaState(
  cal: Calendar,
  input: { dueDate: string | null; isOpen: boolean; isPaused: boolean; finishedOn: string | null },
  today: string,
): SlaState {
  if (!input.isOpen)
    return {
      kind: "done",
      onTime: input.dueDate && input.finishedOn ? input.finishedOn <= input.dueDate : null,
    };
  if (input.isPaused || !input.dueDate) return { kind: "paused" };
  if (input.dueDate < today) return { kind: "overdue", days: workingDaysBetween(cal, input.dueDate, today) };
  const days = workingDaysBetween(cal, today, input.dueDate);
  return days <= DUE_SOON_HK ? { kind: "dueSoon", days } : { kind: "onTrack", days };
}

/** The last due date that still counts as "due soon" seen from today (for SQL filters). */
export const dueSoonLimit = (cal: Calendar, today: string) => addWorkingDays(cal, today, DUE_SOON_HK);
