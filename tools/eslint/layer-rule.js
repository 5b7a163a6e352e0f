// ESLint rule `portcullis/layers`: resolves each relative import against the importing file and
// fails when it crosses into a layer the DESIGN.md table does not allow, naming the allowed ones.
import path from 'node:path';
import { LAYERS, PURE_LAYERS } from './layers.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const top = rel.split(path.sep)[0];
  return top in LAYERS ? top : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the DESIGN.md layer table between folders of src/' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const allowed = LAYERS[from];
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('node:') && PURE_LAYERS.includes(from)) {
        context.report({
          node,
          message: `src/${from} is a pure layer and may not import '${source}' (no I/O; take it as a parameter).`,
        });
        return;
      }
      if (!source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source));
      if (!to || to === from || allowed.includes(to)) return;
      const may = allowed.length ? allowed.map((l) => `src/${l}`).join(', ') : 'nothing outside itself';
      context.report({
        node,
        message: `Layer violation: src/${from} may not import src/${to} ('${source}'). src/${from} may import: ${may}.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
