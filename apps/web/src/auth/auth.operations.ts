import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      account {
        id
        email
        locale
      }
      memberships {
        area {
          id
          slug
          name
        }
        person {
          id
          fullName
          roles
        }
      }
      person {
        id
        fullName
        roles
      }
      coordinatedGroupIds
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      account {
        id
        locale
      }
      memberships {
        area {
          slug
        }
      }
    }
  }
`);

export const SetLocaleDocument = graphql(`
  mutation SetLocale($input: SetLocaleInput!) {
    setLocale(input: $input) {
      id
      locale
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const AreasDocument = graphql(`
  query Areas {
    areas {
      id
      slug
      name
      kind
    }
  }
`);

export const AreaDocument = graphql(`
  query Area($slug: String!) {
    area(slug: $slug) {
      id
      slug
      name
      timezone
    }
  }
`);
