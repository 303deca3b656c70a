import type { AppModule } from "../../platform/module";
import { seedDemoEmployees, seedOrg } from "./seed/insert";

export const employeesModule: AppModule = {
  name: "employees",
  seedReference: seedOrg,
  seedDemo: seedDemoEmployees,
};
