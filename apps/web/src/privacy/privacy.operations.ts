import { graphql } from '../gql';

export const ErasePersonalDataDocument = graphql(`
  mutation ErasePersonalData($input: ErasePersonalDataInput!) {
    erasePersonalData(input: $input)
  }
`);

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      id
      fullName
      email
      phone
      hasAccount
      anonymisedAt
    }
  }
`);
