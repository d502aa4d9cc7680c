import { z } from 'zod';

/**
 * How the environment is declared, parsed and documented. A settings schema is a nested zod object
 * whose leaves are environment variables declared with `envVariable` (name, schema, default,
 * description) and whose titled branches are `envSection`s: the nesting is the typed shape the code
 * receives, the leaves are the table docs/configuration.md is generated from.
 */

export interface EnvVariableDeclaration {
  readonly name: string;
  /** The text used when the variable is unset; it goes through the same schema as a set value. */
  readonly default: string | undefined;
  readonly description: string;
  /** How the docs name the accepted text when the schema says too little (lists, key=value pairs). */
  readonly format?: string | undefined;
}

export interface EnvVariable extends EnvVariableDeclaration {
  /** Where the parsed value lands in the settings object. */
  readonly path: readonly string[];
  /** The title of the nearest enclosing section. */
  readonly section: string;
  readonly schema: z.ZodType;
}

export interface EnvSectionDeclaration {
  readonly title: string;
  readonly description: string;
}

const variables = z.registry<EnvVariableDeclaration>();
const sections = z.registry<EnvSectionDeclaration>();

/**
 * One environment variable. The schema is cloned so that shared building blocks (a port, a
 * positive integer) can back many variables, each with its own declaration.
 */
export function envVariable<S extends z.ZodType>(
  name: string,
  schema: S,
  fallback: string | number | boolean | undefined,
  description: string,
  options: { readonly format?: string } = {},
): S {
  const leaf = schema.clone();
  variables.add(leaf, {
    name,
    default: fallback === undefined ? undefined : String(fallback),
    description,
    format: options.format,
  });
  return leaf;
}

/** A titled group of variables: one table of the generated docs. */
export function envSection<Shape extends z.ZodRawShape>(
  title: string,
  description: string,
  shape: Shape,
): z.ZodObject<Shape> {
  const section = z.object(shape);
  sections.add(section, { title, description });
  return section;
}

/** Every variable under a settings schema, in declaration order. */
export function listEnvVariables(schema: z.ZodType): EnvVariable[] {
  return collect(schema, [], undefined);
}

/** Every titled section under a settings schema, in declaration order. */
export function listEnvSections(schema: z.ZodType): EnvSectionDeclaration[] {
  const seen = new Map<string, EnvSectionDeclaration>();
  const visit = (node: z.ZodType): void => {
    if (variables.has(node)) return;
    if (node instanceof z.ZodPipe) return visit(node.in as z.ZodType);
    if (!(node instanceof z.ZodObject)) return;
    const declared = sections.get(node);
    if (declared && !seen.has(declared.title)) seen.set(declared.title, declared);
    for (const child of Object.values(node.shape)) visit(child as z.ZodType);
  };
  visit(schema);
  return [...seen.values()];
}

function collect(node: z.ZodType, path: readonly string[], section: string | undefined): EnvVariable[] {
  const declared = variables.get(node);
  if (declared) {
    if (!section) throw new Error(`${declared.name} is declared outside any section`);
    return [{ ...declared, path, section, schema: node }];
  }
  if (node instanceof z.ZodPipe) return collect(node.in as z.ZodType, path, section);
  if (node instanceof z.ZodObject) {
    const title = sections.get(node)?.title ?? section;
    return Object.entries(node.shape).flatMap(([key, child]) => collect(child as z.ZodType, [...path, key], title));
  }
  throw new Error(`${path.join('.') || '(root)'} is neither an environment variable nor a group of them`);
}

export class ConfigError extends Error {
  constructor(
    readonly issues: readonly string[],
    subject = 'configuration',
  ) {
    super(`Invalid ${subject}:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Read-only all the way down, as `parseEnvironment` freezes it. */
export type Frozen<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Reads every declared variable (its default when unset), parses the nested shape in one go and
 * freezes the result; throws a ConfigError naming each bad variable by its environment name.
 */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
  subject?: string,
): Frozen<z.output<S>> {
  const table = listEnvVariables(schema);
  const input: Record<string, unknown> = {};
  for (const variable of table) {
    let parent = input;
    for (const key of variable.path.slice(0, -1)) parent = (parent[key] ??= {}) as Record<string, unknown>;
    parent[variable.path.at(-1)!] = env[variable.name] ?? variable.default;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${variableAt(table, issue.path)}: ${issue.message}`),
      subject,
    );
  }
  return deepFreeze(parsed.data) as Frozen<z.output<S>>;
}

/**
 * Names an issue by the variable whose path starts the issue's (`WORKER_QUEUES.1` for a list's
 * second item); an issue about a whole section keeps its path.
 */
function variableAt(table: readonly EnvVariable[], path: readonly PropertyKey[]): string {
  const owner = table.find((v) => v.path.every((key, i) => path[i] === key));
  const rest = owner ? path.slice(owner.path.length) : path;
  return [...(owner ? [owner.name] : []), ...rest.map(String)].join('.') || '(root)';
}
