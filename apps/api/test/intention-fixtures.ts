import { AreaEntity } from '../src/areas/area.entity';
import { DevelopmentIntentionEntity } from '../src/intentions/development-intention.entity';
import { IntentionCallEntity } from '../src/intentions/intention-call.entity';
import { IntentionKind, IntentionState } from '../src/intentions/intention.enums';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../src/services/service-catalogue';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { User } from './fixtures';
import { TestApp } from './harness';

let registration = 1000000 + Math.floor(Math.random() * 8000000);

/** A logged-in provider: AreaRole.PROVIDER and a current membership in the organisation. */
export async function aProvider(t: TestApp, area: AreaEntity, organisation: OrganisationEntity): Promise<User> {
  const user = await t.fixtures.user(area, [AreaRole.PROVIDER]);
  await t.fixtures.organisationMembership(organisation, user.person);
  return user;
}

/** A registered outpatient home-care service (§40) of 20 clients at once, for seniors. */
export function aService(t: TestApp, organisation: OrganisationEntity, overrides: Partial<SocialServiceEntity> = {}): Promise<SocialServiceEntity> {
  registration += 1;
  return t.db.getRepository(SocialServiceEntity).save({
    areaId: organisation.areaId,
    organisationId: organisation.id,
    type: ServiceType.HOME_CARE,
    registrationId: String(registration),
    name: `Pečovatelská služba ${registration}`,
    targetGroups: [TargetGroup.SENIORS],
    form: ServiceForm.OUTPATIENT,
    capacity: 20,
    capacityUnit: CapacityUnit.CLIENTS_AT_ONCE,
    areaServed: 'Olomouc',
    contact: '',
    ...overrides,
  });
}

/** An intention stored directly, by default a capacity increase 20 → 30 of `service`, in `state`. */
export function anIntention(
  t: TestApp,
  service: SocialServiceEntity,
  reviewingGroupId: string,
  overrides: Partial<DevelopmentIntentionEntity> = {},
): Promise<DevelopmentIntentionEntity> {
  const repo = t.db.getRepository(DevelopmentIntentionEntity);
  return repo.save(
    repo.create({
      areaId: service.areaId,
      organisationId: service.organisationId,
      kind: IntentionKind.CAPACITY_INCREASE,
      state: IntentionState.DRAFT,
      serviceId: service.id,
      currentCapacity: service.capacity,
      proposedCapacity: service.capacity + 10,
      capacityUnit: service.capacityUnit,
      fteChange: '2.50',
      annualCost: '1250000.50',
      funding: { municipality: '250000.00', region: '1000000.50', state: '0', eu: '0', other: '0' },
      startYear: 2027,
      justification: 'Čekatelé na službu.',
      reviewingGroupId,
      opinionReasons: null,
      opinionMeetingId: null,
      submittedAt: null,
      ...overrides,
    }),
  );
}

export function aCall(t: TestApp, area: AreaEntity, year: number, deadline: string): Promise<IntentionCallEntity> {
  return t.db.getRepository(IntentionCallEntity).save({ areaId: area.id, year, deadline });
}
