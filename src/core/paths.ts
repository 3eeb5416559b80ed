/** Filesystem anchors: the project root, found from this file's own location. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the sillok package root (the folder holding package.json). */
export const projectRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
