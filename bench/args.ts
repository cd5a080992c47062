import type { DatabaseKind } from './target-server.ts';

/**
 * The command-line checks the benchmarks share. A value that does not fit
 * stops the run at once with what was wrong and the usage line (exit status 2).
 */
export function commandLine(usage: string) {
  const refuse = (problem: string): never => {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  };
  return {
    /** `--name`, a whole number of at least `least`. */
    wholeNumber(name: string, value: string | undefined, least = 1): number {
      const number = Number(value);
      return Number.isInteger(number) && number >= least
        ? number
        : refuse(`--${name} must be a whole number of at least ${least}; it is ${JSON.stringify(value)}`);
    },
    /** `--databases`: a comma-separated list of pglite and postgres. */
    databases(value: string): DatabaseKind[] {
      return value
        .split(',')
        .map((name) => name.trim())
        .map((name) =>
          name === 'pglite' || name === 'postgres'
            ? name
            : refuse(`--databases takes pglite and/or postgres; it has ${JSON.stringify(name)}`),
        );
    },
  };
}
