import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const specPath = fileURLToPath(new URL('../../../shared/reference/mastodon-openapi.json', import.meta.url));
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, Record<string, unknown>> } };
const schemas = structuredClone(spec.components.schemas);

// The behaviour reference's documented overrides (§4.1, §6.3): the admin `role` is the raw record with
// numeric id and permissions, and remote accounts carry null user fields.
const admin = schemas.AdminAccount as { properties: Record<string, unknown> };
admin.properties.role = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['id', 'name', 'color', 'position', 'permissions', 'highlighted', 'created_at', 'updated_at'],
      properties: { id: { type: 'integer' }, permissions: { type: 'integer' }, position: { type: 'integer' } },
    },
  ],
};
for (const key of ['email', 'locale']) admin.properties[key] = { type: ['string', 'null'] };
for (const key of ['confirmed', 'approved', 'disabled']) admin.properties[key] = { type: ['boolean', 'null'] };
admin.properties.ips = { anyOf: [{ type: 'null' }, { type: 'array', items: { $ref: '#/components/schemas/AdminIp' } }] };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('iso-639-1', true);
ajv.addSchema({ $id: 'mastodon', components: { schemas } });

/** Returns the validation errors of `body` against one OpenAPI entity, or [] when it is valid. */
export function entityErrors(name: string, body: unknown): string[] {
  const validate = ajv.getSchema(`mastodon#/components/schemas/${name}`);
  if (!validate) throw new Error(`unknown schema ${name}`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
