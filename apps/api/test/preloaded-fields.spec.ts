import 'reflect-metadata';
import { graphql } from 'graphql';
import {
  Authorized,
  buildSchema,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { resolvePreloadedFirst } from '../src/graphql/preloaded-fields';

// Each test file has its own type-graphql metadata storage: these classes stay here.
@ObjectType('Parcel', { simpleResolvers: true })
class Parcel {
  @Field()
  code: string;

  preloadedLabel?: string;
}

const calls: string[] = [];

@Resolver(() => Parcel)
class ParcelResolver {
  @Query(() => [Parcel])
  parcels(): Parcel[] {
    return [
      Object.assign(new Parcel(), { code: 'a', preloadedLabel: 'preloaded a' }),
      Object.assign(new Parcel(), { code: 'b' }),
    ];
  }

  @FieldResolver(() => String)
  label(@Root() parcel: Parcel): string {
    calls.push(parcel.code);
    return `loaded ${parcel.code}`;
  }

  @Authorized('secret:read')
  @FieldResolver(() => String)
  secret(): string {
    return 'x';
  }
}

@ObjectType('Box', { simpleResolvers: true })
class Box {
  @Field()
  code: string;
}

@Authorized('secret:read')
@Resolver(() => Box)
class GuardedBoxResolver {
  @Query(() => [Box])
  boxes(): Box[] {
    return [];
  }

  @FieldResolver(() => String)
  label(): string {
    return 'x';
  }
}

describe('resolvePreloadedFirst', () => {
  it('reads a preloaded value and calls the resolver only for rows without one', async () => {
    const schema = await buildSchema({ resolvers: [ParcelResolver], authChecker: () => true });
    resolvePreloadedFirst(schema, { Parcel: { label: 'preloadedLabel' } });
    const result = await graphql({ schema, source: '{ parcels { code label } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      parcels: [
        { code: 'a', label: 'preloaded a' },
        { code: 'b', label: 'loaded b' },
      ],
    });
    expect(calls).toEqual(['b']);
  });

  it('refuses a guarded field, an unknown type and a field without a resolver', async () => {
    const schema = await buildSchema({ resolvers: [ParcelResolver], authChecker: () => true });
    expect(() => resolvePreloadedFirst(schema, { Parcel: { secret: 'preloadedSecret' } })).toThrow(
      /Parcel\.secret has @Authorized/,
    );
    expect(() => resolvePreloadedFirst(schema, { Nothing: { x: 'y' } })).toThrow(/Nothing/);
    const guardedByClass = await buildSchema({
      resolvers: [GuardedBoxResolver],
      authChecker: () => true,
    });
    expect(() =>
      resolvePreloadedFirst(guardedByClass, { Box: { label: 'preloadedLabel' } }),
    ).toThrow(/Box\.label has @Authorized/);
    expect(() => resolvePreloadedFirst(schema, { Parcel: { code: 'y' } })).toThrow(
      /Parcel\.code has no resolver/,
    );
  });
});
