import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  getNullableType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLContext } from './context';
import { fragmentsOf } from './selection';

/**
 * The most fields one operation may ask for, estimated before it runs. The integrator's page of
 * 100 customers with subscription, plan and options costs ~4,100; a page of 100 with every
 * customer field and list ~30,600. A query of many aliased pages, or of pages nested in pages,
 * would make one request run hundreds of statements and build a response of millions of
 * fields: refused instead, with the estimate, before anything runs.
 */
export const MAX_QUERY_COST = 50_000;
/** Items assumed for a list field without `first` (an option set, a timeline). */
export const ASSUMED_LIST_ITEMS = 10;
/** Items of a connection whose `first` is not known (absent, or not a number): its maximum. */
const MAX_FIRST = 100;
/**
 * A connection's `totalCount` runs a count over every matching row, whatever `first` says:
 * it costs as much as a page of 100 one-field rows, once per connection (not per item).
 */
export const TOTAL_COUNT_COST = 100;
/** Fields whose work is not their response size (ADR 0012). */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // Re-hashes the whole audit chain (once per request: aliases share it).
  'Query.auditChainStatus': 1_000,
};

/** A selection's cost: per item of the enclosing list, and once per enclosing connection. */
interface Cost {
  perItem: number;
  perConnection: number;
}
const add = (a: Cost, b: Cost): Cost => ({
  perItem: a.perItem + b.perItem,
  perConnection: a.perConnection + b.perConnection,
});

/**
 * The estimated number of fields the operation's response holds: each field counts 1, times the
 * items of every list around it — `first` of a connection (its `edges` / `nodes` add no factor
 * of their own), `ASSUMED_LIST_ITEMS` for another list. Fragments are counted once each and
 * scaled where spread, so the estimate takes time linear in the document, never in its
 * expansion. Inline fragments on different types are all counted (an upper bound). Work that
 * is not response size is counted too: a connection's `totalCount` costs `TOTAL_COUNT_COST` once
 * per connection (even with `first: 0`), the fields of `FIELD_COSTS` their own cost.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = fragmentsOf(document);
  const fragmentCosts = new Map<string, Cost>();

  const itemsOf = (
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    parent: GraphQLCompositeType,
  ): number => {
    if (field.args.some((a) => a.name === 'first')) {
      const arg = node.arguments?.find((a) => a.name.value === 'first')?.value;
      const value =
        arg?.kind === Kind.INT
          ? Number(arg.value)
          : arg?.kind === Kind.VARIABLE
            ? variables[arg.name.value]
            : undefined;
      return typeof value === 'number' && value >= 0 ? value : MAX_FIRST;
    }
    if (!isListType(getNullableType(field.type))) return 1;
    // A connection's edges are as many as its `first`, already counted.
    return parent.name.endsWith('Connection') ? 1 : ASSUMED_LIST_ITEMS;
  };

  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType): Cost => {
    let cost: Cost = { perItem: 0, perConnection: 0 };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === 'totalCount' && type.name.endsWith('Connection')) {
          cost = add(cost, { perItem: 0, perConnection: TOTAL_COUNT_COST });
          continue;
        }
        cost = add(cost, { perItem: FIELD_COSTS[`${type.name}.${name}`] ?? 1, perConnection: 0 });
        const field = 'getFields' in type ? type.getFields()[name] : undefined;
        const named = field && getNamedType(field.type);
        if (field && selection.selectionSet && named && isCompositeType(named)) {
          const inner = costOf(selection.selectionSet, named);
          const items = itemsOf(field, selection, type);
          // A connection's own fields (totalCount) run once, even for first: 0; the rest
          // (edges, nodes) once per item. Any other list repeats everything per item.
          const isConnection = field.args.some((a) => a.name === 'first');
          cost = add(cost, {
            perItem: isConnection
              ? items * inner.perItem + inner.perConnection
              : items * (inner.perItem + inner.perConnection),
            perConnection: 0,
          });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition && isCompositeType(condition)) {
          cost = add(cost, costOf(selection.selectionSet, condition));
        }
      } else {
        const name = selection.name.value;
        let fragmentCost = fragmentCosts.get(name);
        if (fragmentCost === undefined) {
          // a cycle (refused by validation) adds nothing
          fragmentCosts.set(name, { perItem: 0, perConnection: 0 });
          const fragment = fragments.get(name);
          const condition = fragment && schema.getType(fragment.typeCondition.name.value);
          fragmentCost =
            fragment && condition && isCompositeType(condition)
              ? costOf(fragment.selectionSet, condition)
              : { perItem: 0, perConnection: 0 };
          fragmentCosts.set(name, fragmentCost);
        }
        cost = add(cost, fragmentCost);
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const cost = costOf(operation.selectionSet, root);
  return cost.perItem + cost.perConnection;
}

/**
 * Refuses an operation whose estimated cost is over `MAX_QUERY_COST`, before it runs. Apollo runs
 * the plugins' `didResolveOperation` hooks together, not in turn: an anonymous caller is left to
 * the sign-in check (which refuses all but `login`), so it learns nothing about cost.
 */
export function queryCostPlugin(maxCost = MAX_QUERY_COST): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || !contextValue.actor) return;
          const cost = queryCost(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `The query asks for about ${cost.toLocaleString('en')} fields, more than the ${maxCost.toLocaleString('en')} one request may: ask for fewer items (first) or split it into several requests.`,
            { extensions: { code: 'BAD_USER_INPUT', cost, maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
