// Records the hashes of the built data in data-lock.json at release, after `changeset version`
// and the build: `npm run release:data -w packages/dataset`.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { DataLock } from "./data-lock";
import { LOCKED_FILES } from "./locked-files";
import { sha256 } from "./sha256";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(await readFile(`${root}package.json`, "utf8")) as { version: string };
const lock: DataLock = { version: pkg.version, sha256: {} };
for (const path of LOCKED_FILES) lock.sha256[path] = sha256(await readFile(`${root}dist/${path}`));
await writeFile(`${root}data-lock.json`, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`data-lock.json: @vnpol/dataset ${lock.version}`);
