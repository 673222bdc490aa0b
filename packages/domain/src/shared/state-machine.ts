/** A workflow as data: for each state, the states it may move to. */
export type Transitions<S extends string> = { [K in S]: { to: readonly S[] } };

/** May a workflow in state `from` move to `to`? */
export function canTransition<S extends string>(map: Transitions<S>, from: S, to: S): boolean {
  return map[from].to.includes(to);
}
