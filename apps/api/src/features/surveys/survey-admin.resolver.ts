import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import {
  CreateSurveyInput,
  CreateSurveyPayload,
  UpdateSurveyInput,
  UpdateSurveyPayload,
} from './survey-admin.inputs';
import { createSurvey, updateSurvey, type SurveyOutcome } from './survey-admin.service';
import { toSurveyType } from './survey.mapper';

/** Survey administration (ADMIN, surveys:manage). */
@Resolver()
export class SurveyAdminResolver {
  @Authorized('surveys:manage')
  @Mutation(() => CreateSurveyPayload, { description: 'Add a survey (NPS, CSAT or CES).' })
  async createSurvey(@Ctx() ctx: GraphQLContext, @Arg('input') input: CreateSurveyInput) {
    const who = { actor: ctx.actor!, requestId: ctx.requestId };
    return payload(ctx, await createSurvey(ctx.dataSource, who, input));
  }

  @Authorized('surveys:manage')
  @Mutation(() => UpdateSurveyPayload, { description: 'Edit texts, or (de)activate a survey.' })
  async updateSurvey(@Ctx() ctx: GraphQLContext, @Arg('input') input: UpdateSurveyInput) {
    const who = { actor: ctx.actor!, requestId: ctx.requestId };
    const id = parseGlobalId(input.surveyId, 'Survey');
    return payload(ctx, await updateSurvey(ctx.dataSource, who, id, input));
  }
}

function payload(ctx: GraphQLContext, outcome: SurveyOutcome) {
  return outcome.ok
    ? { survey: toSurveyType(outcome.survey, ctx.locale), userErrors: [] }
    : { survey: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
}
