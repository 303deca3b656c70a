import { AppError, type FieldIssue } from "../../../platform/errors";

/** 422 listing every field, or 409 when the only problem is a duplicate (ARCHITECTURE §4). */
export function rejectIssues(issues: FieldIssue[]): never {
  const onlyDuplicate = issues.every((i) => i.key === "employees.v.nipTaken");
  throw new AppError(
    onlyDuplicate ? "CONFLICT" : "UNPROCESSABLE",
    onlyDuplicate ? "employees.v.nipTaken" : "employees.v.summary",
    { issues },
  );
}
