import { PracticeAttachmentEntity } from '../../src/practices/practice-attachment.entity';
import { PracticeState } from '../../src/practices/practice.enums';
import { A_PDF, aPractice } from '../practice-fixtures';
import { MutationCase, World } from './world';

const aDraft = (world: World) => aPractice(world.t.db, world.area, { title: 'Koncept', body: 'Text.', state: PracticeState.DRAFT });

export const practicesCases: MutationCase[] = [
  {
    mutation: 'createPractice',
    createsInArea: true,
    document: `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      // Members and providers write only for an organisation they represent, and nobody represents a new one.
      const organisation = await t.fixtures.organisation(area);
      return {
        variables: { input: { title: 'Dobrá praxe', organisationId: organisation.id } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'updatePractice',
    document: `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }`,
    async arrange(world) {
      const practice = await aDraft(world);
      return {
        variables: { input: { id: practice.id, revision: 1, title: 'Nový název' } },
        allowed: world.coordinator.client,
        refused: [world.member, world.provider, world.clerk],
      };
    },
  },
  {
    mutation: 'publishPractice',
    document: `mutation($id: ID!) { publishPractice(id: $id) { id } }`,
    async arrange(world) {
      const practice = await aDraft(world);
      return { variables: { id: practice.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'unpublishPractice',
    document: `mutation($id: ID!) { unpublishPractice(id: $id) { id } }`,
    async arrange(world) {
      const practice = await aPractice(world.t.db, world.area, { title: 'Zveřejněný', body: 'Text.' });
      return { variables: { id: practice.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'deletePractice',
    document: `mutation($id: ID!) { deletePractice(id: $id) }`,
    async arrange(world) {
      const practice = await aDraft(world);
      return { variables: { id: practice.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'deletePracticeAttachment',
    document: `mutation($id: ID!) { deletePracticeAttachment(id: $id) }`,
    async arrange(world) {
      const practice = await aDraft(world);
      const attachment = await world.t.db.getRepository(PracticeAttachmentEntity).save({
        areaId: world.area.id,
        practiceId: practice.id,
        fileName: 'a.pdf',
        mediaType: 'application/pdf',
        size: A_PDF.length,
        sha256: '0'.repeat(64),
        content: A_PDF,
        uploadedById: null,
      });
      return { variables: { id: attachment.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
];
