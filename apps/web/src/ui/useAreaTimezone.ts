import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { AreaDocument } from '../auth/auth.operations';

/** The time zone the area schedules in (Europe/Prague until the area says otherwise): meetings, rounds and votes open and close at wall-clock times there. */
export function useAreaTimezone(): string {
  const { area = '' } = useParams();
  const { data } = useQuery(AreaDocument, { variables: { slug: area }, skip: !area });
  return data?.area?.timezone ?? 'Europe/Prague';
}
