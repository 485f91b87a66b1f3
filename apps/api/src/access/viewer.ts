import { forbidden } from '../common/errors/domain.exception';
import { AreaEntity } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { Locale } from '../common/i18n/translate';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';

/** Who is asking: their account (if logged in), the area the request is about and their person there. */
export interface Viewer {
  account: AccountEntity | null;
  area: AreaEntity | null;
  person: PersonEntity | null;
  locale: Locale;
}

export const hasAreaRole = (viewer: Viewer, ...roles: AreaRole[]): boolean =>
  viewer.person !== null && roles.some((role) => viewer.person?.roles.includes(role));

/** The area of the request; rules such as areaMember guarantee it, so its absence is a refusal. */
export const areaIdOf = (viewer: Viewer): string => {
  if (!viewer.area) throw forbidden();
  return viewer.area.id;
};
