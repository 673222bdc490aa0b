import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize } from '../../graphql/relay';
import { listSurveyImports } from './survey-import.queries';
import { toSurveyImportType, type SurveyImportRow } from './survey.mapper';
import { SurveyImportConnection } from './survey.type';

@Resolver()
export class SurveyImportResolver {
  @Authorized('surveys:read')
  @Query(() => SurveyImportConnection, {
    description:
      'CSV imports of survey answers, newest first: who uploaded which file (its name as stored: erasure clears a name that names a person), when, the counts and the status.',
  })
  async surveyImports(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await listSurveyImports(ctx.dataSource, { first: pageSize(first), after });
    return toConnection(page, (row: SurveyImportRow) => toSurveyImportType(row, ctx.locale));
  }
}
