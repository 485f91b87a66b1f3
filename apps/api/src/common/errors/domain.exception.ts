import { ErrorCode } from './error-code.enum';

export type MessageParams = Record<string, string | number>;

/** A parameter that is itself a catalogue key (e.g. a state's name), translated with the message. */
export interface LabelParam {
  label: string;
}

export type ExceptionParams = Record<string, string | number | LabelParam>;

/**
 * A failure the user can understand. `messageKey` points into the `errors` catalogue of
 * @komplan/i18n and is translated into the requester's language by the exception filter.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly options: { field?: string; params?: ExceptionParams; extensions?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${messageKey}${options.field ? ` (${options.field})` : ''}`);
  }

  get field(): string | undefined {
    return this.options.field;
  }
}

export const badInput = (field: string, messageKey: string, params?: ExceptionParams) =>
  new DomainException(ErrorCode.BAD_USER_INPUT, messageKey, { field, params });

export const notFound = (messageKey = 'notFound', field?: string) =>
  new DomainException(ErrorCode.NOT_FOUND, messageKey, { field });

export const forbidden = () => new DomainException(ErrorCode.FORBIDDEN, 'forbidden');

export const unauthenticated = () => new DomainException(ErrorCode.UNAUTHENTICATED, 'unauthenticated');

export const conflict = (messageKey: string, field?: string, extensions?: Record<string, unknown>) =>
  new DomainException(ErrorCode.CONFLICT, messageKey, { field, extensions });
