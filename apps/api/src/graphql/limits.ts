import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';

export const LIMITS = {
  depth: 10,
  aliases: 30,
  /** Points: one per field, list pages multiplied by their size (200 items × 50 fields). */
  complexity: 10000,
  /** Bytes of a request body. */
  bodyBytes: 512 * 1024,
};

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function depthOf(selection: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selection) return 0;
  let deepest = 0;
  for (const node of selection.selections) {
    if (node.kind === Kind.FIELD) {
      if (node.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(node.selectionSet, fragments, seen));
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(node.selectionSet, fragments, seen));
    } else if (!seen.has(node.name.value)) {
      const fragment = fragments[node.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, node.name.value])));
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than LIMITS.depth (introspection fields are not counted). */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > LIMITS.depth) context.reportError(limitError(`Query depth ${depth} exceeds the limit of ${LIMITS.depth}.`));
    },
  };
}

/** Refuses documents with more than LIMITS.aliases aliased fields (alias-based amplification). */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  const aliased = new Set<FieldNode>();
  let reported = false;
  return {
    Field(node: FieldNode) {
      if (node.alias) aliased.add(node);
      if (aliased.size > LIMITS.aliases && !reported) {
        reported = true;
        context.reportError(limitError(`More than ${LIMITS.aliases} aliases in one request.`));
      }
    },
  };
}

/** Estimates an operation's cost before running it; list fields multiply by their page size. */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > LIMITS.complexity) {
            throw limitError(`Query complexity ${complexity} exceeds the limit of ${LIMITS.complexity}.`);
          }
        },
      };
    },
  };
}
