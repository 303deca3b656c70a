import type { AppModule } from "../platform/module";
import { employeesModule } from "./employees";
import { servicesModule } from "./services";
import { trainingModule } from "./training";

/** Every domain module, in menu order. */
export const modules: AppModule[] = [employeesModule, servicesModule, trainingModule];
