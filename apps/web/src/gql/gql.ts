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
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.AreasDocument,
    "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n": types.AreaDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;