import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { findNodeAtLocation, type Node as JsonNode, parseTree } from "jsonc-parser";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { exitCodes } from "./exit-code.js";
import { jsonSyntaxError, positionOf } from "./json-syntax.js";
import { fail } from "./messages.js";
import { decodeText } from "./utf8-check.js";

/** A place in a source file: line and column, both 1-based. */
export interface SourcePosition {
  /** Line (1-based). */
  line: number;
  /** Column (1-based, in characters). */
  column: number;
}

/** A JSON or YAML file read as data, able to say where each part of it is. */
export interface SourceDocument {
  /** The file's name as given. */
  name: string;
  /** Its syntax. */
  kind: "json" | "yaml";
  /** The data. */
  value: unknown;
  /**
   * Where the value at a path is (a missing key: where its closest existing parent is); with `atKey`, where the
   * last key of the path is written, so that an unknown key is pointed at.
   */
  locate(path: readonly (string | number)[], atKey?: boolean): SourcePosition;
}

/** The largest rule set or test file read: 32 MiB. */
const MAX_SOURCE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a JSON or YAML file (by its extension; else JSON when it starts with `{` or `[`). A file that is missing,
 * too large, not text, or not valid JSON or YAML ends the command with exit code 2 and the line and column of
 * the error. YAML aliases are expanded at most 100 times (no "billion laughs").
 */
export async function readSourceDocument(file: string, cwd: string): Promise<SourceDocument> {
  const path = resolve(cwd, file);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return fail(exitCodes.usage, "input.not-found", { file });
  if (!info.isFile() || info.size > MAX_SOURCE_BYTES)
    return fail(exitCodes.usage, "input.unreadable", { file });
  const bytes = await readFile(path);
  const text = decodeText(
    bytes.subarray(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0),
  );
  if (text === undefined) return fail(exitCodes.usage, "input.binary", { file, byte: 0 });
  if (text.trim() === "") return fail(exitCodes.usage, "input.empty", { file });
  const ext = extname(file).toLowerCase();
  const kind =
    ext === ".yaml" || ext === ".yml" ? "yaml" : ext === ".json" || /^\s*[[{]/.test(text) ? "json" : "yaml";
  return kind === "json" ? jsonDocument(file, text) : yamlDocument(file, text);
}

/** Parses JSON text as a {@link SourceDocument} (exported for tests and for text not read from a file). */
export function jsonDocument(name: string, text: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    const pos = positionOf(text, error?.offset ?? text.length);
    return fail(exitCodes.usage, "source.json-syntax", {
      file: name,
      line: pos.line,
      column: pos.column,
      problem: error?.problem ?? "<unknown ParseErrorCode>",
    });
  }
  const root = parseTree(text);
  const at = (offset: number): SourcePosition => {
    const { line, column } = positionOf(text, offset);
    return { line, column };
  };
  return {
    name,
    kind: "json",
    value,
    locate(path, atKey = false) {
      if (root === undefined) return { line: 1, column: 1 };
      for (let n = path.length; n >= 0; n--) {
        const node: JsonNode | undefined = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
        if (node === undefined) continue;
        const keyed = atKey && n > 0 && n === path.length && node.parent?.type === "property";
        return at(keyed ? node.parent!.offset : node.offset);
      }
      return at(root.offset);
    },
  };
}

/** Parses YAML text as a {@link SourceDocument}. */
export function yamlDocument(name: string, text: string): SourceDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = lines.linePos(error.pos[0]);
    return fail(exitCodes.usage, "source.yaml-syntax", {
      file: name,
      line: pos.line,
      column: pos.col,
      problem: error.code.toLowerCase().replaceAll("_", "-"),
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return fail(exitCodes.usage, "source.yaml-syntax", {
      file: name,
      line: 1,
      column: 1,
      problem: "resource-exhaustion",
    });
  }
  const at = (offset: number): SourcePosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return {
    name,
    kind: "yaml",
    value,
    locate(path, atKey = false) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node === undefined || node === null || typeof node !== "object") continue;
        if (atKey && n > 0 && n === path.length) {
          const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
          if (isMap(parent)) {
            const key = path[n - 1];
            const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
            const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
            if (range) return at(range[0]);
          }
        }
        if (node.range) return at(node.range[0]);
      }
      return { line: 1, column: 1 };
    },
  };
}
