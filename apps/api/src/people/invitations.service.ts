import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { areaIdOf, Viewer } from '../access/viewer';
import { hashToken, newToken } from '../auth/tokens';
import { badInput } from '../common/errors/domain.exception';
import { AccountInvitationEntity } from './account-invitation.entity';
import { InvitePersonInput } from './dto/invite-person.input';
import { InvitationLink, InvitationPreview } from './invitation.types';
import { PersonEntity } from './person.entity';

export const INVITATION_DAYS = 14;

/** One-time links by which people of an area get an account (redeemed in AuthService.acceptInvitation). */
@Injectable()
export class InvitationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Creates a new link for a person with an e-mail and no account; their earlier open links stop working. */
  async invite(viewer: Viewer, input: InvitePersonInput, origin: string): Promise<InvitationLink> {
    const areaId = areaIdOf(viewer);
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id: input.personId, areaId });
    if (!person) throw badInput('input.personId', 'unknownPerson');
    if (person.accountId) throw badInput('input.personId', 'alreadyHasAccount');
    if (!person.email) throw badInput('input.personId', 'invitationNeedsEmail');
    const token = newToken();
    const invitation = await this.db.transaction(async (tx) => {
      const invitations = tx.getRepository(AccountInvitationEntity);
      await invitations.delete({ areaId, personId: person.id, acceptedAt: IsNull() });
      return invitations.save(
        invitations.create({
          areaId,
          personId: person.id,
          invitedById: viewer.person?.id ?? null,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
          acceptedAt: null,
        }),
      );
    });
    return { url: `${origin}/invite/${token}`, invitation };
  }

  /** Invitations of the area that can still be accepted, newest first. */
  open(viewer: Viewer): Promise<AccountInvitationEntity[]> {
    return this.db.getRepository(AccountInvitationEntity).find({
      where: { areaId: areaIdOf(viewer), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** What the link's page shows; null for a link that is unknown, used or expired. */
  async preview(token: string): Promise<InvitationPreview | null> {
    if (!token || token.length > 100) return null;
    const invitation = await this.db.getRepository(AccountInvitationEntity).findOne({
      where: { tokenHash: hashToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { person: true, area: true },
    });
    const person = invitation?.person;
    if (!invitation || !person?.email || person.accountId || !invitation.area) return null;
    return { areaName: invitation.area.name, fullName: person.fullName, email: person.email, expiresAt: invitation.expiresAt };
  }
}
