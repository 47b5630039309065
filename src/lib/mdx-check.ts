/**
 * Checks the body of an MDX news item before it reaches a page.
 *
 * MDX is code: a misspelt name in `{expression}` fails only when a page renders it (naming the route,
 * not the file), and `{process.env.HOME}` would print the build machine's details. So every name an
 * expression or component uses must be imported or exported in the same file, or be one of the
 * components the site provides to news items.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './content-problem.ts';

type Node = { type: string; [key: string]: unknown };
type Position = { start: { line: number; column: number } };

/** Components every MDX news item may use without importing them (see `src/components/mdx/`). */
export const NEWS_COMPONENTS = ['ProfileFact'] as const;

/**
 * Returns every problem in an MDX body: syntax errors and undefined names.
 * `firstLine` is the file line where the body starts, so lines point into the file.
 */
export function checkMdxBody(
  body: string,
  file: string,
  firstLine = 1,
  components: readonly string[] = NEWS_COMPONENTS,
): ContentProblem[] {
  const lineInFile = (line: number) => line + firstLine - 1;
  let tree: Node;
  try {
    tree = createProcessor({ format: 'mdx' }).parse(body) as unknown as Node;
  } catch (error) {
    const { reason, ...where } = error as {
      line?: number;
      place?: { line?: number; start?: { line: number } };
      reason?: string;
    };
    const line = where.line ?? where.place?.start?.line ?? where.place?.line;
    return [
      {
        file,
        ...(line ? { line: lineInFile(line) } : {}),
        field: 'body',
        message: `MDX syntax error: ${reason ?? (error as Error).message}`,
      },
    ];
  }

  const declared = new Set<string>(['props', ...components]);
  const used: { name: string; position?: Position }[] = [];

  visit(tree, (node) => {
    const estree = (node.data as { estree?: Node } | undefined)?.estree;
    if (node.type === 'mdxjsEsm' && estree) {
      for (const name of declaredByModule(estree)) declared.add(name);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name as string | null;
      if (name && /^[A-Z]/.test(name))
        used.push({ name: name.split('.')[0]!, position: node.position as Position });
      for (const attribute of (node.attributes as Node[]) ?? []) {
        const value = attribute.value as Node | undefined;
        const attributeTree =
          (attribute.data as { estree?: Node } | undefined)?.estree ??
          (value && typeof value === 'object'
            ? (value.data as { estree?: Node } | undefined)?.estree
            : undefined);
        if (attributeTree) collectReferences(attributeTree, node.position as Position, used);
      }
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && estree) {
      collectReferences(estree, node.position as Position, used);
    }
  });

  return used
    .filter(({ name }) => !declared.has(name))
    .map(({ name, position }) => ({
      file,
      ...(position ? { line: lineInFile(position.start.line) } : {}),
      field: 'body',
      value: name,
      message:
        `uses "${name}", which is not defined: MDX may only use names imported or exported in ` +
        `the same file, or the components ${components.join(', ')}`,
    }));
}

function visit(node: Node, enter: (node: Node) => void): void {
  enter(node);
  for (const child of (node.children as Node[] | undefined) ?? []) visit(child, enter);
}

/** Names an `import`/`export` block brings into scope. */
function declaredByModule(program: Node): string[] {
  const names: string[] = [];
  for (const statement of program.body as Node[]) {
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers as Node[])
        names.push((specifier.local as { name: string }).name);
    } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      walkEstree(statement.declaration as Node, (node) => {
        if (node.type === 'VariableDeclarator') names.push(...patternNames(node.id as Node));
        if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) {
          names.push((node.id as { name: string }).name);
        }
      });
    }
  }
  return names;
}

/**
 * Free names an expression reads. Names bound inside it (arrow function parameters, destructuring)
 * are treated as bound everywhere in that expression: a deliberate simplification, since news items
 * hold small expressions, that can only let a rare name through, never flag a good one.
 */
function collectReferences(
  program: Node,
  position: Position,
  into: { name: string; position?: Position }[],
): void {
  const bound = new Set<string>();
  const references: string[] = [];
  walkEstree(program, (node, parent, key) => {
    if ('params' in node && Array.isArray(node.params)) {
      for (const param of node.params as Node[]) for (const name of patternNames(param)) bound.add(name);
    }
    if (node.type === 'VariableDeclarator') for (const name of patternNames(node.id as Node)) bound.add(name);
    if (node.type === 'Identifier' && isReference(parent, key)) references.push(node.name as string);
    if (node.type === 'JSXIdentifier' && /^[A-Z]/.test(node.name as string) && key === 'name') {
      references.push(node.name as string);
    }
  });
  for (const name of references) if (!bound.has(name)) into.push({ name, position });
}

function isReference(parent: Node | undefined, key: string | undefined): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition') &&
    key === 'key' &&
    !parent.computed
  ) {
    return false;
  }
  if (
    parent.type === 'LabeledStatement' ||
    parent.type === 'BreakStatement' ||
    parent.type === 'ContinueStatement'
  ) {
    return false;
  }
  return true;
}

function patternNames(pattern: Node | null | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string];
    case 'ObjectPattern':
      return (pattern.properties as Node[]).flatMap((property) =>
        patternNames((property.type === 'RestElement' ? property.argument : property.value) as Node),
      );
    case 'ArrayPattern':
      return (pattern.elements as (Node | null)[]).flatMap((element) => patternNames(element));
    case 'RestElement':
      return patternNames(pattern.argument as Node);
    case 'AssignmentPattern':
      return patternNames(pattern.left as Node);
    default:
      return [];
  }
}

function walkEstree(
  node: Node,
  enter: (node: Node, parent: Node | undefined, key: string | undefined) => void,
  parent?: Node,
  key?: string,
): void {
  enter(node, parent, key);
  for (const [childKey, value] of Object.entries(node)) {
    if (childKey === 'loc' || childKey === 'range' || childKey === 'position') continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && typeof (item as Node).type === 'string') {
          walkEstree(item as Node, enter, node, childKey);
        }
      }
    } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
      walkEstree(value as Node, enter, node, childKey);
    }
  }
}
