import { Field, InputType } from 'type-graphql';
import type { SegmentStage } from '@kizuna/domain';
import { SegmentNpsBandEnum, SegmentStageEnum, type SegmentNpsBand } from './health.type';

@InputType({ description: 'One cell of the 9-cell map (customerSegmentMap).' })
export class CustomerSegmentFilter {
  @Field(() => SegmentStageEnum)
  stage: SegmentStage;

  @Field(() => SegmentNpsBandEnum)
  npsBand: SegmentNpsBand;
}
