import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context";
import { render } from "../../../platform/http/render";
import { Csrf, SelectField, TextArea, TextField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { saveCourse } from "../commands/save-course";
import { addQuestion, setQuestionActive } from "../commands/save-question";
import { getCourse, listCourses } from "../queries/catalogue";
import { listCompetencies } from "../queries/competency";
import { MODE_TEXT, MODES } from "../training.types";
import { Empty, ScrollTable } from "../views/components";
import {
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  HR,
  handleForm,
  list,
  ProblemMessages,
  requireRight,
  str,
  uuidParam,
} from "./helpers";
import { HrHeading } from "./hr-nav";

export const hrCoursePages = new Hono<AppEnv>();

hrCoursePages.get(`${HR}/kursus`, async (c) => {
  const t = c.get("t");
  const actor = requireRight(c, "catalogue.manage");
  const courses = await listCourses(c.var.deps.db);
  return render(
    c,
    t("training.courses.title"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.courses.title")} current={`${HR}/kursus`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <p>
        <a class="btn btn-primary" href={`${HR}/kursus/baru`}>
          {t("training.courses.new")}
        </a>
      </p>
      {courses.length === 0 ? (
        <Empty>{t("training.courses.none")}</Empty>
      ) : (
        <ScrollTable label={t("training.courses.title")}>
          <thead>
            <tr>
              <th scope="col">{t("training.field.code")}</th>
              <th scope="col">{t("training.field.course")}</th>
              <th scope="col">{t("training.field.mode")}</th>
              <th scope="col" class="text-end">
                JP
              </th>
              <th scope="col">{t("training.field.competencies")}</th>
              <th scope="col">{t("training.field.rule")}</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((co) => (
              <tr>
                <td>{co.code}</td>
                <td>
                  <a href={`${HR}/kursus/${co.id}`}>{co.title}</a>
                  <div class="small text-body-secondary">{co.provider}</div>
                </td>
                <td>{MODE_TEXT[co.mode as keyof typeof MODE_TEXT]}</td>
                <td class="text-end">{co.jp}</td>
                <td class="small">{co.competencies.map((x) => x.code).join(", ")}</td>
                <td class="small">
                  {co.minPostScore === null
                    ? t("training.rule.attendanceOnly", { pct: co.minAttendancePct })
                    : t("training.rule.full", { pct: co.minAttendancePct, score: co.minPostScore })}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>,
  );
});

async function courseForm(
  c: C,
  courseId: string | null,
  problem?: FormProblem | null,
  values?: Record<string, string | string[]>,
) {
  const t = c.get("t");
  const actor = requireRight(c, "catalogue.manage");
  const { db } = c.var.deps;
  const course = courseId ? await getCourse(db, courseId) : null;
  if (courseId && !course) return c.notFound();
  const dictionary = await listCompetencies(db);
  const errors = problem?.fields ?? [];
  // Values typed into the form win over the stored course (a re-rendered course form keeps what was typed).
  const typedCourse = !!values && "code" in values;
  const v = (k: string, d: string | number | null | undefined = "") =>
    typedCourse ? str(values![k]) : String(d ?? "");
  const chosen = typedCourse ? list(values!.competencyIds) : (course?.competencies.map((x) => x.id) ?? []);
  const title = course ? course.title : t("training.courses.new");
  const csrf = c.get("csrfToken");
  const qErrors = errors.filter((e) => e.field.startsWith("q_"));
  const courseErrors = errors.filter((e) => !e.field.startsWith("q_"));
  return render(
    c,
    title,
    <>
      <HrHeading t={t} actor={actor} title={title} current={`${HR}/kursus`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <div class="row g-4">
        <form
          method="post"
          action={course ? `${HR}/kursus/${course.id}` : `${HR}/kursus/baru`}
          class="col-lg-6"
          novalidate
        >
          <Csrf token={csrf} />
          <h2 class="h5">{t("training.courses.details")}</h2>
          <TextField
            name="code"
            label={t("training.field.code")}
            value={v("code", course?.code)}
            maxLength={20}
            errors={courseErrors}
            required
          />
          <TextField
            name="title"
            label={t("training.field.course")}
            value={v("title", course?.title)}
            maxLength={200}
            errors={courseErrors}
            required
          />
          <TextArea
            name="description"
            label={t("training.field.description")}
            value={v("description", course?.description)}
            rows={4}
            maxLength={4000}
            errors={courseErrors}
            required
          />
          <SelectField
            name="mode"
            label={t("training.field.mode")}
            options={MODES.map((m) => ({ value: m, label: MODE_TEXT[m] }))}
            value={v("mode", course?.mode ?? "klasikal")}
            errors={courseErrors}
          />
          <TextField
            name="jp"
            type="number"
            inputmode="numeric"
            label="JP"
            hint={t("training.courses.jpHint")}
            value={v("jp", course?.jp)}
            errors={courseErrors}
            required
          />
          <TextField
            name="provider"
            label={t("training.field.provider")}
            value={v("provider", course?.provider)}
            maxLength={200}
            errors={courseErrors}
            required
          />
          <TextField
            name="minAttendancePct"
            type="number"
            inputmode="numeric"
            label={t("training.courses.minAttendance")}
            value={v("minAttendancePct", course?.minAttendancePct ?? 100)}
            errors={courseErrors}
            required
          />
          <TextField
            name="minPostScore"
            type="number"
            inputmode="numeric"
            label={t("training.courses.minPost")}
            hint={t("training.courses.minPostHint")}
            value={v("minPostScore", course?.minPostScore)}
            errors={courseErrors}
          />
          <TextField
            name="testMinutes"
            type="number"
            inputmode="numeric"
            label={t("training.courses.testMinutes")}
            value={v("testMinutes", course?.testMinutes ?? 20)}
            errors={courseErrors}
            required
          />
          <fieldset class="mb-3" id="f-competencyIds">
            <legend class="fs-6 fw-semibold">{t("training.field.competencies")}</legend>
            {dictionary.map((d) => (
              <div class="form-check">
                <input
                  class="form-check-input"
                  type="checkbox"
                  name="competencyIds"
                  value={d.id}
                  id={`cc-${d.id}`}
                  checked={chosen.includes(d.id)}
                />
                <label class="form-check-label" for={`cc-${d.id}`}>
                  {d.code} {d.name}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" class="btn btn-primary">
            {t("form.save")}
          </button>
        </form>
        {course && (
          <Section
            id="questions-title"
            class="col-lg-6"
            title={t("training.questions.title", { n: course.questions.filter((q) => q.isActive).length })}
          >
            <ol>
              {course.questions.map((q) => (
                <li class={q.isActive ? "" : "text-body-secondary"}>
                  {q.prompt} <span class="small">({t(`training.questions.kind.${q.kind}`)})</span>
                  <ul class="small">
                    {q.options.map((o, i) => (
                      <li>
                        {o} {q.correct.includes(i) && <strong>✓ {t("training.questions.correct")}</strong>}
                      </li>
                    ))}
                  </ul>
                  <form method="post" action={`${HR}/kursus/${course.id}/soal/${q.id}`} class="mb-2">
                    <Csrf token={csrf} />
                    <input type="hidden" name="active" value={q.isActive ? "0" : "1"} />
                    <button type="submit" class="btn btn-sm btn-outline-secondary">
                      {q.isActive ? t("training.questions.deactivate") : t("training.questions.activate")}
                    </button>
                  </form>
                </li>
              ))}
            </ol>
            <h3 class="h6">{t("training.questions.add")}</h3>
            <form method="post" action={`${HR}/kursus/${course.id}/soal`} novalidate>
              <Csrf token={csrf} />
              <SelectField
                name="q_kind"
                label={t("training.questions.kindLabel")}
                options={[
                  { value: "tunggal", label: t("training.questions.kind.tunggal") },
                  { value: "ganda", label: t("training.questions.kind.ganda") },
                ]}
                value={str(values?.q_kind) || "tunggal"}
                errors={qErrors}
              />
              <TextArea
                name="q_prompt"
                label={t("training.questions.prompt")}
                value={str(values?.q_prompt)}
                rows={2}
                maxLength={1000}
                errors={qErrors}
              />
              <fieldset class="mb-3" id="f-q_options">
                <legend class="fs-6 fw-semibold">{t("training.questions.options")}</legend>
                {[0, 1, 2, 3, 4].map((i) => (
                  <div class="input-group mb-1">
                    <div class="input-group-text">
                      <input
                        class="form-check-input mt-0"
                        type="checkbox"
                        name="q_correct"
                        value={String(i)}
                        id={`q-correct-${i}`}
                        aria-label={t("training.questions.markCorrect", { n: i + 1 })}
                        checked={list(values?.q_correct).includes(String(i))}
                      />
                    </div>
                    <label class="visually-hidden" for={`q-option-${i}`}>
                      {t("training.questions.option", { n: i + 1 })}
                    </label>
                    <input
                      class="form-control"
                      id={`q-option-${i}`}
                      name={`q_option${i}`}
                      maxlength={300}
                      value={str(values?.[`q_option${i}`])}
                    />
                  </div>
                ))}
              </fieldset>
              <button type="submit" class="btn btn-outline-primary">
                {t("training.questions.add")}
              </button>
            </form>
          </Section>
        )}
      </div>
    </>,
    { status: problem?.status ?? 200 },
  );
}

const courseInput = (body: Record<string, string | string[]>) => ({
  code: str(body.code),
  title: str(body.title),
  description: str(body.description),
  mode: str(body.mode),
  jp: str(body.jp),
  provider: str(body.provider),
  minAttendancePct: str(body.minAttendancePct),
  minPostScore: str(body.minPostScore),
  testMinutes: str(body.testMinutes),
  competencyIds: list(body.competencyIds),
});

hrCoursePages.get(`${HR}/kursus/baru`, (c) => courseForm(c, null));
hrCoursePages.post(`${HR}/kursus/baru`, async (c) => {
  const body = await formBody(c);
  return handleForm(
    c,
    async () => `${HR}/kursus/${await saveCourse(ctxOf(c), courseInput(body))}?ok=saved`,
    (problem) => courseForm(c, null, problem, body),
  );
});

hrCoursePages.get(`${HR}/kursus/:id`, (c) => courseForm(c, uuidParam(c, "id")));
hrCoursePages.post(`${HR}/kursus/:id`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  return handleForm(
    c,
    async () => `${HR}/kursus/${await saveCourse(ctxOf(c), courseInput(body), id)}?ok=saved`,
    (problem) => courseForm(c, id, problem, body),
  );
});

hrCoursePages.post(`${HR}/kursus/:id/soal`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  // Options are typed in fixed slots; empty slots are skipped and the "correct" ticks follow their option.
  const slots = [0, 1, 2, 3, 4].map((i) => ({ i, text: str(body[`q_option${i}`]) })).filter((s) => s.text);
  const ticked = list(body.q_correct).map(Number);
  const input = {
    kind: str(body.q_kind),
    prompt: str(body.q_prompt),
    options: slots.map((s) => s.text),
    correct: slots.map((s, k) => (ticked.includes(s.i) ? k : -1)).filter((k) => k >= 0),
  };
  return handleForm(
    c,
    async () => {
      await addQuestion(ctxOf(c), id, input);
      return `${HR}/kursus/${id}?ok=questionAdded`;
    },
    (problem) =>
      courseForm(
        c,
        id,
        { ...problem, fields: problem.fields.map((f) => ({ ...f, field: `q_${f.field.split(".")[0]}` })) },
        body,
      ),
  );
});

hrCoursePages.post(`${HR}/kursus/:id/soal/:qid`, async (c) => {
  const id = uuidParam(c, "id");
  const qid = uuidParam(c, "qid");
  const body = await formBody(c);
  await setQuestionActive(ctxOf(c), id, qid, str(body.active) === "1");
  return c.redirect(`${HR}/kursus/${id}?ok=saved`, 303);
});
