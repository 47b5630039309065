/**
 * The editor's fields from a zod schema (src/admin/schema-fields.ts), one kind of property at a time,
 * on small schemas: the news schema reaches only some of these branches.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldsOf, jsonSchemaOf } from '../../../src/admin/schema-fields.ts';

const fieldsFrom = (shape: z.ZodRawShape) => fieldsOf(jsonSchemaOf(z.strictObject(shape)), 'test.yaml');
const only = (shape: z.ZodRawShape) => fieldsFrom(shape)[0] as Record<string, unknown>;

describe('fields from a schema', () => {
  it('keeps the schema’s order and names', () => {
    expect(fieldsFrom({ b: z.string(), a: z.string(), c: z.boolean() }).map((field) => field.name)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('requires a key the schema requires or gives a default; never a switch', () => {
    const fields = fieldsFrom({
      needed: z.string(),
      optional: z.string().optional(),
      defaulted: z.enum(['day', 'month']).default('day'),
      flag: z.boolean(),
    });
    expect(fields.map((field) => [field.name, (field as { required?: boolean }).required])).toEqual([
      ['needed', true],
      ['optional', false],
      ['defaulted', true],
      ['flag', false],
    ]);
    expect(fields[2]).toMatchObject({ widget: 'select', options: ['day', 'month'], default: 'day' });
  });

  it('shows whole numbers as integers and others as decimals', () => {
    expect(only({ count: z.number().int() })).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(only({ share: z.number() })).toMatchObject({ widget: 'number', value_type: 'float' });
  });

  it('shows a list of choices as a multiple select with its least number of entries', () => {
    expect(only({ tags: z.array(z.enum(['a', 'b'])).min(1) })).toMatchObject({
      widget: 'select',
      multiple: true,
      options: ['a', 'b'],
      min: 1,
      required: true,
    });
    // A list that may be empty is not required.
    expect(only({ tags: z.array(z.enum(['a', 'b'])) })).toMatchObject({ multiple: true, required: false });
  });

  it('gives a list of texts the pattern each entry must match', () => {
    expect(only({ codes: z.array(z.string().regex(/^[A-Z]{3}$/)).min(2) })).toMatchObject({
      widget: 'list',
      min: 2,
      pattern: ['^[A-Z]{3}$', 'must match ^[A-Z]{3}$'],
    });
  });

  it('gives a text its longest length and pattern', () => {
    expect(only({ title: z.string().max(20).regex(/^\S/) })).toMatchObject({
      widget: 'string',
      maxlength: 20,
      pattern: ['^\\S', 'must match ^\\S'],
    });
  });

  it('shows a list of objects, and an object, with their own fields', () => {
    expect(
      only({ sources: z.array(z.strictObject({ name: z.string(), url: z.url().optional() })).min(1) }),
    ).toMatchObject({
      widget: 'list',
      min: 1,
      fields: [
        { name: 'name', required: true },
        { name: 'url', required: false },
      ],
    });
    expect(only({ label: z.strictObject({ es: z.string() }) })).toMatchObject({
      widget: 'object',
      fields: [{ name: 'es', widget: 'string', required: true }],
    });
  });

  it('refuses a type it has no field for, naming where it is', () => {
    expect(() => fieldsFrom({ pair: z.tuple([z.string(), z.string()]) })).toThrow(
      /test\.yaml\.pair is array in its schema: the editor has no field for it/,
    );
  });
});
