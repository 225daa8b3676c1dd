// @ts-check
/**
 * TypeDoc plugin: the structure of the site, from docs/typedoc/site.json.
 * - Every export of a package's main entry point gets the topic of the source file it is declared in as its
 *   category, so the reference reads by topic (cases, people, permits, …) instead of one alphabetical list.
 *   An export from a file the table does not place is reported as a warning, which fails the build.
 * - The Markdown pages that carry no front matter (the generated catalogues, the design and decisions
 *   pages, kept plain for GitHub) get their title, group and category from the table.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

const site = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "site.json"), "utf8"));

/** @type {Map<string, Map<string, string>>} package name -> (file relative to src -> topic) */
const topics = new Map();
for (const [pkg, byTopic] of Object.entries(site.topics)) {
  const files = new Map();
  for (const [topic, list] of Object.entries(byTopic)) for (const file of list) files.set(file, topic);
  topics.set(pkg, files);
}

/** @type {Map<string, { title: string, group: string, category: string }>} page file name without .md -> place */
const pages = new Map(Object.entries(site.pages).map(([path, place]) => [basename(path, ".md"), place]));

/**
 * The package and the file (relative to the package) an export is declared in.
 * @param {import("typedoc").ProjectReflection} project
 * @param {import("typedoc").Reflection} reflection
 */
function declaredIn(project, reflection) {
  const id = project.getSymbolIdFromReflection(reflection);
  return id === undefined ? undefined : { pkg: id.packageName, file: String(id.packagePath) };
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const place = pages.get(document.name);
    if (place === undefined || typeof document.frontmatter.title === "string") return;
    document.name = place.title;
    document.frontmatter.group ??= place.group;
    document.frontmatter.category ??= place.category;
  });

  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      // In "packages" mode each package is its own project here, not yet named: its name comes from the
      // package.json above the files its exports are declared in.
      const modules = project.children?.filter((c) => c.kindOf(ReflectionKind.Module)) ?? [];
      for (const child of project.children ?? []) {
        if (child.kindOf(ReflectionKind.Module)) continue;
        place(child);
      }
      for (const module of modules) {
        const first = module.children?.[0];
        const pkg = first === undefined ? undefined : declaredIn(project, first)?.pkg;
        if (pkg !== undefined && module.name === pkg) for (const child of module.children ?? []) place(child);
      }

      /** @param {import("typedoc").DeclarationReflection} child */
      function place(child) {
        const where = declaredIn(project, child);
        const files = where === undefined ? undefined : topics.get(where.pkg);
        if (where === undefined || files === undefined) return;
        const topic = files.get(where.file.replace(/^src\//, ""));
        if (topic === undefined) {
          app.logger.warn(
            `${child.name} (${where.pkg}: ${where.file}) has no topic: place its file in docs/typedoc/site.json`,
          );
          return;
        }
        child.comment ??= new Comment();
        child.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: topic }]));
      }
    },
    100,
  );
}
