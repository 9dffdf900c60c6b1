// A typedoc plugin: every exported function, class and constant of a package must have a
// summary and an `@example`, since the API reference is where users learn each one. A missing
// one is a warning, which `treatWarningsAsErrors` makes fail `npm run docs`.
import { Converter, ReflectionKind } from "typedoc";

const VALUE_KINDS = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;

const commentOf = (reflection) => reflection.comment ?? reflection.signatures?.find((signature) => signature.comment)?.comment;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(VALUE_KINDS)) {
      // Only the package's own exports: members of classes or namespaces are documented with them.
      if (reflection.parent !== project && !reflection.parent?.kindOf(ReflectionKind.Module)) continue;
      const comment = commentOf(reflection);
      const missing = [];
      if (!comment?.summary.some((part) => part.text.trim() !== "")) missing.push("summary");
      if (!comment?.blockTags.some((tag) => tag.tag === "@example")) missing.push("@example");
      if (missing.length > 0) app.logger.warn(`${project.packageName ?? project.name}: ${reflection.name} has no ${missing.join(" and no ")}`);
    }
  });
}
