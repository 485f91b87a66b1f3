import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LOCALE_HEADER, RequestContext } from '../access/request-context';
import { DEFAULT_LOCALE, fieldLabel, isLocale, localeFromAcceptLanguage, translate } from '../common/i18n/translate';

const VARIABLE_ERROR = /^Variable "\$(\w+)" (?:got invalid value|of non-null type|of required type)/;

/**
 * Variables that do not fit their declared types are refused by GraphQL before any resolver runs,
 * in English and without a code the client can act on. This turns them into BAD_USER_INPUT naming
 * the variable, with a message in the requester's language, like every other bad input.
 */
export function variableErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const req = contextValue?.req;
          const explicit = req?.header(LOCALE_HEADER);
          const locale = isLocale(explicit) ? explicit : (localeFromAcceptLanguage(req?.header('accept-language')) ?? DEFAULT_LOCALE);
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const match = VARIABLE_ERROR.exec(error.message);
            if (!match) return error;
            const field = match[1]!;
            const message = translate(locale, 'errors.validation.nestedValidation', { field: fieldLabel(locale, field) });
            return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, detail: error.message } }).toJSON();
          });
          if (response.http) response.http.status = 400;
        },
      };
    },
  };
}
