/**
 * The environment a build or server runs with in tests: the machine's, without the variables the
 * test runner adds (NODE_ENV=test, VITEST…), so tests build exactly what CI publishes.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
    ),
    ...extra,
  };
}
