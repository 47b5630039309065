/**
 * The editor's form fields, read from a zod schema: the content check's own schema, turned into
 * JSON Schema by zod (the input side: what a file may say), then into the CMS's fields. Which fields
 * exist, their order, which are required, their defaults, the choices of an enum and the shape of
 * lists and objects all come from the schema, so the form cannot drift from what the check accepts.
 * A field's words and what only the editor needs (a relation, a per-language mode) are laid over
 * them by the caller.
 */
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';

/** The part of JSON Schema that zod writes for the content schemas. */
export interface JsonSchema {
  type?: string;
  enum?: readonly (string | number)[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
}

/** How the editor shows one field beyond what the schema says: replaces the derived field's keys. */
export type FieldOverride = (derived: Field) => Field;

/** A schema as JSON Schema, as the check reads files: inputs, before defaults and transforms. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Whether the form must have the field filled: a key the schema requires, or one it gives a default
 * (the form starts with it, and offers no empty choice the file would not need), a list that needs
 * an entry. A list the schema lets be empty (a draft's tags) is not required, whatever its key; a
 * switch is always on or off.
 */
export function isRequired(property: JsonSchema, required: boolean): boolean {
  if (property.type === 'array') return (property.minItems ?? 0) > 0;
  if (property.type === 'boolean') return false;
  return required || property.default !== undefined;
}

/**
 * The CMS field for one property of a JSON Schema object, by its type: a choice of values (`enum`)
 * is a select, a list of choices a multiple select, a list of objects a list with subfields, an
 * object an object. A type the editor has no field for is refused, naming the field, so that a new
 * kind of field in a content schema is given one here rather than left out of the form.
 */
export function fieldOf(name: string, property: JsonSchema, required: boolean, where: string): Field {
  const base = {
    name,
    label: name,
    required: isRequired(property, required),
    ...(property.default === undefined ? {} : { default: property.default }),
  };
  const list = property.type === 'array' ? property.items : undefined;
  if (property.enum) {
    return { ...base, widget: 'select', options: property.enum.map(String) } as Field;
  }
  if (list?.enum) {
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: list.enum.map(String),
      ...(property.minItems ? { min: property.minItems } : {}),
    } as Field;
  }
  if (list?.type === 'object') {
    return {
      ...base,
      widget: 'list',
      fields: fieldsOf(list, `${where}.${name}`),
      ...(property.minItems ? { min: property.minItems } : {}),
    } as Field;
  }
  if (list?.type === 'string') {
    return {
      ...base,
      widget: 'list',
      ...(property.minItems ? { min: property.minItems } : {}),
      ...(list.pattern ? { pattern: [list.pattern, `must match ${list.pattern}`] } : {}),
    } as Field;
  }
  switch (property.type) {
    case 'string':
      return {
        ...base,
        widget: 'string',
        ...(property.maxLength ? { maxlength: property.maxLength } : {}),
        ...(property.pattern ? { pattern: [property.pattern, `must match ${property.pattern}`] } : {}),
      } as Field;
    case 'boolean':
      return { ...base, widget: 'boolean' } as Field;
    case 'number':
    case 'integer':
      return {
        ...base,
        widget: 'number',
        value_type: property.type === 'integer' ? 'int' : 'float',
      } as Field;
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(property, `${where}.${name}`) } as Field;
    default:
      throw new Error(
        `${where}.${name} is ${property.type ?? 'of no JSON type'} in its schema: the editor has no field for it; ` +
          'give it a field in src/admin/schema-fields.ts, or an override in src/admin/form.ts',
      );
  }
}

/** Every property of a JSON Schema object as CMS fields, in the schema's order. */
export function fieldsOf(schema: JsonSchema, where: string): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, required.has(name), where),
  );
}
