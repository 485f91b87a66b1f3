/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.AreasDocument,
    "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n": typeof types.AreaDocument,
    "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n": typeof types.AddOrganisationMemberDocument,
    "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n": typeof types.EndOrganisationMembershipDocument,
    "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.AccountInvitationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PersonGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      kind\n      archivedAt\n      members {\n        id\n        role\n        joinedAt\n        person {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PersonGroupsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.AreasDocument,
    "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n": types.AreaDocument,
    "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n": types.AddOrganisationMemberDocument,
    "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n": types.EndOrganisationMembershipDocument,
    "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.AccountInvitationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PersonGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      kind\n      archivedAt\n      members {\n        id\n        role\n        joinedAt\n        person {\n          id\n        }\n      }\n    }\n  }\n": types.PersonGroupsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      kind\n      archivedAt\n      members {\n        id\n        role\n        joinedAt\n        person {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      kind\n      archivedAt\n      members {\n        id\n        role\n        joinedAt\n        person {\n          id\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;