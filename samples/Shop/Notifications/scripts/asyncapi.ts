// `--write` writes asyncapi.yaml from the zod contracts; `--check` (run by `npm run build`) fails when the committed
// file is not what the contracts give, so the document the .NET builds import can never lag behind the code.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { asyncApiYaml } from "../src/asyncapi.js";

const path = fileURLToPath(new URL("../../asyncapi.yaml", import.meta.url));
const package_ = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version?: string };
const text = asyncApiYaml({ service: "notifications", version: package_.version ?? "1.0.0", exchange: "shop", queue: "shop.notifications" });

if (process.argv.includes("--write")) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
} else {
  let committed = "";
  try {
    committed = readFileSync(path, "utf8");
  } catch {
    // Missing: reported below like any other difference.
  }
  if (committed !== text) {
    console.error(`${path} is not what src/contracts.ts gives: run \`npm run asyncapi\` and commit the result`);
    process.exit(1);
  }
}
