import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { MeasureAreaDocument } from './measures.operations';

/** The currency of the area's amounts: złoty in a Polish area, koruna otherwise. */
export function useAreaCurrency(): string {
  const { area = '' } = useParams();
  const { data } = useQuery(MeasureAreaDocument);
  const locale = data?.me?.memberships.find((membership) => membership.area.slug === area)?.area.defaultLocale;
  return locale === 'pl' ? 'PLN' : 'CZK';
}
