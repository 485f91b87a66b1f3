import { graphql } from '../gql';

export const PracticeHitFieldsFragment = graphql(`
  fragment PracticeHitFields on PracticeHit {
    rank
    snippet {
      text
      match
    }
    practice {
      id
      title
      summary
      tags
      targetGroups
      language
      state
      publishedAt
      updatedAt
      organisationName
      mayEdit
    }
  }
`);

export const PracticeFieldsFragment = graphql(`
  fragment PracticeFields on Practice {
    id
    title
    summary
    body
    tags
    targetGroups
    language
    state
    publishedAt
    updatedAt
    revision
    organisationId
    organisationName
    organisationWebsite
    authorName
    mayEdit
    attachments {
      id
      fileName
      mediaType
      size
      createdAt
    }
  }
`);

export const PublicPracticesDocument = graphql(`
  query PublicPractices(
    $areaSlug: String!
    $search: String
    $tag: String
    $targetGroup: TargetGroup
    $sort: PracticeSort
    $page: Int
    $pageSize: Int
  ) {
    publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, sort: $sort, page: $page, pageSize: $pageSize) {
      total
      items {
        ...PracticeHitFields
      }
    }
    publicPracticeTags(areaSlug: $areaSlug) {
      tag
      count
    }
  }
`);

export const PublicPracticeDocument = graphql(`
  query PublicPractice($areaSlug: String!, $id: ID!) {
    publicPractice(areaSlug: $areaSlug, id: $id) {
      ...PracticeFields
    }
  }
`);

export const PracticesDocument = graphql(`
  query Practices(
    $search: String
    $tag: String
    $targetGroup: TargetGroup
    $state: PracticeState
    $sort: PracticeSort
    $page: Int
    $pageSize: Int
  ) {
    practices(search: $search, tag: $tag, targetGroup: $targetGroup, state: $state, sort: $sort, page: $page, pageSize: $pageSize) {
      total
      items {
        ...PracticeHitFields
      }
    }
    practiceTags {
      tag
      count
    }
  }
`);

export const PracticeDocument = graphql(`
  query Practice($id: ID!) {
    practice(id: $id) {
      ...PracticeFields
    }
  }
`);

export const CreatePracticeDocument = graphql(`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) {
      ...PracticeFields
    }
  }
`);

export const UpdatePracticeDocument = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      ...PracticeFields
    }
  }
`);

export const PublishPracticeDocument = graphql(`
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      ...PracticeFields
    }
  }
`);

export const UnpublishPracticeDocument = graphql(`
  mutation UnpublishPractice($id: ID!) {
    unpublishPractice(id: $id) {
      ...PracticeFields
    }
  }
`);

export const DeletePracticeDocument = graphql(`
  mutation DeletePractice($id: ID!) {
    deletePractice(id: $id)
  }
`);

export const DeletePracticeAttachmentDocument = graphql(`
  mutation DeletePracticeAttachment($id: ID!) {
    deletePracticeAttachment(id: $id)
  }
`);
