import { TransformFnParams } from 'class-transformer';

/** Trims text; an optional field left blank in a form becomes null (= empty). */
export const trimOrNull = ({ value }: TransformFnParams): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Trims text (required fields: blank stays blank and is refused by IsNotEmpty). */
export const trim = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

/** E-mail addresses are stored lower-case; blank becomes null. */
export const emailOrNull = (params: TransformFnParams): unknown => {
  const value = trimOrNull(params);
  return typeof value === 'string' ? value.toLowerCase() : value;
};
