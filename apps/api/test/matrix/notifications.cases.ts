import { NotificationKind, NotificationSubject } from '../../src/notifications/notification.enums';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { MutationCase } from './world';

export const notificationsCases: MutationCase[] = [
  {
    mutation: 'markNotificationRead',
    document: `mutation($id: ID!) { markNotificationRead(id: $id) { id read } }`,
    async arrange({ t, area, member, coordinator, provider, clerk }) {
      // A notification of the member: only the member may read it, not other people of the area.
      const service = t.app.get(NotificationsService);
      const key = `matrix:${Date.now()}:${Math.random()}`;
      await t.db.transaction((tx) =>
        service.notify(tx, {
          areaId: area.id,
          kind: NotificationKind.DECISION,
          recipientIds: [member.person.id],
          subjectType: NotificationSubject.ACTION_PLAN,
          subjectId: area.id,
          key,
          params: { variant: 'approval', round: 'Matice', result: 'APPROVED' },
        }),
      );
      const [row] = await t.db.query<{ id: string }[]>(`SELECT id FROM notifications WHERE person_id = $1 AND dedupe_key = $2`, [member.person.id, key]);
      return { variables: { id: row!.id }, allowed: member.client, refused: [coordinator, provider, clerk] };
    },
  },
  {
    mutation: 'markAllNotificationsRead',
    // One's own notifications in the area of the request: another area's person has none here.
    createsInArea: true,
    document: `mutation { markAllNotificationsRead }`,
    async arrange({ member }) {
      return { variables: {}, allowed: member.client, refused: [] };
    },
  },
  {
    mutation: 'setNotificationPreference',
    createsInArea: true,
    document: `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind delivery } }`,
    async arrange({ member }) {
      return { variables: { input: { kind: 'DECISION', delivery: 'NEVER' } }, allowed: member.client, refused: [] };
    },
  },
];
