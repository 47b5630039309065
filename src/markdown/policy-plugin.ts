/**
 * The body policy in the build's Markdown and MDX pipeline (satteri): a backstop behind the content
 * loader, which refuses the same bodies first with their lines. Should a body ever reach the
 * compiler with anything the policy refuses, the build stops here and names the file and the
 * constructs; nothing is stripped silently and nothing reaches a page.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { bodyViolations } from './body-policy.ts';

export const bodyPolicy = defineHastPlugin({
  name: 'body-policy',
  before(root, context) {
    const violations = bodyViolations(root);
    if (violations.length === 0) return;
    const file = context.fileURL ? fileURLToPath(context.fileURL) : 'a news body';
    throw new Error(
      `${file}: ${violations.length} construct${violations.length === 1 ? '' : 's'} not allowed in a news body:\n` +
        violations.map((violation) => `  ${violation.construct}: ${violation.message}`).join('\n'),
    );
  },
});
