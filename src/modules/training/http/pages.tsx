import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context";
import { asnPages } from "./pages-asn";
import { externalPages } from "./pages-external";
import { hrPages } from "./pages-hr";
import { hrCoursePages } from "./pages-hr-courses";
import { hrSessionPages } from "./pages-hr-sessions";
import { supervisorPages } from "./pages-supervisor";

/** Every page of the training module under /staf/pelatihan (SPEC §3.3 issue 11). */
export const trainingPages = new Hono<AppEnv>();

// Fixed paths before parameterised ones: /kelola/sesi/baru must not be read as a session id.
trainingPages.route("/", hrCoursePages);
trainingPages.route("/", hrSessionPages);
trainingPages.route("/", hrPages);
trainingPages.route("/", externalPages);
trainingPages.route("/", supervisorPages);
trainingPages.route("/", asnPages);
