// Types of scripts/public-names.mjs, for the packages' src/public-names.test.ts.

/** The kind of a public name: values (class, const, enum, function, namespace) and types (interface, type). */
export type PublicNameKind = "class" | "const" | "enum" | "function" | "namespace" | "interface" | "type";

/** One entry point of a package's "exports" map and the names it exports (none for data such as JSON). */
export interface PublicEntry {
  subpath: string;
  data: boolean;
  names: { kind: PublicNameKind; name: string }[];
}

/** The public names of one package. */
export interface PublicNames {
  name: string;
  entries: PublicEntry[];
}

/** The command that rewrites the committed lists. */
export const regenerateCommand: string;
export function listPublicNames(packageDir: string): PublicNames;
export function countPublicNames(list: PublicNames): { values: number; types: number };
export function formatPublicNames(list: PublicNames): string;
export function readPublicNames(packageDir: string): string;
export function checkPublicNames(
  packageDir: string,
  list?: PublicNames,
): {
  actual: string;
  committed: string;
  added: string[];
  dropped: string[];
};
export function packageDirs(): string[];
