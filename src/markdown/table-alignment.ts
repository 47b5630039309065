/**
 * A Markdown (hast) plugin: the alignment Markdown gives a table column (`|:--|--:|`), which the parser
 * writes as an inline `style`, becomes a class (`align-right`…). The pages' Content-Security-Policy
 * runs no inline style, so the style would be dropped (and reported) by every browser.
 */
import { defineHastPlugin } from 'satteri';
import { TABLE_ALIGNMENT } from './body-policy.ts';

export const tableAlignment = defineHastPlugin({
  name: 'table-alignment',
  element: {
    filter: ['th', 'td'],
    visit(node, context) {
      const side = TABLE_ALIGNMENT.exec(String(node.properties?.['style'] ?? ''))?.[1];
      if (!side) return;
      context.setProperty(node, 'style', undefined);
      context.setProperty(node, 'className', [`align-${side}`]);
    },
  },
});
