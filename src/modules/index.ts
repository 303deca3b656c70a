import type { AppModule } from "../platform/module";
import { employeesModule } from "./employees";

/** Every domain module, in menu order. */
export const modules: AppModule[] = [employeesModule];
