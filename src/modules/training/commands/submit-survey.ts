import { audit } from "../../../platform/audit/audit";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import { trainingSurveyResponses } from "../schema";
import { requireEmployee } from "../training.repository";
import { type Ctx, isUniqueViolation, todayOf } from "./context";
import { loadOwnEnrolment } from "./start-test";

export const SURVEY_ITEMS = ["relevance", "material", "facilitator", "organisation"] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];
export const SURVEY_TEXT: Record<SurveyItem, string> = {
  relevance: "Materi relevan dengan pekerjaan saya",
  material: "Materi dan bahan ajar jelas",
  facilitator: "Fasilitator menguasai materi dan menyampaikannya dengan baik",
  organisation: "Penyelenggaraan (tempat, waktu, sarana) baik",
};

/** The reaction survey after the session (SPEC §3.3): four statements on a 1–5 scale and a comment, once. */
export async function submitSurvey(
  ctx: Ctx,
  input: { enrolmentId: string; ratings: Partial<Record<SurveyItem, unknown>>; comment?: string | null },
) {
  const { e, s } = await loadOwnEnrolment(ctx, input.enrolmentId);
  if (!["terdaftar", "lulus", "tidak_lulus"].includes(e.status)) {
    throw new AppError("CONFLICT", "Survei hanya untuk peserta sesi ini.");
  }
  if (todayOf(ctx) < s.endsOn) throw new AppError("CONFLICT", "Survei dibuka pada hari terakhir pelatihan.");
  const errors: FieldError[] = [];
  const values = {} as Record<SurveyItem, number>;
  for (const item of SURVEY_ITEMS) {
    const v = Number(input.ratings[item]);
    if (!Number.isInteger(v) || v < 1 || v > 5)
      errors.push({ field: item, message: `Pilih nilai 1–5 untuk "${SURVEY_TEXT[item]}".` });
    else values[item] = v;
  }
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 1000)
    errors.push({ field: "comment", message: "Komentar maksimal 1.000 karakter." });
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Periksa kembali isian survei.", { issues: errors.map(textIssue) });
  try {
    return await ctx.deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(trainingSurveyResponses)
        .values({ enrolmentId: e.id, ...values, comment })
        .returning();
      const me = await requireEmployee(tx, e.employeeId);
      await audit(tx, ctx.actor, {
        action: "training.survey.submit",
        entity: "training_survey",
        entityId: row!.id,
        unitPath: me.unitPath,
        after: values,
      });
      return row!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", "Anda sudah mengisi survei sesi ini.");
    throw err;
  }
}
