// Parses AsyncAPI documents with @asyncapi/parser (its own validation and rules, as `asyncapi validate` runs them)
// and validates recorded messages against each document's message of their routing key: headers and payload, with
// ajv's draft-07 validator, which is how AsyncAPI reads schemas. Input: a JSON file {"documents": [path...],
// "messages": [{"routingKey", "headers": {...}, "body": text}]}. Output (stdout): per document its diagnostics and
// what the parsed model says (channels with address and exchange, operations, messages with header names), and per
// message and document the validation result.
import { readFileSync } from "node:fs";
import { Parser } from "@asyncapi/parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const parser = new Parser();
const severities = ["error", "warning", "information", "hint"];

// The parser adds x-parser-* keywords to the schemas it returns: let ajv ignore keywords it does not know.
function validator(schema) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

function check(validate, value) {
  const valid = validate(value);
  return { valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`) };
}

const documents = [];
for (const path of input.documents) {
  const { document, diagnostics } = await parser.parse(readFileSync(path, "utf8"), { source: path });
  const result = {
    path,
    diagnostics: diagnostics.map((d) => ({ severity: severities[d.severity] ?? String(d.severity), code: String(d.code), message: d.message, path: d.path.join("/") })),
    title: null, version: null, channels: [], operations: [], messages: [], validations: [],
  };
  documents.push(result);
  if (!document) {
    continue;
  }

  result.title = document.info().title();
  result.version = document.info().version();
  for (const channel of document.channels().all()) {
    const amqp = channel.bindings().get("amqp")?.value() ?? {};
    result.channels.push({ id: channel.id(), address: channel.address(), is: amqp.is ?? null, exchange: amqp.exchange ?? null, messages: channel.messages().all().map((m) => m.id()) });
  }

  for (const operation of document.operations().all()) {
    result.operations.push({ id: operation.id(), action: operation.action(), channels: operation.channels().all().map((c) => c.address()) });
  }

  for (const message of document.messages().all()) {
    const headers = message.headers()?.json() ?? {};
    result.messages.push({ id: message.id(), name: message.name(), headers: Object.keys(headers.properties ?? {}), requiredHeaders: headers.required ?? [] });
  }

  // A message is validated against the message of the channel its routing key addresses.
  const byAddress = new Map();
  for (const channel of document.channels().all()) {
    for (const message of channel.messages().all()) {
      byAddress.set(channel.address(), { headers: validator(message.headers()?.json() ?? {}), payload: validator(message.payload().json()) });
    }
  }

  input.messages.forEach(({ routingKey, headers, body }, index) => {
    const found = byAddress.get(routingKey);
    if (found) {
      const payload = check(found.payload, JSON.parse(body));
      const header = check(found.headers, headers);
      result.validations.push({ index, payload, headers: header });
    }
  });
}

process.stdout.write(JSON.stringify({ documents }));
