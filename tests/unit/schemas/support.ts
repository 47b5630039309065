/** Helpers of the schema tests: parse, expect a refusal, and say where it is. */
import { expect } from 'vitest';
import type { z } from 'astro/zod';
import { LOCALES, type Locale } from '../../../src/i18n/languages.ts';

export type Path = (string | number)[];
export type Issue = z.core.$ZodIssue;

/** Parses `input`, expects a failure and returns the issues. */
export function failures(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  return result.error?.issues ?? [];
}

/** Expects parsing to fail with an issue at exactly `path`. */
export function expectIssueAt(schema: z.ZodType, input: unknown, path: Path): Issue {
  const issues = failures(schema, input);
  const paths = issues.map((issue) => issue.path);
  expect(paths).toContainEqual(path);
  return issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))!;
}

/** Marks a field to leave out in `withField`. */
export const REMOVE = Symbol('remove');

/** A copy of `base` with `key` set to `value`, or left out when `value` is `REMOVE`. */
export function withField<T extends Record<string, unknown>>(
  base: T,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(base);
  if (value === REMOVE) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** A localized text with one text in every edition of the registry: `{ en: 'x (en)', es: 'x (es)', … }`. */
export function inEveryEdition(text: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, `${text} (${locale})`])) as Record<
    Locale,
    string
  >;
}

/** `text` without its version in `locale`. */
export function without(text: Record<Locale, string>, locale: Locale): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(text).filter(([key]) => key !== locale));
}

/** The keys an unknown-keys issue names. */
export function keysOf(issue: Issue): string[] {
  return (issue as { keys: string[] }).keys;
}
