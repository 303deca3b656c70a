import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { AppError, type FieldError } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { formStrings } from "../../../platform/http/validation";
import type { T } from "../../../platform/i18n";
import { isUuid } from "../../../platform/identifiers";
import { ErrorSummary } from "../../../platform/views/form";
import { Breadcrumb } from "../../../platform/views/page-parts";
import type { Ctx } from "../commands/context";
import { can, type TrainingAction } from "../domain/policy";

export type C = Context<AppEnv>;
export const BASE = "/staf/pelatihan";
export const HR = `${BASE}/kelola`;

export const ctxOf = (c: C): Ctx => ({ deps: c.var.deps, actor: requireActor(c) });

/** The signed-in actor, or a 403 when they lack the right an HR page needs (checked without a resource). */
export function requireRight(c: C, action: TrainingAction) {
  const actor = requireActor(c);
  if (!can(actor, action)) throw new AppError("FORBIDDEN", c.get("t")("training.hr.forbidden"));
  return actor;
}

/** The policy resource of a session: its organising unit and facilitator account. */
export const sessionResource = (s: { unitPath: string; facilitatorUserId: string | null }) => ({
  unitPath: s.unitPath,
  facilitatorUserId: s.facilitatorUserId,
});

/** The policy resource of an employee's training record: the person, their supervisor and unit. */
export const recordResource = (p: { id: string; supervisorId: string | null; unitPath: string }) => ({
  employeeId: p.id,
  supervisorId: p.supervisorId,
  unitPath: p.unitPath,
});

/** A form body: strings trimmed; repeated fields (checkboxes, multi-selects) as arrays. */
export async function formBody(c: C): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string").map((x) => x.trim());
    else if (typeof v === "string") out[k] = v.trim();
  }
  return out;
}
export const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
/** A form body with one string per field (without the CSRF token), for forms without repeated fields. */
export async function formValues(c: C): Promise<Record<string, string>> {
  const { _csrf, ...values } = formStrings(await c.req.parseBody());
  return values;
}
export const list = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);

/** Errors to show on a re-rendered form: field messages, or one message for the whole form. */
export type FormProblem = { fields: FieldError[]; message: string | null; status: number };

/**
 * Runs a form's command: on success a 303 redirect (POST/redirect/GET); on a 4xx AppError the page is
 * rendered again with the messages and that status, so nothing is lost and nothing is half-saved.
 */
export async function handleForm(
  c: C,
  action: () => Promise<string>,
  rerender: (problem: FormProblem) => Promise<Response> | Response,
): Promise<Response> {
  try {
    return c.redirect(await action(), 303);
  } catch (err) {
    if (err instanceof AppError && err.status >= 400 && err.status < 500 && err.status !== 401) {
      return rerender({
        fields: err.describe(c.get("t")).fields,
        message: err.issues.length ? null : err.describe(c.get("t")).detail,
        status: err.status,
      });
    }
    throw err;
  }
}

export function uuidParam(c: C, name: string): string {
  const v = c.req.param(name) ?? "";
  if (!isUuid(v)) throw new AppError("NOT_FOUND", c.get("t")("error.404.detail"));
  return v;
}

/** A yyyy year from the query, defaulting to the current one; out-of-range years are a 400. */
export function yearParam(c: C, fallback: number): number {
  const raw = c.req.query("tahun");
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{4}$/.test(raw) || Number(raw) < 2000 || Number(raw) > 2100) {
    throw new AppError("BAD_REQUEST", "Tahun harus 2000–2100.", {
      issues: [{ field: "tahun", key: "Tahun harus 2000–2100." }],
    });
  }
  return Number(raw);
}

export function Flash({ t, ok }: { t: T; ok: string | undefined }) {
  if (!ok || !/^[a-zA-Z]+$/.test(ok)) return null;
  return (
    <div class="alert alert-success" role="status">
      {t(`training.ok.${ok}`)}
    </div>
  );
}

export function ProblemAlert({ problem }: { problem?: FormProblem | null }) {
  if (!problem?.message) return null;
  return (
    <div class="alert alert-danger" role="alert">
      {problem.message}
    </div>
  );
}

/** A re-rendered form's messages: the whole-form one, then the summary linking to each field. */
export function ProblemMessages({ t, problem }: { t: T; problem?: FormProblem | null }) {
  return (
    <>
      <ProblemAlert problem={problem} />
      <ErrorSummary errors={problem?.fields ?? []} t={t} />
    </>
  );
}

export const Hidden = ({ children }: { children: Child }) => <span class="visually-hidden">{children}</span>;

/** The heading of an ASN's own training pages: the trail from "Pelatihan saya" (through `via`) and the h1. */
export function MyTrainingHeading({ t, title, via = [] }: { t: T; title: string; via?: [string, string][] }) {
  return (
    <>
      <Breadcrumb t={t} items={[[t("training.my.title"), BASE], ...via, [title, null]]} />
      <h1 class="h3">{title}</h1>
    </>
  );
}
