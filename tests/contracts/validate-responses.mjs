// Validates recorded HTTP responses against the OpenAPI document's response schemas (OpenAPI 3.1: JSON Schema 2020-12).
// Usage: node validate-responses.mjs openapi.json samples.json
// samples.json: [{ "operationId", "status", "contentType", "body" }]. Prints one JSON result per sample:
// { "index", "operationId", "status", "problems": [...] }; an empty problems list means the response matches.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentPath, samplesPath] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));
const samples = JSON.parse(readFileSync(samplesPath, "utf8"));

// strict: false, since OpenAPI adds keywords of its own (example, discriminator, externalDocs) that are no JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const base = "urn:complaintgrid:openapi";
ajv.addSchema({ $id: base, components: document.components ?? {} });

const operations = new Map();
for (const [path, item] of Object.entries(document.paths ?? {}))
  for (const [method, operation] of Object.entries(item))
    if (operation && operation.operationId) operations.set(operation.operationId, { path, method, operation });

// Rewrites local references so that a schema taken out of the document still finds the components.
const rebase = (node) =>
  Array.isArray(node) ? node.map(rebase)
  : node && typeof node === "object"
    ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#/") ? base + v : rebase(v)]))
    : node;

const results = samples.map((sample, index) => {
  const problems = [];
  const found = operations.get(sample.operationId);
  if (!found) return { index, operationId: sample.operationId, status: sample.status, problems: ["no operation with this id in the document"] };
  const response = found.operation.responses?.[String(sample.status)] ?? found.operation.responses?.default;
  if (!response) return { index, operationId: sample.operationId, status: sample.status, problems: [`status ${sample.status} is not documented`] };
  const mediaType = (sample.contentType ?? "").split(";")[0].trim();
  if (sample.body === null || sample.body === undefined) {
    if (response.content && Object.keys(response.content).length > 0) problems.push("the document describes a body, the response has none");
    return { index, operationId: sample.operationId, status: sample.status, problems };
  }
  const content = response.content?.[mediaType];
  if (!content) {
    problems.push(`media type ${mediaType} is not documented (documented: ${Object.keys(response.content ?? {}).join(", ") || "none"})`);
  } else if (!content.schema) {
    problems.push(`media type ${mediaType} has no schema`);
  } else {
    const validate = ajv.compile(rebase(content.schema));
    if (!validate(sample.body))
      for (const error of validate.errors) problems.push(`${error.instancePath || "/"} ${error.message} (${error.schemaPath})`);
  }
  return { index, operationId: sample.operationId, status: sample.status, problems };
});
process.stdout.write(JSON.stringify(results));
