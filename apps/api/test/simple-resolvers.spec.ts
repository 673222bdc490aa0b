import { Authorized, Field, ObjectType } from 'type-graphql';
import { assertSimpleFieldsUnguarded } from '../src/graphql/simple-resolvers';

// Each test file has its own type-graphql metadata storage: these classes stay here.
describe('simpleResolvers guard', () => {
  it('accepts plain fields and refuses @Authorized on a field that a simple resolver would skip', () => {
    @ObjectType('PlainThing', { simpleResolvers: true })
    class PlainThing {
      @Field()
      name: string;
    }
    expect(PlainThing).toBeDefined();
    expect(() => assertSimpleFieldsUnguarded()).not.toThrow();

    @ObjectType('GuardedThing', { simpleResolvers: true })
    class GuardedThing {
      @Authorized('audit:read')
      @Field()
      secret: string;
    }
    expect(GuardedThing).toBeDefined();
    expect(() => assertSimpleFieldsUnguarded()).toThrow(/GuardedThing\.secret/);
  });
});
