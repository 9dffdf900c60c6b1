import { fileURLToPath } from "node:url";

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/** Tests import workspace packages from source, so no build is needed between edits. */
export const workspaceAliases = {
  "@vnpol/schema": src("schema"),
  "@vnpol/parse": src("parse"),
  "@vnpol/dataset": src("dataset"),
  "@vnpol/cli": src("cli"),
};
