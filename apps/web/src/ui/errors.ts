import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

export interface ServerError {
  message: string;
  code?: string;
  field?: string;
}

/** The first error of a failed operation, with the API's translated message and the field it names. */
export function serverError(error: unknown): ServerError | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first) {
      const extensions = (first.extensions ?? {}) as { code?: string; field?: string };
      return { message: first.message, code: extensions.code, field: extensions.field };
    }
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * Puts a server-side validation error on the form field it names (`input.endsAt` → `endsAt`).
 * Returns the error when it names no field of the form, so the page shows it above the form.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): ServerError | undefined {
  const found = serverError(error);
  if (!found) return undefined;
  const name = found.field?.replace(/^input\./, '');
  if (name && fields.includes(name)) {
    setError(name as Path<T>, { type: 'server', message: found.message }, { shouldFocus: true });
    return undefined;
  }
  return found;
}

/**
 * The text under a form field: the server's translated message, or the client-side check whose
 * zod message is a key of `common:form` (e.g. `z.string().min(1, 'required')`) or a full key
 * with its namespace (`organisations:form.untilBeforeSince`).
 */
export function fieldError(error: { type?: string; message?: string } | undefined, t: (key: string) => string): string | undefined {
  if (!error) return undefined;
  if (error.type === 'server' && error.message) return error.message;
  const key = error.message || 'invalid';
  return t(key.includes(':') ? key : `common:form.${key}`);
}
