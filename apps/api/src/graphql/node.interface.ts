import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a stable, opaque global id.' })
export abstract class NodeInterface {
  @Field(() => ID)
  id: string;
}
