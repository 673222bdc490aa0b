import DataLoader from 'dataloader';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import { loadConfig } from '../../config';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { pageSize, parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { toCustomerType } from '../customers/customer.mapper';
import { CustomerType } from '../customers/customer.type';
import { submitSurveyResponse } from './submit-survey-response.service';
import {
  distributionOf,
  npsFigures,
  shareFigures,
  toSurveyImportType,
  toSurveyResponseType,
  toSurveyType,
} from './survey.mapper';
import { findSurveyImport } from './survey-import.queries';
import { countScores } from './survey-report.query';
import { commentFilter, reportScope } from './survey-filter';
import {
  CesReportType,
  CsatReportType,
  NpsReportType,
  ReportGroupBy,
  SurveyReportFilter,
} from './survey-report.type';
import {
  listSurveyResponses,
  listSurveys,
  surveysByIds,
  type SurveyResponseRow,
} from './survey.queries';
import {
  SubmitSurveyResponseInput,
  SubmitSurveyResponsePayload,
  SurveyCommentFilter,
  SurveyConnection,
  SurveyFilter,
  SurveyImportType,
  SurveyResponseConnection,
  SurveyResponseType,
  SurveyType,
} from './survey.type';

const DEFAULT_FISCAL_YEAR_START = loadConfig().fiscalYearStartMonth;

/** Per-request survey loader, kept beside the context so batching never leaks between requests. */
const surveyLoaders = new WeakMap<GraphQLContext, DataLoader<string, SurveyType | null>>();
function surveyLoader(ctx: GraphQLContext) {
  let loader = surveyLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await surveysByIds(ctx.dataSource, ids);
      const byId = new Map(rows.map((r) => [r.id, toSurveyType(r, ctx.locale)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    surveyLoaders.set(ctx, loader);
  }
  return loader;
}

/** Callers without personal-data access (analysts by default) get masked comments only. */
export const isMasked = (ctx: GraphQLContext) => !ctx.actor?.permissions.has('personal-data:read');

function fiscalStart(month: number | null | undefined): number {
  const m = month ?? DEFAULT_FISCAL_YEAR_START;
  if (!Number.isInteger(m) || m < 1 || m > 12)
    throw badUserInput('fiscalYearStartMonth must be 1–12.');
  return m;
}

const GROUP_BY_ARG = {
  nullable: true,
  description: 'One group per plan, stage, month, fiscal quarter or fiscal year.',
} as const;
const FISCAL_ARG = {
  nullable: true,
  description: 'Month the fiscal year starts (1–12); default 4 (April) or the server setting.',
} as const;

@Resolver(() => SurveyType)
export class SurveyResolver {
  @Authorized('surveys:read')
  @Query(() => SurveyConnection, { description: 'Surveys, newest first.' })
  async surveys(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => SurveyFilter, { nullable: true }) filter?: SurveyFilter,
  ) {
    const page = await listSurveys(ctx.dataSource, {
      first: pageSize(first),
      after,
      kind: filter?.kind,
    });
    return toConnection(page, (row) => toSurveyType(row, ctx.locale));
  }

  @Authorized('surveys:read')
  @Query(() => NpsReportType, {
    description:
      'NPS overall and per group, with the 0–10 distribution. Counted in SQL; groups under smallSampleThreshold responses are flagged.',
  })
  async npsReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => SurveyReportFilter, { nullable: true }) filter?: SurveyReportFilter,
    @Arg('groupBy', () => ReportGroupBy, GROUP_BY_ARG) groupBy?: ReportGroupBy,
    @Arg('fiscalYearStartMonth', () => Int, FISCAL_ARG) fiscalYearStartMonth?: number,
  ): Promise<NpsReportType> {
    const counts = await countScores(
      ctx.dataSource,
      reportScope('NPS', filter),
      groupBy ?? null,
      fiscalStart(fiscalYearStartMonth),
    );
    const overall = npsFigures(counts.overall);
    return {
      ...overall,
      overall,
      groups: [...counts.groups].map(([key, c]) => ({ key, ...npsFigures(c) })),
      distribution: distributionOf(counts, 'NPS'),
      smallSampleThreshold: SMALL_SAMPLE_THRESHOLD,
    };
  }

  @Authorized('surveys:read')
  @Query(() => CsatReportType, { description: 'CSAT (1–5): share of 4–5 answers and the mean.' })
  async csatReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => SurveyReportFilter, { nullable: true }) filter?: SurveyReportFilter,
    @Arg('groupBy', () => ReportGroupBy, GROUP_BY_ARG) groupBy?: ReportGroupBy,
    @Arg('fiscalYearStartMonth', () => Int, FISCAL_ARG) fiscalYearStartMonth?: number,
  ): Promise<CsatReportType> {
    const report = await shareReport(ctx, 'CSAT', filter, groupBy, fiscalYearStartMonth);
    return { ...report, satisfiedShare: report.share };
  }

  @Authorized('surveys:read')
  @Query(() => CesReportType, { description: 'CES (1–7): mean and share of 5–7 answers.' })
  async cesReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => SurveyReportFilter, { nullable: true }) filter?: SurveyReportFilter,
    @Arg('groupBy', () => ReportGroupBy, GROUP_BY_ARG) groupBy?: ReportGroupBy,
    @Arg('fiscalYearStartMonth', () => Int, FISCAL_ARG) fiscalYearStartMonth?: number,
  ): Promise<CesReportType> {
    const report = await shareReport(ctx, 'CES', filter, groupBy, fiscalYearStartMonth);
    return { ...report, easyShare: report.share };
  }

  @Authorized('surveys:read')
  @Query(() => SurveyResponseConnection, {
    description:
      'Answers with a comment, newest first. Without personal-data access, comments come masked and respondents are withheld.',
  })
  async surveyComments(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => SurveyCommentFilter, { nullable: true }) filter?: SurveyCommentFilter,
  ) {
    const masked = isMasked(ctx);
    const page = await listSurveyResponses(ctx.dataSource, {
      first: pageSize(first),
      after,
      masked,
      filter: commentFilter(filter, true),
    });
    return toConnection(page, (row: SurveyResponseRow) => toSurveyResponseType(row, masked));
  }

  @Authorized('surveys:read')
  @Query(() => SurveyImportType, {
    nullable: true,
    description: 'A CSV import (POST /imports/survey-responses) with its progress and bad rows.',
  })
  async surveyImport(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<SurveyImportType | null> {
    const dbId = parseGlobalId(id, 'SurveyImport');
    if (!dbId) return null;
    return loadSurveyImport(ctx, dbId);
  }

  @Authorized('surveys:write')
  @Mutation(() => SubmitSurveyResponsePayload, {
    description:
      'Store one answer (integrators: scope surveys:write). The same answer sent twice is stored once.',
  })
  async submitSurveyResponse(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: SubmitSurveyResponseInput,
  ): Promise<SubmitSurveyResponsePayload> {
    const outcome = await submitSurveyResponse(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      {
        ...input,
        surveyId: parseGlobalId(input.surveyId, 'Survey'),
        customerId: parseGlobalId(input.customerId, 'Customer'),
      },
      ctx.clock.now(),
    );
    if (!outcome.ok)
      return {
        response: null,
        duplicate: false,
        userErrors: toUserErrors(outcome.errors, ctx.locale),
      };
    return {
      response: await loadSurveyResponse(ctx, outcome.responseId),
      duplicate: outcome.duplicate,
      userErrors: [],
    };
  }
}

@Resolver(() => SurveyResponseType)
export class SurveyResponseFieldsResolver {
  @FieldResolver(() => SurveyType)
  async survey(@Root() r: SurveyResponseType, @Ctx() ctx: GraphQLContext) {
    return surveyLoader(ctx).load(r.surveyDbId);
  }

  @FieldResolver(() => CustomerType, { nullable: true })
  async customer(
    @Root() r: SurveyResponseType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerType | null> {
    const c = await ctx.loaders.customers.byId.load(r.customerDbId);
    return c && Object.assign(new CustomerType(), toCustomerType(c, ctx.clock.now()));
  }
}

/** CSAT or CES figures, overall and per group, with the distribution. */
async function shareReport(
  ctx: GraphQLContext,
  kind: 'CSAT' | 'CES',
  filter: SurveyReportFilter | undefined,
  groupBy: ReportGroupBy | undefined,
  fiscalYearStartMonth: number | undefined,
) {
  const counts = await countScores(
    ctx.dataSource,
    reportScope(kind, filter),
    groupBy ?? null,
    fiscalStart(fiscalYearStartMonth),
  );
  const overall = shareFigures(counts.overall, kind);
  return {
    ...overall,
    overall,
    groups: [...counts.groups].map(([key, c]) => ({ key, ...shareFigures(c, kind) })),
    distribution: distributionOf(counts, kind),
    smallSampleThreshold: SMALL_SAMPLE_THRESHOLD,
  };
}

/** One answer as this caller may see it (masked without personal-data access), or null. */
export async function loadSurveyResponse(
  ctx: GraphQLContext,
  id: string,
): Promise<SurveyResponseType | null> {
  const masked = isMasked(ctx);
  const page = await listSurveyResponses(ctx.dataSource, {
    first: 1,
    masked,
    filter: { kind: null, withComment: false, responseIds: [id] },
  });
  return page.nodes[0] ? toSurveyResponseType(page.nodes[0], masked) : null;
}

export async function loadSurveyImport(
  ctx: Pick<GraphQLContext, 'dataSource' | 'locale'>,
  id: string,
): Promise<SurveyImportType | null> {
  const row = await findSurveyImport(ctx.dataSource, id);
  return row ? toSurveyImportType(row, ctx.locale) : null;
}
