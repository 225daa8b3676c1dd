// @ts-check
/**
 * TypeDoc plugin: the exported zod schemas (and other exported constants) are documented on the
 * constant itself and through their inferred types (`Case`, `Permit`, …), whose properties carry
 * their own comments. TypeDoc would otherwise also expand each constant's zod type (`ZodObject<{…}>`)
 * into thousands of undocumented anonymous properties, which `validation.notDocumented` reports.
 * This removes only undocumented properties that sit inside the type of an exported variable.
 */
import { Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Reflection} reflection */
function insideVariableType(reflection) {
  for (let r = reflection.parent; r !== undefined; r = r.parent) {
    if (r.kindOf(ReflectionKind.Variable)) return true;
    if (r.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) return false;
  }
  return false;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (!reflection.hasComment() && insideVariableType(reflection)) project.removeReflection(reflection);
    }
  });
}
