// Compiles JSON Schema 2020-12 documents with ajv in strict mode (with ajv-formats, as a Node service would) and
// validates bodies against them. Input: a JSON file {"schemas": [path...], "cases": [{"schema": path, "body": text}]}.
// Output (stdout): {"schemas": [{"path", "id", "error"}], "cases": [{"valid", "errors"}]}. Each schema gets its own
// Ajv instance, so documents with equal $id (two services' exports) never meet.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const validators = new Map();
const schemas = input.schemas.map((path) => {
  const schema = JSON.parse(readFileSync(path, "utf8"));
  try {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validators.set(path, ajv.compile(schema));
    return { path, id: schema.$id ?? null, error: null };
  } catch (error) {
    return { path, id: schema.$id ?? null, error: String(error.message ?? error) };
  }
});

const cases = input.cases.map(({ schema, body }) => {
  const validate = validators.get(schema);
  if (!validate) {
    return { valid: false, errors: [`schema ${schema} was not compiled`] };
  }

  let value;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { valid: false, errors: [`not JSON: ${error.message}`] };
  }

  const valid = validate(value);
  return { valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`) };
});

process.stdout.write(JSON.stringify({ schemas, cases }));
